/** HTTP routes — The inbox, the mail outbox for administrators. No database access here. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireHandle } from '../../server/auth';
import { idParams, problemSchema } from '../../server/schemas';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from './inbox';
import { listOutbox } from './list-outbox';
import {
  inboxQuerySchema,
  inboxResponseSchema,
  notificationSchema,
  outboxQuerySchema,
  outboxResponseSchema,
  readAllResponseSchema,
} from '../../api/notifications';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export function notificationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary:
          "The caller's own notifications, newest first, with the unread count (messages are catalogue ids with values)",
        querystring: inboxQuerySchema,
        response: { 200: inboxResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      void reply.header('Cache-Control', 'no-store');
      return listNotifications(requireHandle(request), {
        limit: request.query.limit,
        before: request.query.before,
        unreadOnly: request.query.unread === 'true',
      });
    },
  );

  r.post(
    '/api/v1/notifications/read-all',
    {
      schema: {
        tags: ['notifications'],
        summary: "Mark all of the caller's notifications read",
        response: { 200: readAllResponseSchema, ...errors },
      },
    },
    async (request) => markAllNotificationsRead(requireHandle(request)),
  );

  r.post(
    '/api/v1/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark one of your notifications read (another person’s is 404)',
        params: idParams,
        response: { 200: notificationSchema, ...errors },
      },
    },
    async (request) => markNotificationRead(requireHandle(request), { id: request.params.id }),
  );

  r.get(
    '/api/v1/admin/outbox',
    {
      schema: {
        tags: ['notifications'],
        summary:
          "The district's mail outbox, newest first: sent, waiting (no SMTP configured) and failed mail (district administrator)",
        querystring: outboxQuerySchema,
        response: { 200: outboxResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      void reply.header('Cache-Control', 'no-store');
      return listOutbox(requireHandle(request), { limit: request.query.limit, before: request.query.before });
    },
  );
  return Promise.resolve();
}
