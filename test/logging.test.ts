/**
 * The log holds route patterns and request ids, never what identifies a person or opens an account: a
 * one-time password link's token, a search term (a child's name), an email, a password, a CSRF token or a session
 * cookie. The app logs through the same JSON logger `openiep serve` uses (src/server/logging.ts), here at its
 * most verbose level and into a buffer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { createLogger } from '../src/server/logging';
import { LinkMailer } from '../src/features/accounts/delivery';
import { createTransport, loadMailConfig } from '../src/notify/mailer';
import { startSmtpSink } from './notifications-support';
import { DEMO } from './support/app';
import { cloneTestDb, ENGINES, type TestDb } from './support/db';
import { TEST_PASSWORD, TEST_TODAY } from './support/env';
import { anyNumber, stringContaining } from './support/match';

const NEW_PASSWORD = 'quiet harbour lantern 77';

describe.each(ENGINES)('request logs on %s', (engine) => {
  let tdb: TestDb;
  let app: FastifyInstance;
  let webDir: string;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let mailer: LinkMailer;
  const lines: string[] = [];
  const logText = () => lines.join('');
  const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  beforeAll(async () => {
    tdb = await cloneTestDb(engine);
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiep-logweb-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>OpenIEP</title><div id="root"></div>');
    const config = loadConfig({
      OPENIEP_SIGNIN_RATE_LIMIT: '10000',
      OPENIEP_TODAY: TEST_TODAY,
      OPENIEP_WEB_DIR: webDir,
    });
    const logger = createLogger('trace', { write: (s: string) => void lines.push(s) });
    // One-time links go only to the SMTP server (never the outbox): a local sink receives the reset mail.
    sink = await startSmtpSink();
    const mail = { ...loadMailConfig({}), smtpUrl: sink.url };
    mailer = new LinkMailer(createTransport(mail)!, mail.from);
    app = await buildApp({ db: tdb.db, config, serveWeb: true, logger, mail, linkMailer: mailer });
    // A route that fails the way an unexpected bug does, with personal data in the error's extra fields.
    app.post('/api/v1/test-failure/:id', { config: { public: true } }, () =>
      Promise.reject(
        Object.assign(new Error('a bug'), { detail: 'Key (email)=(someone@lincoln.demo) already exists.' }),
      ),
    );
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await mailer.close();
    await sink.close();
    await tdb.drop();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('signs in, searches a name, follows a reset link and sets a password: none of it in the log', async () => {
    // Sign in.
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: DEMO.caseManager, password: TEST_PASSWORD },
    });
    expect(signIn.statusCode, signIn.body).toBe(200);
    const cookieValue = signIn.cookies.find((c) => c.name === 'openiep_session')!.value;
    const csrfToken = signIn.json<{ csrfToken: string }>().csrfToken;
    const auth = { cookie: `openiep_session=${cookieValue}`, 'x-csrf-token': csrfToken };

    // Search a student of the caseload by name.
    const list = (await app.inject({ method: 'GET', url: '/api/v1/students', headers: auth })).json<{
      data: { id: string; firstName: string; lastName: string }[];
    }>();
    const child = list.data[0]!;
    const search = await app.inject({
      method: 'GET',
      url: `/api/v1/students?q=${encodeURIComponent(child.lastName)}`,
      headers: auth,
    });
    expect(search.statusCode).toBe(200);
    expect(search.json<{ data: { id: string }[] }>().data.map((s) => s.id)).toContain(child.id);
    const record = await app.inject({
      method: 'GET',
      url: `/api/v1/students/${child.id}?purpose=${encodeURIComponent(`call ${child.firstName}'s mother`)}`,
      headers: auth,
    });
    expect(record.statusCode).toBe(200);

    // A reset link: asked for, opened (the web app's page), used.
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/password-reset', payload: { email: DEMO.provider } }))
        .statusCode,
    ).toBe(202);
    await mailer.idle();
    const mail = sink.received.find((m) => m.to.some((a) => a.toLowerCase() === DEMO.provider));
    const token = /\/set-password\?token=([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
    const page = await app.inject({ method: 'GET', url: `/set-password?token=${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const set = await app.inject({
      method: 'POST',
      url: '/api/v1/password',
      payload: { token, password: NEW_PASSWORD },
    });
    expect(set.statusCode, set.body).toBe(204);
    const reused = await app.inject({
      method: 'POST',
      url: `/api/v1/password?token=${token}`,
      payload: { token, password: NEW_PASSWORD },
    });
    expect(reused.statusCode).toBe(400);

    // A URL Fastify cannot route, with a name in the query.
    const bad = await app.inject({
      method: 'GET',
      url: `/api/v1/students/%E0%A4%A?q=${encodeURIComponent(child.lastName)}`,
      headers: auth,
    });
    expect(bad.statusCode).toBe(400);

    // Sign out.
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/session', headers: auth })).statusCode).toBeLessThan(
      300,
    );

    const text = logText();
    for (const secret of [
      DEMO.caseManager,
      DEMO.provider,
      TEST_PASSWORD,
      NEW_PASSWORD,
      child.lastName,
      child.firstName,
      token,
      csrfToken,
      cookieValue,
      '?q=',
      'token=',
    ]) {
      expect(text, `the log holds ${JSON.stringify(secret)}`).not.toContain(secret);
    }

    // What it does hold: one JSON line per request with the route pattern, the status and the request id.
    const done = logged().filter((l) => l.msg === 'request completed');
    const reqIdOf = (res: LightMyRequestResponse) => res.headers['x-request-id'] as string;
    expect(reqIdOf(search)).toMatch(/^[0-9a-f-]{36}$/);
    expect(done).toContainEqual(
      expect.objectContaining({
        reqId: reqIdOf(search),
        method: 'GET',
        route: '/api/v1/students',
        statusCode: 200,
        responseTime: anyNumber(),
      }),
    );
    expect(done).toContainEqual(
      expect.objectContaining({ reqId: reqIdOf(record), route: '/api/v1/students/:id', statusCode: 200 }),
    );
    expect(done).toContainEqual(
      expect.objectContaining({ reqId: reqIdOf(page), method: 'GET', route: '/*', statusCode: 200 }),
    );
    expect(done).toContainEqual(
      expect.objectContaining({ reqId: reqIdOf(set), method: 'POST', route: '/api/v1/password', statusCode: 204 }),
    );
    expect(done).toContainEqual(expect.objectContaining({ reqId: reqIdOf(bad), statusCode: 400 }));
    for (const l of logged()) expect(Object.keys(l)).not.toEqual(expect.arrayContaining(['req']));
  });

  it("an unexpected failure is logged with its route pattern and stack, without the URL, the body or the error's extra fields", async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/test-failure/42?q=Guadalupe',
      payload: { note: 'Guadalupe has a seizure plan' },
    });
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const reqId = res.headers['x-request-id'] as string;
    const errorLine = logged().find((l) => l.reqId === reqId && l.msg === 'unhandled error');
    expect(errorLine).toMatchObject({
      level: 50,
      method: 'POST',
      route: '/api/v1/test-failure/:id',
      err: { type: 'Error', message: 'a bug', stack: stringContaining('a bug') },
    });
    expect(logged().find((l) => l.reqId === reqId && l.msg === 'request completed')).toMatchObject({
      route: '/api/v1/test-failure/:id',
      statusCode: 500,
    });
    const text = logText();
    for (const secret of ['Guadalupe', 'seizure', 'someone@lincoln.demo', '/api/v1/test-failure/42'])
      expect(text).not.toContain(secret);
  });
});
