/** The notifications endpoints (inbox, outbox) and a signal that the unread count changed. */
import { request } from '../api';

export interface AppNotification {
  id: string;
  kind: string;
  /** A message id of the catalogue; `params` are its values (dates are ms since the epoch, noon UTC). */
  message: string;
  params: Record<string, string | number>;
  studentId: string | null;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface InboxPage {
  data: AppNotification[];
  unreadCount: number;
  nextBefore: string | null;
}

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  bodyText: string;
  kind: string;
  language: string;
  studentId: string | null;
  createdAt: string;
  status: 'sent' | 'waiting' | 'failed';
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
}

export const INBOX_PAGE_SIZE = 20;

export function getInbox(opts: { before?: string | null; unread?: boolean; limit?: number }, signal?: AbortSignal): Promise<InboxPage> {
  return request<InboxPage>('GET', '/api/v1/notifications', {
    query: { limit: opts.limit ?? INBOX_PAGE_SIZE, before: opts.before, unread: opts.unread ? 'true' : undefined },
    signal,
  });
}

export async function markRead(id: string): Promise<AppNotification> {
  const n = await request<AppNotification>('POST', `/api/v1/notifications/${encodeURIComponent(id)}/read`);
  announceUnreadChanged();
  return n;
}

export async function markAllRead(): Promise<{ marked: number; unreadCount: number }> {
  const r = await request<{ marked: number; unreadCount: number }>('POST', '/api/v1/notifications/read-all');
  announceUnreadChanged();
  return r;
}

export const OUTBOX_PAGE_SIZE = 25;

export function getOutbox(before: string | null, signal?: AbortSignal): Promise<{ data: OutboxMail[]; nextBefore: string | null }> {
  return request('GET', '/api/v1/admin/outbox', { query: { limit: OUTBOX_PAGE_SIZE, before }, signal });
}

const EVENT = 'openiep:notifications-changed';

/** Tells the unread badge to look again (after marking read). */
export function announceUnreadChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function onUnreadChanged(fn: () => void): () => void {
  window.addEventListener(EVENT, fn);
  return () => window.removeEventListener(EVENT, fn);
}
