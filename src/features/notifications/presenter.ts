/** Explicit field allow-lists for notifications and outbox mail. */
import type { NotificationRow, OutboxRow } from '../../db/notifications-repo';

export function presentNotification(n: NotificationRow) {
  return {
    id: n.id,
    kind: n.kind,
    message: n.message,
    params: n.params,
    studentId: n.studentId,
    link: n.link,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}

export function presentOutboxMail(m: OutboxRow) {
  const status: 'sent' | 'waiting' | 'failed' = m.sentAt ? 'sent' : m.lastError ? 'failed' : 'waiting';
  return {
    id: m.id,
    to: m.toAddress,
    subject: m.subject,
    bodyText: m.bodyText,
    kind: m.kind,
    language: m.language,
    studentId: m.studentId,
    createdAt: m.createdAt,
    status,
    sentAt: m.sentAt,
    attempts: m.attempts,
    lastError: m.lastError,
    nextAttemptAt: m.sentAt ? null : m.nextAttemptAt,
  };
}
