/**
 * HTTP routes — Account invitations (district administrator) and password reset (public). No database access
 * here: the use cases are in tokens.ts.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadMailConfig } from '../../notify/mailer';
import { requireHandle } from '../../server/auth';
import type { Config } from '../../server/config';
import { idParams, problemSchema } from '../../server/schemas';
import { RESET_ANSWER, inviteResponseSchema, resetRequestSchema, resetResponseSchema, setPasswordSchema } from './schemas';
import { inviteUser, requestPasswordReset, setPasswordWithToken, type AccountDeps } from './tokens';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 429: problemSchema };

export async function accountRoutes(app: FastifyInstance, opts: { db: AccountDeps['db']; config: Config; publicUrl?: string }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps: AccountDeps = { db: opts.db, publicUrl: opts.publicUrl ?? loadMailConfig().publicUrl };
  const limited = { max: opts.config.signInRateLimit, timeWindow: '1 minute' };

  r.post(
    '/api/v1/admin/users/:id/invite',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Mail an account of your district a link to set its password, valid 7 days (district administrator; others 404)',
        params: idParams,
        response: { 201: inviteResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const handle = requireHandle(request);
      const result = await inviteUser(deps, handle.actor, request.ip, request.params.id);
      return reply.code(201).send(result);
    },
  );

  r.post(
    '/api/v1/password-reset',
    {
      config: { public: true, rateLimit: limited },
      schema: {
        tags: ['accounts'],
        summary: 'Ask for a link to set a new password, valid 1 hour. Always 202 with the same answer, whether or not the email is an account',
        body: resetRequestSchema,
        response: { 202: resetResponseSchema, 400: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(deps, request.ip, request.body.email);
      return reply.code(202).send({ message: RESET_ANSWER });
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
        response: { 204: z.null(), 400: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      await setPasswordWithToken(deps, request.ip, request.body.token, request.body.password);
      return reply.code(204).send(null);
    },
  );
}
