/** An app on a fresh test database, and signed-in clients that speak to it through app.inject(). */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type BuildOptions } from '../../src/server/app';
import { loadMailConfig } from '../../src/notify/mailer';
import { loadConfig } from '../../src/server/config';
import type { Database } from '../../src/db/connect';
import { cloneTestDb, type Engine } from './db';
import { TEST_PASSWORD, TEST_TODAY } from './env';

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  close(): Promise<void>;
  /** Signs in a demo account (password TEST_PASSWORD) and returns a client that sends its cookie and CSRF token. */
  signIn(email: string, password?: string): Promise<Client>;
  anonymous: Client;
}

export interface Client {
  csrfToken: string | null;
  cookie: string | null;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

function client(app: FastifyInstance, cookie: string | null, csrfToken: string | null): Client {
  const request = (opts: InjectOptions) => {
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string> | undefined) };
    if (cookie && !('cookie' in headers)) headers.cookie = cookie;
    const method = (opts.method ?? 'GET').toUpperCase();
    if (csrfToken && method !== 'GET' && !('x-csrf-token' in headers)) headers['x-csrf-token'] = csrfToken;
    return app.inject({ ...opts, headers });
  };
  return {
    cookie,
    csrfToken,
    request,
    get: (url, headers) => request({ method: 'GET', url, headers: headers ?? {} }),
    post: (url, body, headers) =>
      request({ method: 'POST', url, payload: body as InjectOptions['payload'], headers: headers ?? {} }),
    patch: (url, body, headers) =>
      request({ method: 'PATCH', url, payload: body as InjectOptions['payload'], headers: headers ?? {} }),
    delete: (url, headers) => request({ method: 'DELETE', url, headers: headers ?? {} }),
  };
}

/**
 * `env` is the app's whole environment (nothing is read from the test process's): no OPENIEP_SMTP_URL means no
 * mail, unless `build.linkMailer` gives one (an SMTP sink).
 */
export async function startTestApp(
  engine: Engine,
  env: NodeJS.ProcessEnv = {},
  build: Pick<BuildOptions, 'linkMailer'> = {},
): Promise<TestApp> {
  const { db, drop } = await cloneTestDb(engine);
  const config = loadConfig({ OPENIEP_SIGNIN_RATE_LIMIT: '10000', OPENIEP_TODAY: TEST_TODAY, ...env });
  const app = await buildApp({ db, config, mail: loadMailConfig(env), ...build });
  await app.ready();
  return {
    app,
    db,
    anonymous: client(app, null, null),
    async signIn(email, password = TEST_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
      if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
      const set = res.cookies.find((c) => c.name === 'openiep_session');
      if (!set) throw new Error('no session cookie');
      return client(app, `openiep_session=${set.value}`, res.json<{ csrfToken: string }>().csrfToken);
    },
    async close() {
      await app.close();
      await drop();
    },
  };
}

/** Demo accounts (CONTRACT.md plus the extra ones the demo seeds for isolation tests). */
export const DEMO = {
  admin: 'admin@lincoln.demo',
  principal: 'principal@lincoln.demo',
  caseManager: 'casemanager@lincoln.demo',
  caseManager2: 'casemanager2@lincoln.demo',
  teacher: 'teacher@lincoln.demo',
  teacher2: 'teacher2@lincoln.demo',
  provider: 'provider@lincoln.demo',
  provider2: 'provider2@lincoln.demo',
  parent: 'parent@lincoln.demo',
  parent2: 'parent2@lincoln.demo',
  parent3: 'parent3@lincoln.demo',
  student: 'student@lincoln.demo',
  riversideAdmin: 'admin@riverside.demo',
  riversideCaseManager: 'casemanager@riverside.demo',
  riversideTeacher: 'teacher@riverside.demo',
  riversideParent: 'parent@riverside.demo',
} as const;
