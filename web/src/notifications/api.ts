/** The notifications endpoints (inbox, outbox) and their query keys. */
import type { z } from 'zod';
import type {
  inboxResponseSchema,
  notificationSchema,
  outboxMailSchema,
  outboxResponseSchema,
  readAllResponseSchema,
} from '../../../src/api/notifications';
import { request } from '../api';

/** The inbox and outbox shapes, inferred from the server's schemas (type-only: nothing of the server is bundled). */
export type AppNotification = z.infer<typeof notificationSchema>;
export type InboxPage = z.infer<typeof inboxResponseSchema>;
export type OutboxMail = z.infer<typeof outboxMailSchema>;
export type OutboxPage = z.infer<typeof outboxResponseSchema>;
export type ReadAll = z.infer<typeof readAllResponseSchema>;

export const INBOX_PAGE_SIZE = 20;

/** The notifications' queries (TanStack Query keys). Marking read updates the inbox and invalidates the unread count. */
export const notificationKeys = {
  inbox: (onlyUnread: boolean) => ['notifications', 'inbox', onlyUnread] as const,
  allInboxes: ['notifications', 'inbox'] as const,
  unread: ['notifications', 'unread'] as const,
};

export function getInbox(
  opts: { before?: string | null; unread?: boolean; limit?: number },
  signal?: AbortSignal,
): Promise<InboxPage> {
  return request<InboxPage>('GET', '/api/v1/notifications', {
    query: { limit: opts.limit ?? INBOX_PAGE_SIZE, before: opts.before, unread: opts.unread ? 'true' : undefined },
    signal,
  });
}

export function markRead(id: string): Promise<AppNotification> {
  return request<AppNotification>('POST', `/api/v1/notifications/${encodeURIComponent(id)}/read`);
}

export function markAllRead(): Promise<ReadAll> {
  return request<ReadAll>('POST', '/api/v1/notifications/read-all');
}

export const OUTBOX_PAGE_SIZE = 25;

export function getOutbox(before: string | null, signal?: AbortSignal): Promise<OutboxPage> {
  return request<OutboxPage>('GET', '/api/v1/admin/outbox', { query: { limit: OUTBOX_PAGE_SIZE, before }, signal });
}
