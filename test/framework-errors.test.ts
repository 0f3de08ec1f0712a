/**
 * Failures that happen before a route runs — in Node's HTTP parser or Fastify's router — answer
 * application/problem+json like every other error. Raw requests over a real socket, since app.inject() never goes
 * through the HTTP parser.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_URL_LENGTH } from '../src/server/framework-errors';
import { startTestApp, type TestApp } from './support/app';
import { ENGINES } from './support/db';
import { anyString, stringMatching } from './support/match';

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

describe.each(ENGINES)('framework-level errors on %s', (engine) => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp(engine);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as net.AddressInfo).port;
  });
  afterAll(async () => t.close());

  /** Sends bytes as they are and reads the answer until the server closes the connection. */
  function send(text: string): Promise<RawAnswer> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.setTimeout(10_000, () => socket.destroy(new Error('no answer in 10 s')));
      socket.on('data', (d: Buffer) => chunks.push(d));
      socket.on('error', reject);
      socket.on('close', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const at = raw.indexOf('\r\n\r\n');
        const [statusLine = '', ...headerLines] = raw.slice(0, at).split('\r\n');
        const headers = Object.fromEntries(
          headerLines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
        );
        resolve({ status: Number(statusLine.split(' ')[1]), headers, body: raw.slice(at + 4) });
      });
      socket.write(text);
    });
  }
  const request = (method: string, target: string, extraHeaders = '', body = '') =>
    send(
      `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extraHeaders}${body ? `Content-Length: ${Buffer.byteLength(body)}\r\n` : ''}\r\n${body}`,
    );

  function expectProblem(res: RawAnswer, status: number, code: string): { errors?: { path: string }[] } {
    expect(res.status, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const p = JSON.parse(res.body) as {
      type: string;
      title: string;
      status: number;
      detail: string;
      code: string;
      errors?: { path: string }[];
    };
    expect(p).toMatchObject({
      status,
      code,
      type: stringMatching(/^https:\/\//),
      title: anyString(),
      detail: anyString(),
    });
    expect(res.body).not.toMatch(/FST_ERR|HPE_|"statusCode"/);
    return p;
  }

  it('a URL over the limit is 414, whether Fastify or the HTTP parser meets it', async () => {
    expectProblem(await request('GET', `/api/v1/students?q=${'a'.repeat(MAX_URL_LENGTH)}`), 414, 'URI_TOO_LONG');
    expectProblem(await request('GET', `/api/v1/students?q=${'a'.repeat(20_000)}`), 414, 'URI_TOO_LONG');
    expectProblem(await request('GET', `/api/v1/students/${'a'.repeat(MAX_URL_LENGTH)}`), 414, 'URI_TOO_LONG');
  });

  it('a long path parameter within the limit is validated like any other: 400 naming it, not 414', async () => {
    const admin = await t.signIn('admin@lincoln.demo');
    const res = await request('GET', `/api/v1/students/${'a'.repeat(300)}`, `Cookie: ${admin.cookie}\r\n`);
    expect(expectProblem(res, 400, 'VALIDATION_FAILED').errors?.map((e) => e.path)).toEqual(['params.id']);
  });

  it('headers over the limit are 431', async () => {
    expectProblem(
      await request('GET', '/api/v1/students', `X-Big: ${'a'.repeat(20_000)}\r\n`),
      431,
      'HEADERS_TOO_LARGE',
    );
    const many = Array.from({ length: 1500 }, (_, i) => `X-Header-${i}: ${'v'.repeat(10)}\r\n`).join('');
    expectProblem(await request('GET', '/api/v1/students', many), 431, 'HEADERS_TOO_LARGE');
  });

  it.each([
    ['a path parameter', '/api/v1/students/%E0%A4%A', '(url)'],
    ['a fixed path segment', '/api/v1/stud%E0nts', '(url)'],
    ['a page of the web app', '/set-password%ZZ', '(url)'],
    ['the query string', '/api/v1/students?q=%E0%A4%A', 'query.q'],
    ['a query parameter name', '/api/v1/students?%ZZ=1', 'query'],
  ])('bad percent-encoding in %s is 400', async (_what, target, path) => {
    const p = expectProblem(await request('GET', target), 400, 'VALIDATION_FAILED');
    expect(p.errors?.map((e) => e.path)).toEqual([path]);
  });

  it('a body that is not JSON is 400, a body that is not application/json is 415', async () => {
    const bad = await request('POST', '/api/v1/session', 'Content-Type: application/json\r\n', '{"email": "a@b.c",');
    expect(expectProblem(bad, 400, 'VALIDATION_FAILED').errors?.map((e) => e.path)).toEqual(['(body)']);
    expectProblem(
      await request('POST', '/api/v1/session', 'Content-Type: text/plain\r\n', 'email=a'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expectProblem(
      await request('POST', '/api/v1/session', 'Content-Type: application/xml\r\n', '<a/>'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('an unknown route or a method a route does not have is 404', async () => {
    expectProblem(await request('GET', '/api/v1/nothing-here'), 404, 'NOT_FOUND');
    expectProblem(await request('DELETE', '/api/v1/students'), 404, 'NOT_FOUND');
    expectProblem(await request('PROPFIND', '/api/v1/students'), 404, 'NOT_FOUND');
  });

  it('a request that is not HTTP at all, or an unknown method, is 400', async () => {
    expectProblem(await request('FOO', '/api/v1/students'), 400, 'VALIDATION_FAILED');
    expectProblem(await send('hello there\r\n\r\n'), 400, 'VALIDATION_FAILED');
    expectProblem(
      await send('GET /api/v1/students HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n'),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('the server still answers after all of that', async () => {
    const res = await request('GET', '/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ status: 'ok' });
  });
});
