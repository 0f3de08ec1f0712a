/** Assembles the HTTP application: security headers, cookies, rate limits, auth, feature routes, OpenAPI, the web app. */
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Database } from '../db/connect';
import { schoolRoutes } from '../features/schools/routes';
import { studentRoutes } from '../features/students/routes';
import { planRoutes } from '../features/plans/routes';
import { goalBankRoutes } from '../features/goal-bank/routes';
import { deadlineRoutes } from '../features/deadlines/routes';
import { caseRoutes } from '../features/case/routes';
import { disciplineRoutes } from '../features/discipline/routes';
import { meetingRoutes } from '../features/meetings/routes';
import { consentRoutes } from '../features/consents/routes';
import { notificationRoutes } from '../features/notifications/routes';
import { familyRoutes } from '../features/family/routes';
import { progressRoutes } from '../features/progress/routes';
import { reportRoutes } from '../features/reports/routes';
import { accountRoutes } from '../features/accounts/routes';
import { LinkMailer } from '../features/accounts/delivery';
import { loadMailConfig, type MailConfig } from '../notify/mailer';
import { exitRoutes } from '../features/exit/routes';
import { settingsRoutes } from '../features/settings/routes';
import { authPlugin } from './auth';
import type { Config } from './config';
import { AppError } from '../domain/errors';
import { installErrorHandling, problemFor, sendProblem } from './errors';
import { clientErrorHandler, frameworkErrors, guardUrls, MAX_URL_LENGTH } from './framework-errors';
import { createLogger, loggingOptions, logRequests } from './logging';
import { CACHEABLE, noStoreForApi } from './no-store';
import type { Logger } from 'pino';

export interface BuildOptions {
  db: Database;
  config: Config;
  /** Mail settings (default: from the environment). */
  mail?: MailConfig;
  /**
   * Where invitation and reset links are mailed: by default an SMTP mailer from `mail`, or none without
   * OPENIEP_SMTP_URL. Tests pass their own (an SMTP sink), or null.
   */
  linkMailer?: LinkMailer | null;
  /** Serve the built web app from config.webDir (off in API tests). */
  serveWeb?: boolean;
  /**
   * true: JSON lines on stdout at config.logLevel; a logger from createLogger (src/server/logging.ts): that one
   * (`openiep serve` logs its start-up through it; tests give one that writes to a buffer); false: silent.
   */
  logger?: boolean | Logger;
}

