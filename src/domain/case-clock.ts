/**
 * The case clock of one student: every deadline that applies now, from the case events, the plans and the
 * meetings on record, with where each stands today. Pure: the profile, the calendar and today are arguments.
 *
 * Each rule's date comes from src/domain/deadlines.ts (its citation and counting); this module decides which
 * clocks are running for a student, what started them, and what stops them.
 */
import { activeEvents, delayAllowed, DELAY_REASONS, type CaseEvent, type CaseEventKind } from './case-events';
import { addDays, birthdayOf, daysBetween, type IsoDate } from './dates';
import { calculateDeadline, deadlineStatus, type DeadlineRule, type DeadlineStatus, type SchoolCalendar } from './deadlines';
import type { StateProfile } from './state-profiles';

export type ClockRule = DeadlineRule | 'progress-report';
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
  'state-complaint',
  'due-process-resolution-meeting',
  'due-process-decision',
];

export const PROGRESS_REPORT_CITATION = '34 CFR 300.320(a)(3)(ii)';

export interface ClockStudent {
  id: string;
  dateOfBirth: IsoDate;
  spedStatus: string;
}

export interface ClockPlan {
  id: string;
  type: 'iep' | '504';
  status: 'draft' | 'proposed' | 'active' | 'superseded' | 'ended';
  amendmentOf: string | null;
  meetingDate: IsoDate | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
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
}

export type ClockAction =
  | { kind: 'record_event'; eventKind: CaseEventKind; details?: Record<string, unknown> }
  | { kind: 'open_plan'; planId: string; section?: 'progress' }
  | { kind: 'new_plan' }
  | { kind: 'open_meeting'; meetingId: string }
  | { kind: 'schedule_meeting'; purpose: string };

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

export interface ClockInput {
  student: ClockStudent;
  events: readonly CaseEvent[];
  plans: readonly ClockPlan[];
  meetings: readonly ClockMeeting[];
  profile: StateProfile;
  calendar: SchoolCalendar;
  today: IsoDate;
  dueSoonDays?: number;
}

/** The number of months between progress reports a plan's schedule states, or null when it cannot be read. */
export function progressIntervalMonths(frequency: string): number | null {
  const f = frequency.toLowerCase();
  if (/month|mensual|cada mes/.test(f)) return 1;
  if (/trimester|trimestre\b/.test(f)) return 4;
  if (/semester|semestre|twice a year|dos veces al año/.test(f)) return 6;
  if (/quarter|report card|grading period|nine[- ]week|9[- ]week|trimestral|boleta|calificaci/.test(f)) return 3;
  if (/annual|once a year|anual/.test(f)) return 12;
  return null;
}

/** The same day `months` later, or the last day of that month when it has fewer days. */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

const finalized = (p: ClockPlan) => p.status === 'active' || p.status === 'superseded' || p.status === 'ended';
const ANNUAL_BASE_PURPOSES = new Set(['initial', 'annual', 'reevaluation']);

