/**
 * The one logger: pino, JSON lines, used by Fastify for every request and by `openiep serve` for its start-up lines.
 *
 * What a request's log line holds: the request id (also sent back as `X-Request-Id`), the method, the route
 * *pattern* (`/api/v1/students/:id`, `/*` for the web app's pages), the status and the response time. Never the URL
 * as sent: query strings carry search terms (children's names) and one-time password links carry their token.
 * Never headers (cookies, CSRF tokens), never bodies (passwords, plan text). An error is logged as its type, code,
 * message and stack only: the extra fields a database error carries (`detail` names the values of a duplicate key)
 * are left out.
 */
import crypto from 'node:crypto';
import {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { pino, type DestinationStream, type Logger } from 'pino';

/** Keys removed wherever they appear (one level deep), should a future log call pass a body or headers by mistake. */
const REDACT = [
  'password',
  'newPassword',
  'token',
  'csrfToken',
  'email',
  'cookie',
  'authorization',
  'headers',
  'body',
  'query',
  'url',
].flatMap((k) => [k, `*.${k}`]);

/** The route pattern of a request: what its log line names instead of the URL. */
export function routePattern(request: FastifyRequest): string {
  try {
    return request.routeOptions.url ?? '(no route)';
  } catch {
    return '(no route)'; // a request Fastify could not route at all (a malformed URL)
  }
}

/** An error as operators need it, without the fields that can hold personal data. */
export function errorForLog(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err, message: 'a non-Error value was thrown' };
  const e = err as Error & { code?: unknown; statusCode?: unknown };
  return {
    type: e.constructor.name,
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
    message: e.message,
    stack: e.stack,
  };
}

const serializers = {
  // Fastify's default req serializer writes the URL, host and remote address; ours the method and route pattern.
  req: (req: FastifyRequest) => ({ method: req.method, route: routePattern(req) }),
  res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }),
  err: errorForLog,
};

/** A pino logger writing JSON lines to `destination` (stdout by default). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    serializers,
    redact: { paths: REDACT, remove: true },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Fastify server options for the logger and request ids. */
export function loggingOptions(logger: Logger | null): {
  loggerInstance?: FastifyBaseLogger;
  logger?: false;
  logController: LogController;
  genReqId: () => string;
} {
  return {
    ...(logger ? { loggerInstance: logger } : { logger: false as const }),
    // Fastify's own request lines (incoming, completed, route not found) log the URL: replaced by logRequests below.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => crypto.randomUUID(),
  };
}

/** One line per request when it completes (reqId is bound by Fastify's child logger), and the id sent back. */
export function logRequests(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => logCompleted(request, reply.statusCode, reply.elapsedTime));
}

/** The line a request leaves when its answer is sent. */
export function logCompleted(request: FastifyRequest, statusCode: number, elapsedMs: number): void {
  request.log.info(
    { method: request.method, route: routePattern(request), statusCode, responseTime: Math.round(elapsedMs) },
    'request completed',
  );
}
