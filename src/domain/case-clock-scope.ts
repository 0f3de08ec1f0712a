/**
 * What every clock of the case clock (src/domain/case-clock.ts) reads: the input with its active events, the
 * student's IEPs by status, and the shape of one clock before its status. Pure.
 */
import { activeEvents, type CaseEvent, type CaseEventKind } from './case-events';
import { INITIAL_SERVICES_CONSENT_CITATION } from './initial-services';
import { type IsoDate } from './dates';
import { type DeadlineRule } from './deadlines';

import type { ClockAction, ClockInput, ClockPlan, ClockRule } from './case-clock';

/** Clocks beyond the deadline engine's, with their citations (case-clock.ts lists every rule). */
export const PROGRESS_REPORT_CITATION = '34 CFR 300.320(a)(3)(ii)';
export const CLOCK_ONLY_CITATIONS = {
  'progress-report': PROGRESS_REPORT_CITATION,
  'initial-services-consent': INITIAL_SERVICES_CONSENT_CITATION,
  'summary-of-performance': '34 CFR 300.305(e)(3)',
  'exit-notice': '34 CFR 300.503(a)',
  'exit-evaluation': '34 CFR 300.305(e)(1)',
} as const satisfies Record<Exclude<ClockRule, DeadlineRule>, string>;

/** A plan that was once in effect: finalized, and (since 300.300(b)) not one still waiting for, or refused, consent. */
export const finalized = (p: ClockPlan) =>
  (p.status === 'active' || p.status === 'superseded' || p.status === 'ended') && p.inEffectFrom !== null;

export const ANNUAL_BASE_PURPOSES = new Set(['initial', 'annual', 'reevaluation']);

/** One clock before its status: what the rule gives and what started and stopped it. */
export interface Clock {
  id: string;
  rule: ClockRule;
  due: IsoDate;
  citation: string;
  basis: string;
  startedOn: IsoDate | null;
  metOn: IsoDate | null;
  action: ClockAction;
  /** A wait the law itself excuses (no delay event needed), e.g. the parent's consent to initial services. */
  excused?: { reason: string; citation: string };
  estimated?: boolean;
}

/** What every clock reads: the input, its active events, and the student's IEPs by status. */
export interface ClockScope {
  input: ClockInput;
  events: readonly CaseEvent[];
  /** The first event of `kind` on or after `from` (that `pred` accepts). */
  after: (kind: CaseEventKind, from: IsoDate, pred?: (e: CaseEvent) => boolean) => CaseEvent | undefined;
  /** The last event of `kind` (that `pred` accepts). */
  latest: (kind: CaseEventKind, pred?: (e: CaseEvent) => boolean) => CaseEvent | undefined;
  activeIep: ClockPlan | undefined;
  awaitingIep: ClockPlan | undefined;
  draftIep: ClockPlan | undefined;
  /** What meets a meeting clock: the next scheduled meeting for `purpose`, else the draft IEP, else scheduling one. */
  planOrMeeting: (purpose: string) => ClockAction;
}

export const detail = (e: CaseEvent, k: string) => e.details[k];

export function clockScope(input: ClockInput): ClockScope {
  const { plans, meetings } = input;
  const events = activeEvents(input.events);
  const draftIep = plans.find((p) => p.type === 'iep' && (p.status === 'draft' || p.status === 'proposed'));
  return {
    input,
    events,
    after: (kind, from, pred = () => true) => events.find((e) => e.kind === kind && e.occurredOn >= from && pred(e)),
    latest: (kind, pred = () => true) => [...events].reverse().find((e) => e.kind === kind && pred(e)),
    activeIep: plans.find((p) => p.type === 'iep' && p.status === 'active'),
    awaitingIep: plans.find((p) => p.type === 'iep' && p.status === 'awaiting_consent'),
    draftIep,
    planOrMeeting: (purpose) => {
      const [m] = meetings
        .filter((x) => x.status === 'scheduled' && x.purpose === purpose)
        .sort((a, b) => a.date.localeCompare(b.date));
      if (m) return { kind: 'open_meeting', meetingId: m.id };
      if (draftIep) return { kind: 'open_plan', planId: draftIep.id };
      return { kind: 'schedule_meeting', purpose };
    },
  };
}