/** Every deadline running (or met in the current cycle) for one student. */
export function studentDeadlines(input: ClockInput): CaseDeadline[] {
  const { student, plans, meetings, profile, calendar, today } = input;
  const events = activeEvents(input.events);
  const out: CaseDeadline[] = [];
  const after = (kind: CaseEventKind, from: IsoDate, pred: (e: CaseEvent) => boolean = () => true) =>
    events.find((e) => e.kind === kind && e.occurredOn >= from && pred(e));
  const latest = (kind: CaseEventKind, pred: (e: CaseEvent) => boolean = () => true) => [...events].reverse().find((e) => e.kind === kind && pred(e));
  const detail = (e: CaseEvent, k: string) => e.details[k];

  const push = (o: { id: string; rule: ClockRule; due: IsoDate; citation: string; basis: string; startedOn: IsoDate | null; metOn: IsoDate | null; action: ClockAction; estimated?: boolean }) => {
    const delayEvent = o.metOn ? undefined : [...events].reverse().find((e) => e.kind === 'delay' && detail(e, 'rule') === o.rule && (o.startedOn === null || e.occurredOn >= o.startedOn));
    const reason = delayEvent ? String(detail(delayEvent, 'reason') ?? 'other') : null;
    const allowed = reason !== null && o.rule !== 'progress-report' && delayAllowed(reason, o.rule);
    const status = deadlineStatus({ due: o.due, today, metOn: o.metOn, allowedDelay: allowed, dueSoonDays: input.dueSoonDays ?? 14 });
    out.push({
      ...o,
      estimated: o.estimated ?? false,
      status,
      daysLeft: daysBetween(today, o.due),
      delay: reason === null ? null : { reason, allowed, citation: (DELAY_REASONS as Record<string, { citation: string }>)[reason]?.citation ?? '', note: String(delayEvent?.details.note ?? '') },
    });
  };

  // A student who has left special education has no clocks running on the IEP; records requests and disputes go on.
  const lastExit = latest('exit');
  const lastReferral = latest('referral');
  const exited = student.spedStatus === 'exited' || student.spedStatus === 'none' || (lastExit !== undefined && (!lastReferral || lastReferral.occurredOn <= lastExit.occurredOn));
  const inIdea = !exited && student.spedStatus !== 'plan_504';

  const activeIep = plans.find((p) => p.type === 'iep' && p.status === 'active');
  const draftIep = plans.find((p) => p.type === 'iep' && (p.status === 'draft' || p.status === 'proposed'));
  const scheduled = (purposes: string[]) => meetings.filter((m) => m.status === 'scheduled' && purposes.includes(m.purpose)).sort((a, b) => a.date.localeCompare(b.date))[0];
  const planOrMeeting = (purposes: string[]): ClockAction => {
    const m = scheduled(purposes);
    if (m) return { kind: 'open_meeting', meetingId: m.id };
    if (draftIep) return { kind: 'open_plan', planId: draftIep.id };
    return { kind: 'schedule_meeting', purpose: purposes[0]! };
  };

  if (inIdea) {
    // Initial evaluation: from parental consent to evaluate (300.301(c)); met when the evaluation is completed.
    const consent = latest('consent_given', (e) => detail(e, 'consentType') === 'evaluation');
    const revoked = consent && after('consent_revoked', consent.occurredOn, (e) => detail(e, 'consentType') === 'evaluation');
    if (consent && !revoked) {
      const d = calculateDeadline({ rule: 'initial-evaluation', from: consent.occurredOn, profile, calendar });
      const done = after('evaluation_completed', consent.occurredOn, (e) => detail(e, 'reevaluation') !== true) ?? after('eligibility', consent.occurredOn);
      push({ id: `initial-evaluation:${consent.id}`, rule: 'initial-evaluation', due: d.due, citation: d.citation, basis: d.basis, estimated: d.estimated, startedOn: consent.occurredOn, metOn: done?.occurredOn ?? null, action: { kind: 'record_event', eventKind: 'evaluation_completed', details: { reevaluation: false } } });
    }

    // Initial IEP meeting: 30 days from the determination of eligibility (300.323(c)(1)).
    const eligible = latest('eligibility', (e) => detail(e, 'eligible') === true);
    if (eligible) {
      const d = calculateDeadline({ rule: 'initial-iep-meeting', from: eligible.occurredOn, profile, calendar });
      const meeting = after('iep_meeting', eligible.occurredOn);
      const planMeeting = plans
        .filter((p) => p.type === 'iep' && finalized(p) && !p.amendmentOf && p.meetingDate !== null && p.meetingDate >= eligible.occurredOn)
        .map((p) => p.meetingDate!)
        .sort()[0];
      const metOn = [meeting?.occurredOn, planMeeting].filter((x): x is string => Boolean(x)).sort()[0] ?? null;
      push({ id: `initial-iep-meeting:${eligible.id}`, rule: 'initial-iep-meeting', due: d.due, citation: d.citation, basis: d.basis, startedOn: eligible.occurredOn, metOn, action: planOrMeeting(['initial']) });
    }

    if (activeIep) {
      // Annual review: within 12 months of the last IEP meeting that wrote the IEP (amendments do not restart it).
      const bases = [
        ...plans.filter((p) => p.type === 'iep' && finalized(p) && !p.amendmentOf && p.meetingDate).map((p) => p.meetingDate!),
        ...events.filter((e) => e.kind === 'iep_meeting' && ANNUAL_BASE_PURPOSES.has(String(detail(e, 'purpose')))).map((e) => e.occurredOn),
      ].filter((d) => d <= today);
      const base = bases.sort().at(-1);
      if (base) {
        const d = calculateDeadline({ rule: 'annual-review', from: base, profile, calendar });
        push({ id: `annual-review:${base}`, rule: 'annual-review', due: d.due, citation: d.citation, basis: d.basis, startedOn: base, metOn: null, action: planOrMeeting(['annual']) });
      }

      // Reevaluation: at least every three years from the last evaluation (300.303(b)(2)).
      const lastEval = [...events].reverse().find((e) => e.kind === 'evaluation_completed' || (e.kind === 'eligibility' && detail(e, 'eligible') === true));
      if (lastEval) {
        const d = calculateDeadline({ rule: 'reevaluation', from: lastEval.occurredOn, profile, calendar });
        push({ id: `reevaluation:${lastEval.id}`, rule: 'reevaluation', due: d.due, citation: d.citation, basis: d.basis, startedOn: lastEval.occurredOn, metOn: null, action: { kind: 'record_event', eventKind: 'evaluation_completed', details: { reevaluation: true } } });
      }

      // Transition content in the IEP in effect when the student turns the profile's age (300.320(b)).
      const turns = birthdayOf(student.dateOfBirth, profile.transitionAge);
      const coveredUntil = activeIep.endDate ?? addDays(today, 365);
      if (turns <= coveredUntil) {
        const d = calculateDeadline({ rule: 'transition-plan', from: student.dateOfBirth, profile, calendar });
        const withTransition = plans
          .filter((p) => p.type === 'iep' && finalized(p) && p.transitionComplete && (p.endDate === null || p.endDate >= turns) && p.meetingDate)
          .map((p) => p.meetingDate!)
          .sort()[0];
        push({ id: `transition-plan:${student.id}`, rule: 'transition-plan', due: d.due, citation: d.citation, basis: d.basis, startedOn: null, metOn: withTransition ?? null, action: draftIep ? { kind: 'open_plan', planId: draftIep.id } : { kind: 'open_plan', planId: activeIep.id } });
      }

      // The student is told of the rights that transfer, one year before the age of majority (300.320(c)).
      const aom = calculateDeadline({ rule: 'age-of-majority-notice', from: student.dateOfBirth, profile, calendar });
      if (aom.due <= coveredUntil && today < birthdayOf(student.dateOfBirth, profile.ageOfMajority)) {
        const told = [latest('age_of_majority_notice')?.occurredOn, ...plans.filter(finalized).map((p) => p.ageOfMajorityInformedOn)].filter((x): x is string => Boolean(x)).sort()[0];
        push({ id: `age-of-majority-notice:${student.id}`, rule: 'age-of-majority-notice', due: aom.due, citation: aom.citation, basis: aom.basis, startedOn: null, metOn: told ?? null, action: { kind: 'record_event', eventKind: 'age_of_majority_notice' } });
      }

      // Progress reports to the parents on the IEP's own schedule (300.320(a)(3)(ii)).
      const months = progressIntervalMonths(activeIep.progressFrequency);
      const start = activeIep.startDate ?? activeIep.meetingDate;
      if (months !== null && start) {
        const last = latest('progress_report', (e) => e.occurredOn >= start);
        const from = last?.occurredOn ?? start;
        const due = addMonths(from, months);
        if (!activeIep.endDate || due <= activeIep.endDate) {
          push({ id: `progress-report:${activeIep.id}:${from}`, rule: 'progress-report', due, citation: PROGRESS_REPORT_CITATION, basis: `the IEP's schedule ("${activeIep.progressFrequency}"): every ${months} month${months === 1 ? '' : 's'} from ${last ? 'the last report' : 'the start of the IEP'}`, startedOn: from, metOn: null, action: { kind: 'open_plan', planId: activeIep.id, section: 'progress' } });
        }
      }
    }

    // An IEP by the third birthday of a child referred from Part C (300.124(b)).
    const partC = latest('part_c_referral');
    if (partC) {
      const d = calculateDeadline({ rule: 'part-c-transition', from: student.dateOfBirth, profile, calendar });
      // Met when the first IEP is in effect (its start date), or — when the plan predates OpenIEP — its initial meeting.
      const firstIep = [
        ...plans.filter((p) => p.type === 'iep' && finalized(p) && !p.amendmentOf && p.startDate).map((p) => p.startDate!),
        ...events.filter((e) => e.kind === 'iep_meeting' && detail(e, 'purpose') === 'initial').map((e) => e.occurredOn),
      ].sort()[0];
      push({ id: `part-c-transition:${partC.id}`, rule: 'part-c-transition', due: d.due, citation: d.citation, basis: d.basis, startedOn: partC.occurredOn, metOn: firstIep ?? null, action: draftIep ? { kind: 'open_plan', planId: draftIep.id } : { kind: 'new_plan' } });
    }

    // Procedural safeguards: on referral, then once a school year (300.504(a)).
    const notice = latest('safeguards_notice');
    if (notice) {
      const d = calculateDeadline({ rule: 'procedural-safeguards-notice', from: notice.occurredOn, profile, calendar });
      push({ id: `procedural-safeguards-notice:${notice.id}`, rule: 'procedural-safeguards-notice', due: d.due, citation: d.citation, basis: d.basis, startedOn: notice.occurredOn, metOn: null, action: { kind: 'record_event', eventKind: 'safeguards_notice' } });
    } else if (lastReferral) {
      push({ id: `procedural-safeguards-notice:${lastReferral.id}`, rule: 'procedural-safeguards-notice', due: lastReferral.occurredOn, citation: '34 CFR 300.504(a)(1)', basis: 'a copy to the parents upon the initial referral or request for evaluation', startedOn: lastReferral.occurredOn, metOn: null, action: { kind: 'record_event', eventKind: 'safeguards_notice' } });
    }

    // Meeting notice: early enough, the profile's days before each scheduled meeting (300.322(a)(1)).
    for (const m of meetings.filter((x) => x.status === 'scheduled')) {
      const d = calculateDeadline({ rule: 'meeting-notice', from: m.date, profile, calendar });
      push({ id: `meeting-notice:${m.id}`, rule: 'meeting-notice', due: d.due, citation: d.citation, basis: d.basis, estimated: d.estimated, startedOn: null, metOn: m.noticeSentOn, action: { kind: 'open_meeting', meetingId: m.id } });
    }

    // Manifestation determination within 10 school days of a decision to change placement (300.530(e)).
    for (const r of events.filter((e) => e.kind === 'disciplinary_removal')) {
      const d = calculateDeadline({ rule: 'mdr', from: r.occurredOn, profile, calendar });
      const held = after('mdr_held', r.occurredOn, (e) => detail(e, 'removalId') === undefined || detail(e, 'removalId') === r.id) ?? after('iep_meeting', r.occurredOn, (e) => detail(e, 'purpose') === 'manifestation_determination');
      push({ id: `mdr:${r.id}`, rule: 'mdr', due: d.due, citation: d.citation, basis: d.basis, estimated: d.estimated, startedOn: r.occurredOn, metOn: held?.occurredOn ?? null, action: { kind: 'record_event', eventKind: 'mdr_held', details: { removalId: r.id } } });
    }
  }

  // Records: within 45 days of the request, and before any IEP meeting (300.613(a)).
  for (const r of events.filter((e) => e.kind === 'records_request')) {
    const d = calculateDeadline({ rule: 'records-request', from: r.occurredOn, profile, calendar });
    const nextMeeting = meetings.filter((m) => m.status === 'scheduled' && m.date > r.occurredOn).map((m) => m.date).sort()[0];
    const beforeMeeting = nextMeeting ? addDays(nextMeeting, -1) : null;
    const due = beforeMeeting && beforeMeeting < d.due ? beforeMeeting : d.due;
    const basis = due === d.due ? d.basis : `before the IEP meeting on ${nextMeeting} (sooner than 45 days after the request)`;
    const provided = after('records_provided', r.occurredOn, (e) => detail(e, 'requestId') === undefined || detail(e, 'requestId') === r.id);
    push({ id: `records-request:${r.id}`, rule: 'records-request', due, citation: d.citation, basis, startedOn: r.occurredOn, metOn: provided?.occurredOn ?? null, action: { kind: 'record_event', eventKind: 'records_provided', details: { requestId: r.id } } });
  }

  // Disputes: a state complaint decided within 60 days; due process resolution meeting and decision.
  const disputes: [CaseEventKind, DeadlineRule, CaseEventKind][] = [
    ['state_complaint_filed', 'state-complaint', 'state_complaint_decided'],
    ['due_process_filed', 'due-process-resolution-meeting', 'resolution_meeting_held'],
    ['due_process_filed', 'due-process-decision', 'due_process_decided'],
  ];
  for (const [start, rule, stop] of disputes) {
    for (const f of events.filter((e) => e.kind === start)) {
      const d = calculateDeadline({ rule, from: f.occurredOn, profile, calendar });
      push({ id: `${rule}:${f.id}`, rule, due: d.due, citation: d.citation, basis: d.basis, startedOn: f.occurredOn, metOn: after(stop, f.occurredOn)?.occurredOn ?? null, action: { kind: 'record_event', eventKind: stop } });
    }
  }

  return out.sort(byUrgency);
}

