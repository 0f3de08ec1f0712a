/**
 * Case events: the dated facts on a student's record that start and stop the legal clocks (src/domain/deadlines.ts).
 * Pure. Each kind names the details it carries; the API validates them (src/api/case.ts).
 */
import type { DeadlineRule } from './deadlines';
import { dueProcessMayOverride } from './initial-services';
import { ageOn, type IsoDate } from './dates';
import { developmentalDelayAllowed } from './disability';
import type { StateProfile } from './state-profiles';

export const CONSENT_TYPES = ['evaluation', 'initial_services', 'reevaluation', 'release_of_information'] as const;
export type ConsentType = (typeof CONSENT_TYPES)[number];

export const REFERRAL_SOURCES = [
  'parent',
  'teacher',
  'school_team',
  'physician',
  'part_c',
  'student',
  'other',
] as const;
export const MEETING_PURPOSES = [
  'initial',
  'annual',
  'amendment',
  'reevaluation',
  'transition',
  'manifestation_determination',
  'other',
] as const;
export type MeetingPurpose = (typeof MEETING_PURPOSES)[number];
export const EXIT_REASONS = [
  'graduated_regular_diploma',
  'alternate_diploma',
  'certificate',
  'reached_maximum_age',
  'no_longer_eligible',
  'moved_known_to_continue',
  'dropped_out',
  'parent_revoked_consent',
  'deceased',
  'other',
] as const;

