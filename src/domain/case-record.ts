/**
 * What the case clocks read off a student's record, apart from the clocks themselves (src/domain/case-clock.ts):
 * whether the IDEA case is open, the delay recorded for a clock, the initial evaluation a consent started, the day the
 * first IEP took effect, the IEP's progress-report schedule and its transition content. Pure; the SPP/APR indicators
 * (src/domain/indicators.ts) read the same facts, so the clocks and the indicators agree.
 */
import { activeEvents, delayAllowed, delayCitation, type CaseEvent, type CaseEventKind } from './case-events';
import type { ClockPlan, ClockRule } from './case-clock';
import type { IsoDate } from './dates';
import { calculateDeadline, type SchoolCalendar } from './deadlines';
import type { StateProfile } from './state-profiles';

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

/** Events that open (or reopen) an IDEA case, and events that close it. */
const OPENS = (e: CaseEvent) =>
  e.kind === 'referral' ||
  e.kind === 'part_c_referral' ||
  e.kind === 'evaluation_planned' ||
  ((e.kind === 'consent_requested' || e.kind === 'consent_given') && e.details.consentType === 'evaluation') ||
  (e.kind === 'eligibility' && e.details.eligible === true);
const CLOSES = (e: CaseEvent) => e.kind === 'exit' || (e.kind === 'eligibility' && e.details.eligible === false);

/**
 * Whether the student's IDEA case is open, from the record rather than the status field (which a person may not have
 * updated): open while an IEP is in effect or waits for consent, or when the last event that opens a case (a referral,
 * a Part C referral, an evaluation planned, consent to evaluate asked or given, a finding of eligibility) comes after
 * the last that closes one (an exit, a finding of no eligibility). With no such events — a record imported without its
 * history — the status decides (referred, evaluating, eligible).
 */
export function ideaCaseOpen(input: {
  spedStatus: string;
  events: readonly CaseEvent[];
  plans: readonly Pick<ClockPlan, 'type' | 'status'>[];
}): boolean {
  const events = activeEvents(input.events);
  let opened = -1;
  let closed = -1;
  let exited = -1;
  events.forEach((e, i) => {
    if (OPENS(e)) opened = i;
    if (CLOSES(e)) closed = i;
    if (e.kind === 'exit') exited = i;
  });
  // An IEP in effect (or waiting for consent) keeps the case open — a reevaluation finding no eligibility ends it only
  // with the exit — unless an exit is the last word.
  if (input.plans.some((p) => p.type === 'iep' && (p.status === 'active' || p.status === 'awaiting_consent')))
    return !(exited >= 0 && exited > opened);
  if (opened >= 0 || closed >= 0) return opened > closed;
  return input.spedStatus === 'referred' || input.spedStatus === 'evaluating' || input.spedStatus === 'eligible_iep';
}
/** A delay recorded for a clock: the latest `delay` event for the rule dated on or after the clock started. */
export interface RecordedDelay {
  reason: string;
  allowed: boolean;
  citation: string;
  note: string;
  recordedOn: IsoDate;
}

/**
 * The latest delay recorded for `rule` on or after `startedOn` (any date when null), whether or not the clock has
 * since been met; `allowed` says whether the law excuses it (under the profile, for a state option). Events in order.
 */
export function recordedDelay(
  events: readonly CaseEvent[],
  rule: ClockRule,
  startedOn: IsoDate | null,
  profile: StateProfile,
  before?: IsoDate,
): RecordedDelay | null {
  const e = [...events]
    .reverse()
    .find(
      (x) =>
        x.kind === 'delay' &&
        x.details.rule === rule &&
        (startedOn === null || x.occurredOn >= startedOn) &&
        (before === undefined || x.occurredOn < before),
    );
  if (!e) return null;
  const reason = typeof e.details.reason === 'string' ? e.details.reason : 'other';
  const allowed = delayAllowed(reason, rule, profile);
  return {
    reason,
    allowed,
    citation: delayCitation(reason),
    note: typeof e.details.note === 'string' ? e.details.note : '',
    recordedOn: e.occurredOn,
  };
}

/** One initial evaluation (300.301(c)(1)): from the parent's consent to evaluate to the evaluation completed. */
export interface InitialEvaluation {
  consentOn: IsoDate;
  due: IsoDate;
  citation: string;
  basis: string;
  /** The evaluation completed (or, when none is recorded, the eligibility determination) on or after consent. */
  completedOn: IsoDate | null;
  /** Consent to evaluate revoked before the evaluation was completed (300.9(c)(1)): the clock stops. */
  revokedOn: IsoDate | null;
  /** The due date counts school days the calendar does not cover (weekdays assumed). */
  estimated: boolean;
}

/** The initial evaluation that `consent` started. `events` are active events in order (activeEvents). */
export function initialEvaluation(
  events: readonly CaseEvent[],
  consent: CaseEvent,
  profile: StateProfile,
  calendar: SchoolCalendar,
): InitialEvaluation {
  const d = calculateDeadline({ rule: 'initial-evaluation', from: consent.occurredOn, profile, calendar });
  const after = (kind: CaseEventKind, pred: (e: CaseEvent) => boolean = () => true) =>
    events.find((e) => e.kind === kind && e.occurredOn >= consent.occurredOn && pred(e));
  const done = after('evaluation_completed', (e) => e.details.reevaluation !== true) ?? after('eligibility');
  const revoked = after(
    'consent_revoked',
    (e) => e.details.consentType === 'evaluation' && (!done || e.occurredOn <= done.occurredOn),
  );
  return {
    consentOn: consent.occurredOn,
    due: d.due,
    citation: d.citation,
    basis: d.basis,
    completedOn: done?.occurredOn ?? null,
    revokedOn: revoked?.occurredOn ?? null,
    estimated: d.estimated,
  };
}

/**
 * The day the student's first IEP was in effect: the earliest first day in effect of a finalized, non-amendment IEP, or —
 * for a plan that predates OpenIEP — the initial IEP meeting recorded as an event. Null when neither exists.
 */
export function firstIepOn(
  plans: readonly Pick<ClockPlan, 'type' | 'status' | 'amendmentOf' | 'startDate' | 'inEffectFrom'>[],
  events: readonly CaseEvent[],
): IsoDate | null {
  // In effect from `inEffectFrom` (the day consent to initial services came, when later than the start, 300.300(b));
  // a plan never in effect (waiting for consent, refused, or ended while waiting) has it null and never counts.
  const from = (p: Pick<ClockPlan, 'startDate' | 'inEffectFrom'>) =>
    p.inEffectFrom === undefined ? p.startDate : p.inEffectFrom;
  return (
    [
      ...plans
        .filter(
          (p) =>
            p.type === 'iep' &&
            (p.status === 'active' || p.status === 'superseded' || p.status === 'ended') &&
            !p.amendmentOf,
        )
        .flatMap((p) => from(p) || []),
      ...events.filter((e) => e.kind === 'iep_meeting' && e.details.purpose === 'initial').map((e) => e.occurredOn),
    ].sort()[0] ?? null
  );
}

/** Transition content that 300.320(b) requires: postsecondary goals (education/training, employment), services, course of study. */
export function transitionComplete(
  t: { educationTrainingGoal?: string; employmentGoal?: string; services?: string; courseOfStudy?: string } | undefined,
): boolean {
  if (!t) return false;
  const filled = (s: string | undefined) => typeof s === 'string' && s.trim() !== '';
  return filled(t.educationTrainingGoal) && filled(t.employmentGoal) && filled(t.services) && filled(t.courseOfStudy);
}
