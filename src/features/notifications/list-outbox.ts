import { AppError } from '../../domain/errors';
import type { DataHandle } from '../../db/handle';
import { notificationAbilities } from '../../policy/notifications';
import { presentOutboxMail } from './presenter';

/**
 * The district's mail outbox, newest first: what was sent, what waits (no SMTP configured, or a retry), and
 * why a mail failed. District administrator only; to anyone else it does not exist (404). Reading mail about
 * a student is recorded in that student's access log.
 */
export async function listOutbox(handle: DataHandle, opts: { limit: number; before?: string | undefined }) {
  return handle.read(async (scope) => {
    if (!notificationAbilities(scope.actor).readOutbox) throw new AppError('NOT_FOUND', 'No route GET /api/v1/admin/outbox.');
    const rows = await scope.notifications.outbox({ limit: opts.limit, before: opts.before ?? null });
    const studentIds = [...new Set(rows.map((r) => r.studentId).filter((s): s is string => s !== null))];
    if (studentIds.length) await scope.audit({ action: 'notification.outbox.read', studentIds, context: { mails: rows.length } });
    const last = rows.length === opts.limit ? rows[rows.length - 1] : undefined;
    return { data: rows.map(presentOutboxMail), nextBefore: last ? last.id : null };
  });
}
