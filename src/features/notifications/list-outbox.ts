import { AppError } from '../../domain/errors';
import type { DataHandle } from '../../db/handle';
import { notificationAbilities } from '../../policy/notifications';
import { loadMailConfig } from '../../notify/mailer';
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
    // With SMTP configured, invitation and reset links reach their owner by mail: the administrator sees them
    // masked (else reading the outbox would let them set anyone's password). With no SMTP, the outbox is how the
    // administrator hands a link to its owner, so it is shown.
    const maskLinks = loadMailConfig().smtpUrl !== null;
    const data = rows.map(presentOutboxMail).map((m) => (maskLinks && m.kind.startsWith('account.') ? { ...m, bodyText: maskTokens(m.bodyText) } : m));
    return { data, nextBefore: last ? last.id : null };
  });
}

/** A one-time link's token replaced by a mark (the rest of the mail unchanged). */
export function maskTokens(text: string): string {
  return text.replace(/([?&]token=)[A-Za-z0-9_-]+/g, '$1[hidden]');
}
