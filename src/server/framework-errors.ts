/**
 * problem+json for the failures that happen before a route runs, which Fastify and Node's HTTP parser would
 * otherwise answer in their own shapes (plain JSON, or nothing):
 *
 * - the HTTP parser (`clientErrorHandler`): a request line or headers past Node's limit (16 KiB) → 414 when the
 *   request line alone is too long, else 431; a request that is not HTTP/1.1 (an unknown method, a bad header,
 *   conflicting lengths) → 400; a request that does not arrive in time → 408. Written straight to the socket
 *   (there is no request object yet) and the connection closed.
 * - the router (`frameworkErrors`): a path segment that is not valid percent-encoding → 400; a path parameter
 *   past the URL limit → 414.
 * - `guardUrls`, the first onRequest hook: a URL longer than MAX_URL_LENGTH → 414 (the same limit for every route,
 *   so a long parameter reaches validation as a 400 naming it, and only a long URL is a 414); a path or a query
 *   string that is not valid percent-encoding → 400 (Fastify's query parser would otherwise pass `%E0` through as
 *   text).
 */
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../domain/errors';
import { problemFor, sendProblem, toProblem, type Problem } from './errors';
import { logCompleted } from './logging';

/** The longest request target (path and query) accepted, in characters. */
export const MAX_URL_LENGTH = 8192;

const decodes = (s: string): boolean => {
  try {
    decodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
};

/** The first hook of every request, matched or not. */
export function guardUrls(app: FastifyInstance): void {
  // A promise-returning hook (as an async one was): checkUrl's throw becomes the rejection.
  app.addHook(
    'onRequest',
    (request) =>
      new Promise<void>((resolve) => {
        checkUrl(request.raw.url ?? '/');
        resolve();
      }),
  );
}

/** Throws the problem with a request's address: too long, or not valid percent-encoding. */
function checkUrl(url: string): void {
  if (url.length > MAX_URL_LENGTH)
    throw new AppError('URI_TOO_LONG', `The address is longer than ${MAX_URL_LENGTH} characters.`);
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  if (!decodes(path)) {
    throw new AppError('VALIDATION_FAILED', 'The address is not valid percent-encoding.', [
      { path: '(url)', message: 'Not valid percent-encoding (RFC 3986).' },
    ]);
  }
  if (q === -1) return;
  for (const part of url.slice(q + 1).split('&')) {
    const [name = '', ...value] = part.split('=');
    const nameOk = decodes(name.replace(/\+/g, ' '));
    if (nameOk && decodes(value.join('=').replace(/\+/g, ' '))) continue;
    const field = nameOk && name ? `query.${decodeURIComponent(name.replace(/\+/g, ' '))}` : 'query';
    throw new AppError('VALIDATION_FAILED', 'The query string is not valid percent-encoding.', [
      { path: field, message: 'Not valid percent-encoding (RFC 3986).' },
    ]);
  }
}

/** Fastify's `frameworkErrors`: errors raised while routing, before any hook. */
export function frameworkErrors(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  // Fastify answers these outside every route, so no hook runs: the request id, the headers every answer carries and
  // the log line are set here.
  const start = performance.now();
  reply.raw.once('finish', () => logCompleted(request, reply.statusCode, performance.now() - start));
  void reply
    .header('x-request-id', request.id)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff');
  void sendProblem(reply, toProblem(err, request));
}

/** The raw answer to a request Node's HTTP parser refused. */
function rawProblem(problem: Problem): string {
  const body = JSON.stringify(problem);
  return [
    `HTTP/1.1 ${problem.status} ${problem.title}`,
    'Content-Type: application/problem+json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/** True when the request line (up to the first CRLF of what the parser had read) is past the URL limit. */
function requestLineTooLong(packet: ConnectionError['rawPacket'] | Buffer | undefined): boolean {
  if (!packet) return false;
  // Node hands a Buffer; Fastify's types describe its JSON form.
  const raw = Buffer.isBuffer(packet) ? packet : Buffer.from(packet.data);
  const end = raw.indexOf('\r\n');
  return (end === -1 ? raw.length : end) > MAX_URL_LENGTH;
}

/** Fastify's `clientErrorHandler` (Node's 'clientError'): `this` is the Fastify instance. */
export function clientErrorHandler(this: FastifyInstance, err: ConnectionError, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const problem =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? requestLineTooLong(err.rawPacket)
        ? problemFor('URI_TOO_LONG', `The address is longer than ${MAX_URL_LENGTH} characters.`)
        : problemFor('HEADERS_TOO_LARGE', 'The request headers are larger than the server accepts.')
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? problemFor('REQUEST_TIMEOUT', 'The request did not arrive in time.')
        : problemFor('VALIDATION_FAILED', 'The request could not be read as HTTP/1.1.');
  // The parser's code only: the raw bytes hold the URL and headers (cookies, tokens).
  this.log.info({ clientError: err.code, statusCode: problem.status }, 'request refused by the HTTP parser');
  if (socket.writable) socket.end(rawProblem(problem));
  else socket.destroy();
}
