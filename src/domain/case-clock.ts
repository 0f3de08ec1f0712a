/**
 * The case clock of one student: every deadline that applies now, from the case events, the plans and the
 * meetings on record, with where each stands today. Pure: the profile, the calendar and today are arguments.
 *
 * Each rule's date comes from src/domain/deadlines.ts (its citation and counting); the clocks decide which are
 * running for a student, what started them, and what stops them: src/domain/case-clock-iep.ts (the IEP's clocks)
 * and src/domain/case-clock-procedures.ts (notices, discipline, exit, records requests, disputes). This module
 * composes them and gives each its status.
 */
import type { CaseEvent, CaseEventKind } from './case-events';
import type { PlanStatus } from './plan';
import { daysBetween, type IsoDate } from './dates';
import { deadlineStatus, type DeadlineRule, type DeadlineStatus, type SchoolCalendar } from './deadlines';
import { ideaCaseOpen, recordedDelay } from './case-record';
export {
  addMonths,
  firstIepOn,
  ideaCaseOpen,
  initialEvaluation,
  progressIntervalMonths,
  recordedDelay,
  transitionComplete,
  type InitialEvaluation,
  type RecordedDelay,
} from './case-record';
import type { StateProfile } from './state-profiles';

import { CLOCK_ONLY_CITATIONS, clockScope, type Clock, type ClockScope } from './case-clock-scope';
export { CLOCK_ONLY_CITATIONS, PROGRESS_REPORT_CITATION } from './case-clock-scope';
import { ideaClocks } from './case-clock-iep';
import { disputeClocks, exitClocks, recordsRequestClocks } from './case-clock-procedures';
/**
 * Clocks beyond the deadline engine's: progress reports on the IEP's schedule; the wait for consent to initial
 * services (300.300(b)); and what an exit needs (300.305(e), 300.102(a)(3)(iii), 300.503).
 */
export type ClockRule =
  | DeadlineRule
  | 'progress-report'
  | 'initial-services-consent'
  | 'summary-of-performance'
  | 'exit-notice'
  | 'exit-evaluation';
export const CLOCK_RULES: readonly ClockRule[] = [
  'initial-evaluation',
  'initial-iep-meeting',
  'annual-review',
  'reevaluation',
  'transition-plan',
  'age-of-majority-notice',
  'part-c-transition',
  'progress-report',
  'procedural-safeguards-notice',
  'records-request',
  'meeting-notice',
  'mdr',
  'discipline-notice',
  'state-complaint',
  'due-process-resolution-meeting',
  'due-process-decision',
  'initial-services-consent',
  'summary-of-performance',
  'exit-notice',
  'exit-evaluation',
];

/** The citation of any clock rule. */
export function clockCitation(rule: ClockRule, deadlineCitations: Record<DeadlineRule, string>): string {
  return rule in CLOCK_ONLY_CITATIONS
    ? CLOCK_ONLY_CITATIONS[rule as keyof typeof CLOCK_ONLY_CITATIONS]
    : deadlineCitations[rule as DeadlineRule];
}

export interface ClockStudent {
  id: string;
  dateOfBirth: IsoDate;
  spedStatus: string;
}

export interface ClockPlan {
  id: string;
  type: 'iep' | '504';
  status: PlanStatus;
  amendmentOf: string | null;
  meetingDate: IsoDate | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  /** The first day the plan was in effect (its start, or the day consent to initial services came when later); null if never. */
  inEffectFrom?: IsoDate | null;
  /** Transition content present (postsecondary goals, services, course of study): 300.320(b). */
  transitionComplete: boolean;
  /** The date the IEP records the student was told of the rights that transfer (300.320(c)), or null. */
  ageOfMajorityInformedOn: IsoDate | null;
  /** The IEP's statement of when progress reports go to the parents (free text, e.g. "each quarter"). */
  progressFrequency: string;
}

export interface ClockMeeting {
  id: string;
  date: IsoDate;
  purpose: string;
  status: 'scheduled' | 'held' | 'cancelled';
  noticeSentOn: IsoDate | null;
  /** The day the parent agreed to a shorter notice (300.322(a)(1)), or null/absent. */
  shorterNoticeAgreedOn?: IsoDate | null;
}

