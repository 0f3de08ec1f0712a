/**
 * The daily job: deadline reminders (30/14/7 days before, and once when overdue) and one digest per person per
 * day. Each person's deadlines come from the same use case the API answers GET /api/v1/deadlines with
 * (listDeadlines), run as that person through their own data handle — so the job never tells anyone about a
 * student they could not open. Reminders and digests carry dedupe keys: running the job twice (or after a
 * missed day) never delivers one twice. Run by `openiep digest` and by the scheduler in `openiep serve`.
 */
import type { Database } from '../db/connect';
import { createHandle, systemHandle, type DataHandle, type Scope } from '../db/handle';
import type { Actor } from '../policy/actor';
import { MailQueue } from '../db/notifications-repo';
import { listDeadlines as apiListDeadlines } from '../features/case/deadlines';
import {
  dateParam,
  digestDedupeKey,
  digestSummary,
  reminderDedupeKey,
  reminderDue,
  ruleKey,
  type DigestDeadline,
} from '../domain/notifications';
import { loadActor } from '../server/sessions';
import { DIGEST_MAIL_MAX_ITEMS, renderDigestMail } from './render';
import { isCaseManager } from '../policy/predicates';

/** Case managers get reminders about their caseload and a digest; principals and administrators a digest of what they oversee. */
export const DIGEST_ROLES = ['case_manager', 'principal', 'district_admin'] as const;

export interface DigestOptions {
  today: string;
  reminderDays: readonly number[];
  dueSoonDays: number;
  publicUrl: string;
}

/** The shape of GET /api/v1/deadlines's use case (src/features/case/deadlines.ts listDeadlines); its default filter is what is not yet met. */
export type ListDeadlines = (
  handle: DataHandle,
  opts: { limit?: number; purpose?: string },
) => Promise<{ data: DigestDeadline[] }>;

export interface DigestReport {
  today: string;
  people: number;
  reminders: number;
  digests: number;
  errors: { userId: string; error: string }[];
}

type Notifications = Scope['notifications'];

/** Sends the reminders due today about these deadlines; answers how many were delivered (none twice). */
async function sendReminders(
  n: Notifications,
  actor: Actor,
  deadlines: readonly DigestDeadline[],
  opts: DigestOptions,
): Promise<number> {
  let reminders = 0;
  // Least urgent first, and the digest last: the inbox (newest first) then reads digest, most urgent, … .
  for (const d of [...deadlines].reverse()) {
    const due = reminderDue({ due: d.due, status: d.status, today: opts.today, reminderDays: opts.reminderDays });
    if (!due) continue;
    const created = await n.notify({
      userIds: [actor.userId],
      studentId: d.studentId,
      kind: 'deadline',
      message: due.threshold === 'overdue' ? 'notifications.deadline.overdue' : 'notifications.deadline.reminder',
      params: { student: d.studentName, rule: ruleKey(d.rule), due: dateParam(d.due), days: due.daysUntil },
      link: `/students/${d.studentId}`,
      dedupeKey: reminderDedupeKey(d, due.threshold),
    });
    reminders += created.length;
  }
  return reminders;
}

/** Today's digest in the inbox and, with the reminders not yet mailed, in the mail queue; answers whether it was delivered. */
async function sendDigest(n: Notifications, actor: Actor, deadlines: DigestDeadline[], opts: DigestOptions) {
  const summary = digestSummary(deadlines, opts.today);
  const unmailed = await n.unmailedMine(['deadline']);
  if (summary.overdue + summary.dueThisWeek + unmailed.length === 0) return 0;
  const [digest] = await n.notify({
    userIds: [actor.userId],
    kind: 'digest',
    message: 'notifications.digest.summary',
    params: { overdue: summary.overdue, dueThisWeek: summary.dueThisWeek },
    link: '/',
    dedupeKey: digestDedupeKey(opts.today),
  });
  if (!digest) return 0; // today's digest was already delivered
  const listed = new Set(summary.items.slice(0, DIGEST_MAIL_MAX_ITEMS).map((i) => `${i.studentId}:${ruleKey(i.rule)}`));
  const me = await n.me();
  if (me) {
    const mail = renderDigestMail({
      preferredLanguage: me.preferredLanguage,
      recipientName: me.name,
      today: opts.today,
      summary,
      // Reminders about a deadline the mail already lists above are not repeated.
      reminders: unmailed.filter((u) => !listed.has(`${u.studentId}:${String(u.params.rule)}`)),
      publicUrl: opts.publicUrl,
    });
    await n.queueMailToMe({ ...mail, kind: 'digest', notificationId: digest.id }, [
      digest.id,
      ...unmailed.map((u) => u.id),
    ]);
  }
  return 1;
}

/** One person's reminders and digest, as that person (their own data handle), in one transaction. */
async function digestFor(db: Database, actor: Actor, opts: DigestOptions, listDeadlines: ListDeadlines) {
  const handle = createHandle(db, actor, { ip: null, today: opts.today, dueSoonDays: opts.dueSoonDays });
  const all = (await listDeadlines(handle, { limit: 100_000, purpose: 'daily deadline reminders (scheduled job)' }))
    .data;
  return handle.run(async (scope) => {
    const n = scope.notifications;
    let deadlines = all;
    let reminders = 0;
    if (isCaseManager(actor)) {
      const caseload = await n.myCaseload();
      deadlines = all.filter((d) => caseload.has(d.studentId));
      reminders = await sendReminders(n, actor, deadlines, opts);
    }
    return { reminders, digests: await sendDigest(n, actor, deadlines, opts) };
  });
}

export async function runDigest(
  db: Database,
  opts: DigestOptions,
  deps: { listDeadlines?: ListDeadlines } = {},
): Promise<DigestReport> {
  const listDeadlines = deps.listDeadlines ?? apiListDeadlines;
  const queue = new MailQueue(
    systemHandle(db, 'digest: the staff who receive deadline reminders and the daily digest'),
  );
  const people = await queue.digestRecipients(DIGEST_ROLES);
  const report: DigestReport = { today: opts.today, people: 0, reminders: 0, digests: 0, errors: [] };
  for (const person of people) {
    try {
      const actor = await loadActor(db, person.userId);
      if (!actor) continue;
      report.people++;
      const r = await digestFor(db, actor, opts, listDeadlines);
      report.reminders += r.reminders;
      report.digests += r.digests;
    } catch (e) {
      report.errors.push({ userId: person.userId, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return report;
}