export async function buildApp({
  db,
  config,
  serveWeb = false,
  logger = false,
  ...opts
}: BuildOptions): Promise<FastifyInstance> {
  const mail = opts.mail ?? loadMailConfig();
  const ownMailer = opts.linkMailer === undefined;
  const linkMailer = ownMailer ? LinkMailer.fromConfig(mail) : (opts.linkMailer ?? null);
  const app = Fastify({
    ...loggingOptions(logger === true ? createLogger(config.logLevel) : logger || null),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: process.env.OPENIEP_TRUST_PROXY === 'true',
    ajv: undefined,
    // One limit for the whole URL (guardUrls): a long parameter is validated like any other, a long URL is a 414.
    routerOptions: { maxParamLength: MAX_URL_LENGTH },
    frameworkErrors,
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  logRequests(app);
  guardUrls(app);
  noStoreForApi(app);
  // The API speaks JSON only: without this, Fastify's built-in text/plain parser hands a string to the
  // route (a 400) where the answer is 415.
  app.removeContentTypeParser('text/plain');
  refuseNulText(app);

  await registerSecurity(app, config);
  await registerOpenApi(app);
  healthRoute(app, db);
  await registerRoutes(app, { db, config, publicUrl: mail.publicUrl, linkMailer });
  if (ownMailer && linkMailer) app.addHook('onClose', () => linkMailer.close());

  if (serveWeb) await serveWebApp(app, config.webDir);
  return app;
}

/** PostgreSQL text cannot hold U+0000: refuse it as invalid input, naming the field, rather than letting the query fail (a 500). */
function refuseNulText(app: FastifyInstance): void {
  // A promise-returning hook (as an async one was): the executor's throw becomes the rejection.
  app.addHook(
    'preValidation',
    (request) =>
      new Promise<void>((resolve) => {
        const path = nulPath(request.query, 'query') ?? nulPath(request.params, 'params') ?? nulPath(request.body, '');
        if (path !== null) {
          throw new AppError('VALIDATION_FAILED', 'Text may not contain the NUL character.', [
            { path: path || '(body)', message: 'Contains a NUL character (U+0000), which cannot be stored.' },
          ]);
        }
        resolve();
      }),
  );
}

/** Security headers, cookies and the rate limit. */
async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(helmet, {
    // Plain http on loopback: no HSTS, no upgrade-insecure-requests (they would break a local install).
    hsts: config.secureCookies,
    contentSecurityPolicy: {
      useDefaults: true,
      directives: { 'upgrade-insecure-requests': config.secureCookies ? [] : null, 'img-src': ["'self'", 'data:'] },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: config.apiRateLimit > 0,
    max: config.apiRateLimit || 1_000_000,
    timeWindow: '1 minute',
    errorResponseBuilder: () => {
      const p = problemFor('RATE_LIMITED', 'Too many requests; wait a minute and try again.');
      return Object.assign(new Error(p.detail), { statusCode: 429, problem: p });
    },
  });
}

/** The OpenAPI document, generated from the routes' zod schemas, and GET /api/openapi.json. */
async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OpenIEP API',
        version: '1.0.0',
        description:
          'Special education case management. Cookie sessions; writes carry X-CSRF-Token. Errors are application/problem+json (RFC 9457).',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'openiep_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true, ...CACHEABLE } }, () =>
    Promise.resolve(app.swagger()),
  );
}

/** GET /healthz: whether the database answers. */
function healthRoute(app: FastifyInstance, db: Database): void {
  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}

/** The session routes and hook, then each area's routes. */
async function registerRoutes(
  app: FastifyInstance,
  opts: { db: Database; config: Config; publicUrl: string; linkMailer: LinkMailer | null },
): Promise<void> {
  await app.register(authPlugin, { db: opts.db, config: opts.config });
  await app.register(studentRoutes);
  await app.register(schoolRoutes);
  await app.register(planRoutes);
  await app.register(goalBankRoutes);
  await app.register(deadlineRoutes);
  await app.register(caseRoutes);
  await app.register(disciplineRoutes);
  await app.register(meetingRoutes);
  await app.register(consentRoutes);
  await app.register(notificationRoutes);
  await app.register(familyRoutes);
  await app.register(progressRoutes);
  await app.register(reportRoutes);
  await app.register(exitRoutes);
  await app.register(settingsRoutes);
  await app.register(accountRoutes, {
    db: opts.db,
    config: opts.config,
    publicUrl: opts.publicUrl,
    mailer: opts.linkMailer,
  });
}

/** The path of the first string that holds U+0000, or null. */
function nulPath(v: unknown, path: string, depth = 0): string | null {
  if (typeof v === 'string') return v.includes('\u0000') ? path : null;
  if (v === null || typeof v !== 'object' || depth > 32) return null;
  for (const [k, x] of Object.entries(v)) {
    const found = nulPath(x, path ? `${path}.${k}` : k, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** The built React app: static assets, and index.html for every other non-API GET (client-side routes). */
async function serveWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  const index = path.join(webDir, 'index.html');
  if (!fs.existsSync(index)) throw new Error(`The web app is not built (${index} missing). Run: npm run build`);
  await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false, index: false });
  const html = fs.readFileSync(index, 'utf8');
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const p = request.url.split('?')[0] ?? '/';
    if (p.startsWith('/api/')) return sendProblem(reply, problemFor('NOT_FOUND', `No route GET ${p}.`));
    const file = path.join(webDir, path.normalize(p).replace(/^(\.\.[/\\])+/, ''));
    if (file.startsWith(webDir) && p !== '/' && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(webDir, file));
    }
    return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(html);
  });
}