export type ClockAction =
  | { kind: 'record_event'; eventKind: CaseEventKind; details?: Record<string, unknown> }
  | { kind: 'open_plan'; planId: string; section?: 'progress' }
  | { kind: 'new_plan' }
  | { kind: 'open_meeting'; meetingId: string }
  | { kind: 'schedule_meeting'; purpose: string }
  /** A part of the student's page: consents, notices (prior written notice), exit (summary of performance). */
  | { kind: 'open_section'; section: 'consents' | 'notices' | 'exit' }
  | { kind: 'open_discipline' };

export interface CaseDeadline {
  /** Stable while the same clock runs: rule + what started it. */
  id: string;
  rule: ClockRule;
  due: IsoDate;
  status: DeadlineStatus;
  citation: string;
  basis: string;
  startedOn: IsoDate | null;
  metOn: IsoDate | null;
  /** Days from today to the due date (negative: late). */
  daysLeft: number;
  delay: { reason: string; allowed: boolean; citation: string; note: string } | null;
  /** What clears it. */
  action: ClockAction;
  /** The date counts school days the school's calendar does not cover (weekdays assumed): an estimate (deadlines.ts). */
  estimated: boolean;
}

/** A prior written notice, as the exit clocks read it. */
export interface ClockNotice {
  subject: string;
  status: 'draft' | 'issued';
  issuedOn: IsoDate | null;
}

export interface ClockInput {
  student: ClockStudent;
  events: readonly CaseEvent[];
  plans: readonly ClockPlan[];
  meetings: readonly ClockMeeting[];
  /** Prior written notices (issued ones count). */
  notices?: readonly ClockNotice[];
  /** Days on which a summary of performance was provided (300.305(e)(3)). */
  summariesProvidedOn?: readonly IsoDate[];
  profile: StateProfile;
  calendar: SchoolCalendar;
  today: IsoDate;
  dueSoonDays?: number;
}

/** Every deadline running (or met in the current cycle) for one student. */
export function studentDeadlines(input: ClockInput): CaseDeadline[] {
  const s = clockScope(input);
  // A student who has left special education has no clocks running on the IEP; records requests and disputes go on.
  // Whether the case is open comes from the record (events and plans), whatever the status field says.
  const inIdea = ideaCaseOpen({ spedStatus: input.student.spedStatus, events: s.events, plans: input.plans });
  const clocks = [...(inIdea ? ideaClocks(s) : exitClocks(s)), ...recordsRequestClocks(s), ...disputeClocks(s)];
  return clocks.map((c) => deadlineOf(s, c)).sort(byUrgency);
}

/** A clock's status today, with the delay recorded against it (or the wait the law excuses). */
function deadlineOf(s: ClockScope, o: Clock): CaseDeadline {
  const { input } = s;
  const { excused, ...item } = o;
  // The recorded delay is kept once the clock is met too: a 300.301(d) delay still explains an evaluation finished
  // late, and SPP/APR indicator 11 leaves that child out (src/domain/indicators.ts).
  const delay = excused
    ? { reason: excused.reason, allowed: true, citation: excused.citation, note: '' }
    : recordedDelay(s.events, o.rule, o.startedOn, input.profile);
  const allowed = delay !== null && delay.allowed;
  const status = deadlineStatus({
    due: o.due,
    today: input.today,
    metOn: o.metOn,
    allowedDelay: allowed,
    dueSoonDays: input.dueSoonDays ?? 14,
  });
  return {
    ...item,
    estimated: o.estimated ?? false,
    status,
    daysLeft: daysBetween(input.today, o.due),
    delay: delay === null ? null : { reason: delay.reason, allowed, citation: delay.citation, note: delay.note },
  };
}

const STATUS_ORDER: Record<DeadlineStatus, number> = {
  overdue: 0,
  due_soon: 1,
  delayed: 2,
  upcoming: 3,
  met_late: 4,
  met: 5,
};

/** Most urgent first: overdue (oldest first), due soon, delayed, upcoming (by date), then what is met. */
export function byUrgency(a: Pick<CaseDeadline, 'status' | 'due'>, b: Pick<CaseDeadline, 'status' | 'due'>): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.due.localeCompare(b.due);
}

export interface Counts {
  upcoming: number;
  due_soon: number;
  overdue: number;
  delayed: number;
  met: number;
  met_late: number;
}
export const zeroCounts = (): Counts => ({ upcoming: 0, due_soon: 0, overdue: 0, delayed: 0, met: 0, met_late: 0 });
