/** Authentication: the session cookie, the CSRF check, the per-request actor and data handle, and the session routes. */
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import fp from 'fastify-plugin';
import { z } from 'zod';
import type { Database } from '../db/connect';
import { createHandle, type DataHandle } from '../db/handle';
import { AppError } from '../domain/errors';
import type { Config } from './config';
import { problemSchema } from './schemas';
import { lookupSession, revokeSession, signIn, type Session } from './sessions';
import { appAbilities } from '../policy/app';
import { sessionResponseSchema } from '../api/session';
import { must } from '../db/values';

export const SESSION_COOKIE = 'openiep_session';

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
    sessionExpired: boolean;
    handle: DataHandle | null;
  }
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The data handle of the signed-in actor, or 401. */
export function requireHandle(request: FastifyRequest): DataHandle {
  if (request.handle) return request.handle;
  if (request.sessionExpired)
    throw new AppError('SESSION_EXPIRED', 'Your session has ended. Sign in again to continue.');
  throw new AppError('UNAUTHENTICATED', 'Sign in to use this endpoint.');
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

const sessionResponse = sessionResponseSchema;

function presentMe(s: Session) {
  return {
    id: s.actor.userId,
    email: s.email,
    name: s.actor.name,
    role: s.actor.role,
    discipline: s.actor.discipline,
    districtId: s.actor.districtId,
    studentId: s.actor.studentId,
    preferredLanguage: s.preferredLanguage,
    abilities: appAbilities(s.actor),
  };
}

type AuthOptions = { db: Database; config: Config };
type CookieOptions = { path: string; httpOnly: boolean; sameSite: 'lax'; secure: boolean };

/** Refuses (audited) a cookie-authenticated write without the session's CSRF token. */
async function checkCsrf(request: FastifyRequest, handle: DataHandle, csrfToken: string): Promise<void> {
  const isSignIn = request.method === 'POST' && request.url.split('?')[0] === '/api/v1/session';
  if (!WRITE_METHODS.has(request.method) || isSignIn) return;
  const header = request.headers['x-csrf-token'];
  if (typeof header === 'string' && safeEqual(header, csrfToken)) return;
  // Recorded: a write without the session's token is what a forged cross-site request looks like. The
  // route pattern, never the URL's query or any token value.
  await handle.run((scope) =>
    scope.audit({
      action: 'session.csrf.refused',
      outcome: 'denied',
      context: {
        method: request.method,
        route: request.routeOptions.url ?? null,
        reason: typeof header === 'string' ? 'wrong_token' : 'missing_token',
      },
    }),
  );
  throw new AppError(
    'CSRF_TOKEN_MISSING',
    'Cookie-authenticated writes need the X-CSRF-Token header from GET /api/v1/me.',
  );
}

/** The hook that gives each API request its session, actor and data handle (or refuses it: 401, CSRF). */
function addSessionHook(app: FastifyInstance, { db, config }: AuthOptions, cookieOptions: CookieOptions): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    // Every API route needs a signed-in person unless it says `config: { public: true }`; this is
    // checked before the body is validated, so an anonymous caller learns nothing about the input rules.
    const needsAuth = !request.is404 && !(request.routeOptions.config as { public?: boolean } | undefined)?.public;
    const token = request.cookies[SESSION_COOKIE];
    const found = token ? await lookupSession(db, config.session, token) : null;
    if (!found || 'expired' in found) {
      if (found) {
        request.sessionExpired = true;
        void reply.clearCookie(SESSION_COOKIE, cookieOptions);
      }
      if (needsAuth) requireHandle(request);
      return;
    }
    request.session = found.session;
    const handle = createHandle(db, found.session.actor, {
      ip: request.ip,
      today: config.today(),
      dueSoonDays: config.dueSoonDays,
      timeZone: config.timeZone,
    });
    request.handle = handle;
    await checkCsrf(request, handle, found.session.csrfToken);
  });
}

/** Signing in (public, rate-limited). */
function signInRoute(app: FastifyInstance, { db, config }: AuthOptions, cookieOptions: CookieOptions): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/session',
    {
      config: { public: true, rateLimit: { max: config.signInRateLimit, timeWindow: '1 minute' } },
      schema: {
        tags: ['session'],
        summary: 'Sign in with email and password',
        body: z.strictObject({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(1024) }),
        response: { 200: sessionResponse, 401: problemSchema, 403: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const result = await signIn(db, config.session, {
        email: request.body.email,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        today: config.today(),
      });
      void reply.setCookie(SESSION_COOKIE, result.token, {
        ...cookieOptions,
        maxAge: config.session.absoluteHours * 3600,
      });
      return {
        user: presentMe(result.session),
        csrfToken: result.session.csrfToken,
        expiresAt: result.expiresAt.toISOString(),
      };
    },
  );
}

/** The signed-in person, and signing out. */
function sessionRoutes(app: FastifyInstance, { db }: AuthOptions, cookieOptions: CookieOptions): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['session'],
        summary: 'The signed-in person and their CSRF token',
        response: { 200: sessionResponse, 401: problemSchema },
      },
    },
    (request) => {
      requireHandle(request);
      const s = must(request.session, 'the session');
      return Promise.resolve({ user: presentMe(s), csrfToken: s.csrfToken });
    },
  );

  r.delete(
    '/api/v1/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Sign out (revokes the session)',
        response: { 204: z.null(), 401: problemSchema },
      },
    },
    async (request, reply) => {
      requireHandle(request);
      await revokeSession(db, must(request.session, 'the session'), request.ip);
      void reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send(null);
    },
  );
}

function auth(app: FastifyInstance, opts: AuthOptions): Promise<void> {
  app.decorateRequest('session', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('handle', null);

  const cookieOptions: CookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: opts.config.secureCookies,
  };
  addSessionHook(app, opts, cookieOptions);
  signInRoute(app, opts, cookieOptions);
  sessionRoutes(app, opts, cookieOptions);
  return Promise.resolve();
}

/** Not encapsulated: the session hook applies to every route of the app. */
export const authPlugin = fp(auth, { name: 'openiep-auth' });
