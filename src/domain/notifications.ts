/**
 * Deadline reminders and the daily digest, as pure rules. The job that runs them passes `today` and the
 * configured reminder days (OPENIEP_REMINDER_DAYS, default 30,14,7); the database's dedupe key makes each
 * reminder arrive once, however often (or rarely) the job runs.
 *
 * Edge semantics: `daysUntil` is due − today in calendar days (due tomorrow = 1, due today = 0, due
 * yesterday = −1). A deadline that is not yet met gets the reminder of the TIGHTEST threshold it has
 * reached (daysUntil ≤ threshold): on day 30 the 30-day reminder, on day 14 the 14-day one. A job that
 * missed days catches up with one reminder (the tightest reached), never a burst of stale ones; a deadline
 * first seen inside a window (created 20 days before its due date) gets that window's reminder at once.
 * Unmet and past due, without an allowed delay, is one "overdue" reminder. Met deadlines remind nobody.
 */
import { addDays, daysBetween, type IsoDate } from './dates';

/** How each kind of notification reaches the mailbox: at once, or in the day's digest mail. */
export const MAIL_MODE = {
  deadline: 'digest',
  digest: 'digest',
  meeting_invitation: 'immediate',
  meeting_response: 'immediate',
  consent_request: 'immediate',
  consent_answer: 'immediate',
  family_input: 'immediate',
  records_request: 'immediate',
  meeting_request: 'immediate',
} as const satisfies Record<string, 'immediate' | 'digest'>;

/** Kinds that are mailed by the daily digest (not one by one). */
export const DIGEST_MAILED_KINDS = Object.entries(MAIL_MODE)
  .filter(([, mode]) => mode === 'digest')
  .map(([kind]) => kind);

/** Statuses of a deadline that still needs doing (src/domain/deadlines.ts DeadlineStatus). */
const OPEN_STATUSES = new Set(['upcoming', 'due_soon', 'overdue']);

export interface ReminderInput {
  due: IsoDate;
  /** The deadline's status on `today` (deadlineStatus): met, met_late and delayed get no reminder. */
  status: string;
  today: IsoDate;
  /** Days before the due date at which to remind, in any order (duplicates and negatives ignored). */
  reminderDays: readonly number[];
}

export type ReminderThreshold = number | 'overdue';

export interface Reminder {
  threshold: ReminderThreshold;
  /** due − today in calendar days (negative when overdue). */
  daysUntil: number;
}

/** The reminder a deadline should have had by `today`, or null. See the edge semantics above. */
export function reminderDue(input: ReminderInput): Reminder | null {
  const { due, status, today } = input;
  if (!OPEN_STATUSES.has(status)) return null;
  const daysUntil = daysBetween(today, due);
  if (daysUntil < 0) return status === 'overdue' ? { threshold: 'overdue', daysUntil } : null;
  const reached = [...new Set(input.reminderDays)].filter((d) => Number.isInteger(d) && d >= 0 && daysUntil <= d);
  if (reached.length === 0) return null;
  return { threshold: Math.min(...reached), daysUntil };
}

/** The key that makes a reminder arrive once per person: deadline:<studentId>:<rule>:<due>:<threshold>. */
export function reminderDedupeKey(
  d: { studentId: string; rule: string; due: IsoDate },
  threshold: ReminderThreshold,
): string {
  return `deadline:${d.studentId}:${d.rule}:${d.due}:${threshold}`;
}

/** One digest a day per person. */
export function digestDedupeKey(today: IsoDate): string {
  return `digest:${today}`;
}

export interface DigestDeadline {
  studentId: string;
  studentName: string;
  rule: string;
  due: IsoDate;
  status: string;
}

export interface DigestSummary {
  overdue: number;
  /** Not met, due from today through the next 7 days (today + 7 included). */
  dueThisWeek: number;
  /** Overdue first (oldest first), then due this week (soonest first): what the digest mail lists. */
  items: (DigestDeadline & { daysUntil: number })[];
}

export const DIGEST_WEEK_DAYS = 7;

/** What the day's digest says: how many deadlines are overdue and due this week, most urgent first. */
export function digestSummary(deadlines: readonly DigestDeadline[], today: IsoDate): DigestSummary {
  const weekEnd = addDays(today, DIGEST_WEEK_DAYS);
  const items = deadlines
    .filter(
      (d) =>
        (d.status === 'overdue' && d.due < today) ||
        (OPEN_STATUSES.has(d.status) && d.due >= today && d.due <= weekEnd),
    )
    .map((d) => ({ ...d, daysUntil: daysBetween(today, d.due) }))
    .sort(
      (a, b) => a.daysUntil - b.daysUntil || a.studentName.localeCompare(b.studentName) || a.rule.localeCompare(b.rule),
    );
  const overdue = items.filter((d) => d.daysUntil < 0).length;
  return { overdue, dueThisWeek: items.length - overdue, items };
}

/**
 * A date as a message value: noon UTC of that day, so `{due, date, long}` shows the same calendar day in
 * every time zone from UTC−11 to UTC+11 (the web app formats in the reader's zone, the mailer in the server's).
 */
export function dateParam(day: IsoDate): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, 12);
}

/** Deadline rule names as ICU select keys (ICU selectors cannot hold '-'): 'annual-review' → 'annual_review'. */
export function ruleKey(rule: string): string {
  return rule.replace(/-/g, '_');
}

/** Retry schedule for a mail that failed: 1, 2, 4 … minutes, at most 6 hours; given up after MAIL_MAX_ATTEMPTS. */
export const MAIL_MAX_ATTEMPTS = 10;
export function mailRetryDelayMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 360);
}
