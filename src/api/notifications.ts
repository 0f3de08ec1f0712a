/** The notifications API's shapes (zod): the inbox, and the district's mail outbox. */
import { z } from 'zod';
import { uuidParam } from './params';

export const inboxQuerySchema = z.strictObject({
  limit: z.coerce.number({ error: 'Must be a whole number from 1 to 100.' }).int().min(1).max(100).default(25),
  before: uuidParam.optional().describe('The `nextBefore` of the previous page'),
  unread: z
    .enum(['true', 'false'], { error: 'Use true or false.' })
    .optional()
    .describe('true: only unread notifications'),
});

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  /** A message id of the catalogue (src/documents/messages); `params` are its values. Dates are ms since the epoch (noon UTC of the day). */
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  studentId: z.string().nullable(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const inboxResponseSchema = z.object({
  data: z.array(notificationSchema),
  unreadCount: z.number().int(),
  nextBefore: z.string().nullable(),
});

export const readAllResponseSchema = z.object({ marked: z.number().int(), unreadCount: z.number().int() });

export const outboxQuerySchema = z.strictObject({
  limit: z.coerce.number({ error: 'Must be a whole number from 1 to 100.' }).int().min(1).max(100).default(25),
  before: uuidParam.optional().describe('The `nextBefore` of the previous page'),
});

export const outboxMailSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  kind: z.string(),
  language: z.string(),
  studentId: z.string().nullable(),
  createdAt: z.string(),
  status: z.enum(['sent', 'waiting', 'failed']),
  sentAt: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});

export const outboxResponseSchema = z.object({ data: z.array(outboxMailSchema), nextBefore: z.string().nullable() });
