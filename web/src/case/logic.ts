/**
 * Pure logic of the case clock's screens: the order of deadlines, how far off each is, where its action
 * leads, and the numbers the dashboard draws (the event form's is event-form.ts). No React here.
 */
import type { CaseEventKind } from '../../../src/domain/case-events';
import { daysBetween } from '../../../src/domain/dates';
import type { CaseEventRecord, ComplianceSummary, Counts, DeadlineItem, DeadlineStatusCode } from './types';
import { DEADLINE_STATUSES } from './types';

// ---- Order ----

const RANK: Record<DeadlineStatusCode, number> = {
  overdue: 0,
  due_soon: 1,
  delayed: 2,
  upcoming: 3,
  met_late: 4,
  met: 4,
};

/**
 * Most urgent first: overdue (the oldest due date first), then due soon and delayed and upcoming (the nearest
 * first), then met deadlines (the most recently met first). Ties keep a stable order by student name and id.
 */
export function byUrgency(a: DeadlineItem, b: DeadlineItem): number {
  const r = RANK[a.status] - RANK[b.status];
  if (r !== 0) return r;
  if (RANK[a.status] === 4) {
    const am = a.metOn ?? a.due;
    const bm = b.metOn ?? b.due;
    if (am !== bm) return bm.localeCompare(am);
  } else if (a.due !== b.due) {
    return a.due.localeCompare(b.due);
  }
  return a.studentName.localeCompare(b.studentName) || a.id.localeCompare(b.id);
}

export function sortByUrgency(items: readonly DeadlineItem[]): DeadlineItem[] {
  return [...items].sort(byUrgency);
}

/** The timeline is newest first: the latest date on top; on the same day, the last recorded on top. */
export function byNewestEvent(a: CaseEventRecord, b: CaseEventRecord): number {
  if (a.occurredOn !== b.occurredOn) return b.occurredOn.localeCompare(a.occurredOn);
  return b.recordedAt.localeCompare(a.recordedAt) || b.id.localeCompare(a.id);
}

export function sortTimeline(events: readonly CaseEventRecord[]): CaseEventRecord[] {
  return [...events].sort(byNewestEvent);
}

// ---- How far off ----

/** Which message says how far off a deadline is, and with which number. */
export type Distance =
  | { key: 'deadline.distance.late'; days: number }
  | { key: 'deadline.distance.today'; days: 0 }
  | { key: 'deadline.distance.left'; days: number }
  | { key: 'deadline.distance.metOnTime'; days: 0 }
  | { key: 'deadline.distance.metLate'; days: number };

export function distance(item: Pick<DeadlineItem, 'status' | 'daysLeft' | 'due' | 'metOn'>): Distance {
  if (item.status === 'met' || item.status === 'met_late') {
    const late = item.metOn ? daysBetween(item.due, item.metOn) : 0;
    return late > 0
      ? { key: 'deadline.distance.metLate', days: late }
      : { key: 'deadline.distance.metOnTime', days: 0 };
  }
  if (item.daysLeft < 0) return { key: 'deadline.distance.late', days: -item.daysLeft };
  if (item.daysLeft === 0) return { key: 'deadline.distance.today', days: 0 };
  return { key: 'deadline.distance.left', days: item.daysLeft };
}

// ---- Actions ----

export type ActionTarget =
  | {
      type: 'link';
      to: string;
      label:
        | 'due.action.openPlan'
        | 'due.action.writeProgress'
        | 'due.action.newPlan'
        | 'due.action.openMeeting'
        | 'due.action.scheduleMeeting'
        | `due.action.openSection.${'consents' | 'notices' | 'exit'}`
        | 'due.action.openDiscipline';
    }
  | { type: 'record'; eventKind: CaseEventKind; details: Record<string, unknown> };

export function isCaseEventKind(kind: string, kinds: readonly string[]): kind is CaseEventKind {
  return kinds.includes(kind);
}

/** Where the one action that clears a deadline leads; null when there is none (met, or an event this screen does not record). */
export function actionTarget(
  item: Pick<DeadlineItem, 'studentId' | 'action' | 'status'>,
  kinds: readonly string[],
): ActionTarget | null {
  const a = item.action;
  if (item.status === 'met' || item.status === 'met_late') return null;
  const studentPage = `/students/${encodeURIComponent(item.studentId)}`;
  switch (a.kind) {
    case 'open_plan':
      return a.section === 'progress'
        ? { type: 'link', to: `/plans/${encodeURIComponent(a.planId)}#progress`, label: 'due.action.writeProgress' }
        : { type: 'link', to: `/plans/${encodeURIComponent(a.planId)}`, label: 'due.action.openPlan' };
    case 'new_plan':
      return { type: 'link', to: `${studentPage}#plans-heading`, label: 'due.action.newPlan' };
    case 'open_meeting':
      return { type: 'link', to: `/meetings/${encodeURIComponent(a.meetingId)}`, label: 'due.action.openMeeting' };
    case 'schedule_meeting':
      return { type: 'link', to: `${studentPage}#meetings-heading`, label: 'due.action.scheduleMeeting' };
    case 'open_discipline':
      return { type: 'link', to: `${studentPage}/discipline`, label: 'due.action.openDiscipline' };
    case 'record_event':
      return isCaseEventKind(a.eventKind, kinds)
        ? { type: 'record', eventKind: a.eventKind, details: { ...(a.details ?? {}) } }
        : null;
    case 'open_section':
      return { type: 'link', to: `${studentPage}#${a.section}-heading`, label: `due.action.openSection.${a.section}` };
    default:
      return null;
  }
}

// ---- The dashboard's numbers ----

export function total(counts: Counts): number {
  return DEADLINE_STATUSES.reduce((n, s) => n + counts[s], 0);
}

/** Rules that have at least one deadline, in the summary's order. */
export function rulesWithDeadlines(summary: ComplianceSummary): ComplianceSummary['byRule'] {
  return summary.byRule.filter((r) => total(r.counts) > 0);
}

/** A percent for display: one decimal when not whole (99.5 %, 100 %), or null when nothing was counted. */
export function percentValue(indicator: {
  numerator: number;
  denominator: number;
  percent: number | null;
}): number | null {
  if (indicator.denominator === 0) return null;
  const p = indicator.percent ?? (100 * indicator.numerator) / indicator.denominator;
  return Math.round(p * 10) / 10;
}

/** The statuses a drill-down asks for: a status when one was chosen, else every status. */
export function drillStatuses(status: string | null): DeadlineStatusCode[] {
  return status && (DEADLINE_STATUSES as readonly string[]).includes(status)
    ? [status as DeadlineStatusCode]
    : [...DEADLINE_STATUSES];
}
