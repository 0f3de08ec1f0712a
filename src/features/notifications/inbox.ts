import { AppError } from '../../domain/errors';
import type { DataHandle } from '../../db/handle';
import { presentNotification } from './presenter';

/** The caller's own notifications, newest first, with the number still unread. */
export async function listNotifications(
  handle: DataHandle,
  opts: { limit: number; before?: string | undefined; unreadOnly?: boolean },
) {
  return handle.read(async (scope) => {
    const { rows, unreadCount } = await scope.notifications.listMine({
      limit: opts.limit,
      before: opts.before ?? null,
      unreadOnly: opts.unreadOnly ?? false,
    });
    const last = rows.length === opts.limit ? rows[rows.length - 1] : undefined;
    return { data: rows.map(presentNotification), unreadCount, nextBefore: last ? last.id : null };
  });
}

/** Marks one of the caller's notifications read. Another person's notification is a 404, as if it did not exist. */
export async function markNotificationRead(handle: DataHandle, opts: { id: string }) {
  return handle.run(async (scope) => {
    const row = await scope.notifications.markRead(opts.id);
    if (!row) throw new AppError('NOT_FOUND', 'No notification with this id.');
    return presentNotification(row);
  });
}

/** Marks all of the caller's notifications read. */
export async function markAllNotificationsRead(handle: DataHandle) {
  return handle.run(async (scope) => {
    const marked = await scope.notifications.markAllRead();
    return { marked, unreadCount: 0 };
  });
}