const STATUS_ORDER: Record<DeadlineStatus, number> = { overdue: 0, due_soon: 1, delayed: 2, upcoming: 3, met_late: 4, met: 5 };

/** Most urgent first: overdue (oldest first), due soon, delayed, upcoming (by date), then what is met. */
export function byUrgency(a: Pick<CaseDeadline, 'status' | 'due'>, b: Pick<CaseDeadline, 'status' | 'due'>): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.due.localeCompare(b.due);
}

/** Transition content that 300.320(b) requires: postsecondary goals (education/training, employment), services, course of study. */
export function transitionComplete(t: { educationTrainingGoal?: string; employmentGoal?: string; services?: string; courseOfStudy?: string } | undefined): boolean {
  if (!t) return false;
  const filled = (s: string | undefined) => typeof s === 'string' && s.trim() !== '';
  return filled(t.educationTrainingGoal) && filled(t.employmentGoal) && filled(t.services) && filled(t.courseOfStudy);
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

/**
 * An SPP/APR timeliness indicator over deadlines of one rule: met on time over all that came due (met, met late,
 * overdue). Delays with a reason the law allows are exceptions and leave the count (e.g. 300.301(d) for
 * indicator 11); clocks still running are not counted yet.
 */
export function timelinessIndicator(counts: Counts): { numerator: number; denominator: number; percent: number | null } {
  const denominator = counts.met + counts.met_late + counts.overdue;
  return { numerator: counts.met, denominator, percent: denominator === 0 ? null : Math.round((counts.met / denominator) * 1000) / 10 };
}
