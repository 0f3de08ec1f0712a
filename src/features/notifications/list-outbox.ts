import { AppError } from '../../domain/errors';
import type { DataHandle } from '../../db/handle';
import { notificationAbilities } from '../../policy/notifications';
import { maskTokens } from '../accounts/mail';
import { presentOutboxMail } from './presenter';

/**
 * The district's mail outbox, newest first: what was sent, what waits (no SMTP configured, or a retry), and
 * why a mail failed. District administrator only; to anyone else it does not exist (404). Reading mail about
 * a student is recorded in that student's access log.
 */
export async function listOutbox(handle: DataHandle, opts: { limit: number; before?: string | undefined }) {
  return handle.read(async (scope) => {
    if (!notificationAbilities(scope.actor).readOutbox)
      throw new AppError('NOT_FOUND', 'No route GET /api/v1/admin/outbox.');
    const rows = await scope.notifications.outbox({ limit: opts.limit, before: opts.before ?? null });
    const studentIds = [...new Set(rows.map((r) => r.studentId).filter((s): s is string => s !== null))];
    if (studentIds.length)
      await scope.audit({ action: 'notification.outbox.read', studentIds, context: { mails: rows.length } });
    const last = rows.length === opts.limit ? rows[rows.length - 1] : undefined;
    // Invitation and reset mails are stored with their one-time link masked (src/features/accounts/delivery.ts), in
    // every configuration: reading the outbox must not let anyone set another person's password. Masking again
    // here guards against any other mail that might carry a token.
    const data = rows.map(presentOutboxMail).map((m) => ({ ...m, bodyText: maskTokens(m.bodyText) }));
    return { data, nextBefore: last ? last.id : null };
  });
}
