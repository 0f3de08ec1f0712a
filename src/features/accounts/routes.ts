/**
 * HTTP routes — Account invitations (district administrator) and password reset (public). No database access
 * here: the use cases are in tokens.ts.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { noContent } from '../../api/params';
import { requireHandle } from '../../server/auth';
import type { Config } from '../../server/config';
import { idParams, problemSchema } from '../../server/schemas';
import type { LinkMailer } from './delivery';
import {
  resetAnswer,
  inviteResponseSchema,
  resetDeliverySchema,
  resetRequestSchema,
  resetResponseSchema,
  setPasswordSchema,
} from '../../api/accounts';
import { inviteUser, requestPasswordReset, setPasswordWithToken, type AccountDeps } from './tokens';

const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  429: problemSchema,
};

export function accountRoutes(
  app: FastifyInstance,
  opts: { db: AccountDeps['db']; config: Config; publicUrl: string; mailer: LinkMailer | null },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps: AccountDeps = { db: opts.db, publicUrl: opts.publicUrl, mailer: opts.mailer };
  const delivery = opts.mailer ? ('mail' as const) : ('none' as const);
  const limited = { max: opts.config.signInRateLimit, timeWindow: '1 minute' };

  r.post(
    '/api/v1/admin/users/:id/invite',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Mail an account of your district a link to set its password, valid 7 days (district administrator; others 404). ' +
          'The link goes to the SMTP server only, never to the outbox; without SMTP, 409 MAIL_NOT_CONFIGURED names the `openiep invite --print-link` command to run on the server',
        params: idParams,
        response: { 201: inviteResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const handle = requireHandle(request);
      const result = await inviteUser(deps, handle, request.params.id);
      return reply.code(201).send(result);
    },
  );

  r.get(
    '/api/v1/password-reset',
    {
      config: { public: true },
      schema: {
        tags: ['accounts'],
        summary:
          'How reset links reach people here: `mail`, or `none` (this installation sends no mail: ask your district administrator)',
        response: { 200: resetDeliverySchema },
      },
    },
    () => Promise.resolve({ delivery }),
  );

  r.post(
    '/api/v1/password-reset',
    {
      config: { public: true, rateLimit: limited },
      schema: {
        tags: ['accounts'],
        summary:
          'Ask for a link to set a new password, valid 1 hour. Always 202 with the same answer, whether or not the email is an account; ' +
          'at most 3 mails an hour per email (then the same answer, and no mail). `delivery: none`: this installation sends no mail',
        body: resetRequestSchema,
        response: { 202: resetResponseSchema, 400: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(deps, request.ip, request.body.email);
      return reply.code(202).send({ message: resetAnswer(delivery), delivery });
    },
  );

  r.post(
    '/api/v1/password',
    {
      config: { public: true, rateLimit: limited },
      schema: {
        tags: ['accounts'],
        summary: "Set the password from an invitation or reset link (the link works once; the account's sessions end)",
        body: setPasswordSchema,
        response: { 204: noContent, 400: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      await setPasswordWithToken(deps, request.ip, request.body.token, request.body.password);
      return reply.code(204).send(null);
    },
  );
  return Promise.resolve();
}