export const CASE_EVENT_KINDS = [
  'referral', // { source }
  'part_c_referral', // { program?, partCEligibleOn? } referred from early intervention (Part C) to Part B: the IEP by the third birthday
  'safeguards_notice', // procedural safeguards notice given (300.504)
  'consent_requested', // { consentType }
  'consent_given', // { consentType }
  'consent_refused', // { consentType }
  'consent_revoked', // { consentType }
  'evaluation_planned', // { areas? }
  'evaluation_completed', // { reevaluation: boolean, reportSharedOn? }
  'eligibility', // { eligible: boolean, categories: string[], referredTo504: boolean }
  'iep_meeting', // { purpose, meetingId? }
  'progress_report', // { planId? }
  'age_of_majority_notice', // the student was told of the rights that transfer (300.320(c))
  'records_request', // { requestedBy } — a parent asked to inspect records (300.613)
  'records_provided', // { requestId }
  // Discipline (src/domain/discipline.ts; recorded through the discipline API only). The event's date is the day decided.
  'disciplinary_removal', // { type, firstDay, lastDay, inSchool?, bus?, specialCircumstance?, behavior? } — old: { days } (read as an out-of-school suspension)
  'pattern_determination', // { pattern, removalIds, substantiallySimilarBehavior, lengthOfRemovals, totalTimeRemoved, proximity, determinedBy } (300.536)
  'discipline_notice', // { decisionId, safeguardsNoticeProvided, method? } — parents notified of a change of placement (300.530(h))
  'mdr_held', // { decisionId, causedByDisability, failureToImplementIep, manifestation, behaviorPlan?, placement?, returnedOn?, remedySteps? } — old: { removalId?, manifestation }
  'state_complaint_filed',
  'state_complaint_decided',
  'due_process_filed', // { filedBy?, overridesConsent? } — who filed; a district may not override a refusal of initial services (300.300(b)(3)(i))
  'resolution_meeting_scheduled', // { scheduledFor } — records are provided before it (300.613(a))
  'resolution_meeting_held',
  'hearing_scheduled', // { scheduledFor } — a due process hearing date: records are provided before it (300.613(a))
  'due_process_decided',
  'delay', // { rule, reason, note } — why a clock ran past its date
  'exit', // { reason }
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

export interface CaseEvent {
  id: string;
  kind: CaseEventKind;
  occurredOn: IsoDate;
  details: Record<string, unknown>;
  /** When the event was recorded (ISO timestamp) — orders events of the same day. */
  recordedAt: string;
  voided: boolean;
}

/**
 * Reasons a clock may run past its date. `allowedFor` lists the rules where the law excuses the delay: the
 * deadline then shows as "delayed" (still visible), not overdue. Any other reason is recorded but excuses nothing.
 * `stateOption` names a state-profile option the excuse depends on (it excuses nothing where the state lacks it).
 */
export const DELAY_REASONS = {
  parent_did_not_produce_child: { allowedFor: ['initial-evaluation'], citation: '34 CFR 300.301(d)(1)' },
  child_enrolled_in_another_district: { allowedFor: ['initial-evaluation'], citation: '34 CFR 300.301(d)(2), (e)' },
  parent_refused_consent_delayed_part_c: {
    allowedFor: ['part-c-transition'],
    citation: 'SPP/APR indicator 12 (d); 34 CFR 300.124(b)',
  },
  part_c_referred_less_than_90_days: {
    allowedFor: ['part-c-transition'],
    citation: 'SPP/APR indicator 12 (e); 34 CFR 300.124(b)',
  },
  parent_chose_part_c_past_age_three: {
    allowedFor: ['part-c-transition'],
    citation: 'SPP/APR indicator 12 (f); 34 CFR 303.211',
    stateOption: 'partCServicesPastAgeThree',
  },
  parent_and_district_agree_not_needed: { allowedFor: ['reevaluation'], citation: '34 CFR 300.303(b)(2)' },
  hearing_officer_extension: { allowedFor: ['due-process-decision'], citation: '34 CFR 300.515(c)' },
  complaint_extension_exceptional: { allowedFor: ['state-complaint'], citation: '34 CFR 300.152(b)(1)' },
  parent_requested_reschedule: { allowedFor: [], citation: '' },
  staff_unavailable: { allowedFor: [], citation: '' },
  other: { allowedFor: [], citation: '' },
} as const satisfies Record<
  string,
  { allowedFor: readonly DeadlineRule[]; citation: string; stateOption?: 'partCServicesPastAgeThree' }
>;
export type DelayReason = keyof typeof DELAY_REASONS;
export const DELAY_REASON_CODES = Object.keys(DELAY_REASONS) as DelayReason[];

/** Whether `reason` excuses a delay of `rule` — under `profile` when the excuse is a state option (no profile: not excused). */
export function delayAllowed(reason: string, rule: string, profile?: StateProfile): boolean {
  const r = (
    DELAY_REASONS as Record<string, { allowedFor: readonly string[]; stateOption?: 'partCServicesPastAgeThree' }>
  )[reason];
  if (!r || !r.allowedFor.includes(rule)) return false;
  return r.stateOption ? profile?.[r.stateOption].offered === true : true;
}

/** The citation of a delay reason ('' when it excuses nothing). */
export function delayCitation(reason: string): string {
  return (DELAY_REASONS as Record<string, { citation: string }>)[reason]?.citation ?? '';
}

/** Events in the order they happened (date, then when recorded); voided events are left out. */
export function activeEvents(events: readonly CaseEvent[]): CaseEvent[] {
  return events
    .filter((e) => !e.voided)
    .sort((a, b) =>
      a.occurredOn === b.occurredOn
        ? a.recordedAt.localeCompare(b.recordedAt)
        : a.occurredOn.localeCompare(b.occurredOn),
    );
}

type CaseEventInput = { kind: CaseEventKind; occurredOn: IsoDate; details: Record<string, unknown> };
interface CaseEventContext {
  today: IsoDate;
  dateOfBirth: IsoDate;
  profile?: Pick<StateProfile, 'name' | 'developmentalDelayAges'>;
}
type CaseEventIssue = { path: string; message: string };

/**
 * Developmental delay is a category only within the state's age range, on the day of the determination (300.8(b),
 * 300.111(b)); a state that does not use it has no range.
 */
function developmentalDelayIssues(e: CaseEventInput, ctx: CaseEventContext): CaseEventIssue[] {
  if (!(
    e.kind === 'eligibility' &&
    e.details.eligible === true &&
    ctx.profile &&
    Array.isArray(e.details.categories) &&
    e.details.categories.includes('developmental_delay')
  ))
    return [];
  const age = ageOn(ctx.dateOfBirth, e.occurredOn);
  const range = ctx.profile.developmentalDelayAges;
  if (developmentalDelayAllowed(age, range)) return [];
  return [
    {
      path: 'details.categories',
      message: range
        ? `Developmental delay applies to children aged ${range.min} through ${range.max} (${ctx.profile.name}); this child was ${age} on ${e.occurredOn} (34 CFR 300.8(b), 300.111(b)).`
        : `${ctx.profile.name} does not use developmental delay as a category (34 CFR 300.111(b)).`,
    },
  ];
}

/** A case event is a fact: not dated in the future, nor before the student was born. */
function occurredOnIssues(e: CaseEventInput, ctx: CaseEventContext): CaseEventIssue[] {
  const out: CaseEventIssue[] = [];
  if (e.occurredOn > ctx.today)
    out.push({
      path: 'occurredOn',
      message: `A case event records what happened: ${e.occurredOn} is after today (${ctx.today}).`,
    });
  if (e.occurredOn < ctx.dateOfBirth)
    out.push({ path: 'occurredOn', message: 'The date is before the student was born.' });
  return out;
}

/** An eligible student has a category (300.306(c)) and an IEP, not a referral to a 504 plan. */
function eligibilityIssues(e: CaseEventInput): CaseEventIssue[] {
  if (e.kind !== 'eligibility' || e.details.eligible !== true) return [];
  const out: CaseEventIssue[] = [];
  if (!Array.isArray(e.details.categories) || e.details.categories.length === 0)
    out.push({
      path: 'details.categories',
      message: 'An eligible student is eligible under at least one disability category (34 CFR 300.306(c)).',
    });
  if (e.details.referredTo504 === true)
    out.push({
      path: 'details.referredTo504',
      message: 'A student found eligible under IDEA is served by an IEP, not referred to a 504 plan.',
    });
  return out;
}

/** A district's due process may override only the refusals the law allows; a meeting is scheduled ahead, not back. */
function disputeIssues(e: CaseEventInput): CaseEventIssue[] {
  const out: CaseEventIssue[] = [];
  if (
    e.kind === 'due_process_filed' &&
    e.details.filedBy === 'district' &&
    typeof e.details.overridesConsent === 'string'
  ) {
    const rule = (CONSENT_TYPES as readonly string[]).includes(e.details.overridesConsent)
      ? dueProcessMayOverride(e.details.overridesConsent as ConsentType)
      : null;
    if (rule && !rule.allowed)
      out.push({
        path: 'details.overridesConsent',
        message: `The district may not use due process to override a parent's refusal of this consent (${rule.citation}).`,
      });
  }
  if (
    (e.kind === 'resolution_meeting_scheduled' || e.kind === 'hearing_scheduled') &&
    typeof e.details.scheduledFor === 'string' &&
    e.details.scheduledFor < e.occurredOn
  ) {
    out.push({
      path: 'details.scheduledFor',
      message: 'A meeting or hearing is scheduled for a day on or after the day it was scheduled.',
    });
  }
  return out;
}

/** The dates an event's details carry: Part C eligibility before the referral, a report shared after the evaluation. */
function detailDateIssues(e: CaseEventInput, ctx: CaseEventContext): CaseEventIssue[] {
  const out: CaseEventIssue[] = [];
  if (e.kind === 'part_c_referral' && typeof e.details.partCEligibleOn === 'string') {
    // The date the child was found eligible for Part C early intervention: SPP/APR indicator 12 (e) counts back from it.
    if (e.details.partCEligibleOn > e.occurredOn)
      out.push({
        path: 'details.partCEligibleOn',
        message:
          'A child is found eligible for Part C before being referred on to Part B: the date is after the referral.',
      });
    if (e.details.partCEligibleOn < ctx.dateOfBirth)
      out.push({ path: 'details.partCEligibleOn', message: 'The date is before the child was born.' });
  }
  if (
    e.kind === 'evaluation_completed' &&
    typeof e.details.reportSharedOn === 'string' &&
    e.details.reportSharedOn < e.occurredOn
  ) {
    out.push({
      path: 'details.reportSharedOn',
      message: 'The report is shared with the parents on or after the evaluation is completed (34 CFR 300.306(a)(2)).',
    });
  }
  return out;
}

/**
 * Content rules for an event, beyond its shape: a case event is a fact, so it is not dated in the future or
 * before the student was born; an eligibility finding names its categories; a delay names a reason.
 */
export function validateCaseEvent(e: CaseEventInput, ctx: CaseEventContext): CaseEventIssue[] {
  return [
    ...developmentalDelayIssues(e, ctx),
    ...occurredOnIssues(e, ctx),
    ...eligibilityIssues(e),
    ...disputeIssues(e),
    ...detailDateIssues(e, ctx),
  ];
}
