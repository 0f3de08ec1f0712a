/**
 * The clocks of a student in special education (or being found eligible), for the case clock
 * (src/domain/case-clock.ts): initial evaluation, the first IEP meeting, the active IEP's annual review,
 * reevaluation, transition, transfer of rights and progress reports, consent to initial services and the Part C
 * transition. Each cites its rule. Pure.
 */
import { NOT_IN_VIOLATION_CITATION } from './initial-services';
import { addDays, birthdayOf, type IsoDate } from './dates';
import { calculateDeadline } from './deadlines';
import { firstIepOn, initialEvaluation, progressIntervalMonths, addMonths } from './case-record';

import type { ClockPlan } from './case-clock';
import {
  ANNUAL_BASE_PURPOSES,
  CLOCK_ONLY_CITATIONS,
  detail,
  finalized,
  PROGRESS_REPORT_CITATION,
  type Clock,
  type ClockScope,
} from './case-clock-scope';
import { disciplineClocks, meetingNoticeClocks, safeguardsNoticeClock } from './case-clock-procedures';

/** The clocks of a student in special education (or being found eligible), in the order they are listed. */
export function ideaClocks(s: ClockScope): Clock[] {
  return [
    ...initialEvaluationClock(s),
    ...initialIepMeetingClock(s),
    ...(s.activeIep ? activeIepClocks(s, s.activeIep) : []),
    ...initialServicesConsentClock(s),
    ...partCTransitionClock(s),
    ...safeguardsNoticeClock(s),
    ...meetingNoticeClocks(s),
    ...disciplineClocks(s),
  ];
}

/** Initial evaluation: from parental consent to evaluate (300.301(c)); met when the evaluation is completed. */
function initialEvaluationClock(s: ClockScope): Clock[] {
  const { profile, calendar } = s.input;
  const consent = s.latest('consent_given', (e) => detail(e, 'consentType') === 'evaluation');
  const ie = consent ? initialEvaluation(s.events, consent, profile, calendar) : null;
  if (!consent || !ie || ie.revokedOn) return [];
  return [
    {
      id: `initial-evaluation:${consent.id}`,
      rule: 'initial-evaluation',
      due: ie.due,
      citation: ie.citation,
      basis: ie.basis,
      estimated: ie.estimated,
      startedOn: consent.occurredOn,
      metOn: ie.completedOn,
      action: { kind: 'record_event', eventKind: 'evaluation_completed', details: { reevaluation: false } },
    },
  ];
}

/** Initial IEP meeting: 30 days from the determination of eligibility (300.323(c)(1)). */
function initialIepMeetingClock(s: ClockScope): Clock[] {
  const { plans, profile, calendar } = s.input;
  const eligible = s.latest('eligibility', (e) => detail(e, 'eligible') === true);
  if (!eligible) return [];
  const d = calculateDeadline({ rule: 'initial-iep-meeting', from: eligible.occurredOn, profile, calendar });
  const meeting = s.after('iep_meeting', eligible.occurredOn);
  const planMeeting = plans
    .filter(
      (p) =>
        p.type === 'iep' &&
        finalized(p) &&
        !p.amendmentOf &&
        p.meetingDate !== null &&
        p.meetingDate >= eligible.occurredOn,
    )
    .flatMap((p) => p.meetingDate ?? [])
    .sort()[0];
  const metOn = [meeting?.occurredOn, planMeeting].filter((x): x is string => Boolean(x)).sort()[0] ?? null;
  return [
    {
      id: `initial-iep-meeting:${eligible.id}`,
      rule: 'initial-iep-meeting',
      due: d.due,
      citation: d.citation,
      basis: d.basis,
      startedOn: eligible.occurredOn,
      metOn,
      action: s.planOrMeeting('initial'),
    },
  ];
}

/** The clocks an IEP in effect keeps running: its review, reevaluation, transition, majority and progress reports. */
function activeIepClocks(s: ClockScope, activeIep: ClockPlan): Clock[] {
  // Transition content and the majority notice fall in the IEP in effect (to its end, or a year from today).
  const coveredUntil = activeIep.endDate ?? addDays(s.input.today, 365);
  return [
    ...annualReviewClock(s),
    ...reevaluationClock(s),
    ...transitionPlanClock(s, activeIep, coveredUntil),
    ...ageOfMajorityNoticeClock(s, coveredUntil),
    ...progressReportClock(s, activeIep),
  ];
}

/** Annual review: within 12 months of the last IEP meeting that wrote the IEP (amendments do not restart it). */
function annualReviewClock(s: ClockScope): Clock[] {
  const { plans, profile, calendar, today } = s.input;
  const bases = [
    ...plans
      .filter((p) => p.type === 'iep' && finalized(p) && !p.amendmentOf && p.meetingDate)
      .flatMap((p) => p.meetingDate ?? []),
    ...s.events
      .filter((e) => e.kind === 'iep_meeting' && ANNUAL_BASE_PURPOSES.has(String(detail(e, 'purpose'))))
      .map((e) => e.occurredOn),
  ].filter((d) => d <= today);
  const base = bases.sort().at(-1);
  if (!base) return [];
  const d = calculateDeadline({ rule: 'annual-review', from: base, profile, calendar });
  return [
    {
      id: `annual-review:${base}`,
      rule: 'annual-review',
      due: d.due,
      citation: d.citation,
      basis: d.basis,
      startedOn: base,
      metOn: null,
      action: s.planOrMeeting('annual'),
    },
  ];
}

/** Reevaluation: at least every three years from the last evaluation (300.303(b)(2)). */
function reevaluationClock(s: ClockScope): Clock[] {
  const { profile, calendar } = s.input;
  const lastEval = [...s.events]
    .reverse()
    .find((e) => e.kind === 'evaluation_completed' || (e.kind === 'eligibility' && detail(e, 'eligible') === true));
  if (!lastEval) return [];
  const d = calculateDeadline({ rule: 'reevaluation', from: lastEval.occurredOn, profile, calendar });
  return [
    {
      id: `reevaluation:${lastEval.id}`,
      rule: 'reevaluation',
      due: d.due,
      citation: d.citation,
      basis: d.basis,
      startedOn: lastEval.occurredOn,
      metOn: null,
      action: { kind: 'record_event', eventKind: 'evaluation_completed', details: { reevaluation: true } },
    },
  ];
}

/** Transition content in the IEP in effect when the student turns the profile's age (300.320(b)). */
function transitionPlanClock(s: ClockScope, activeIep: ClockPlan, coveredUntil: IsoDate): Clock[] {
  const { student, plans, profile, calendar } = s.input;
  const turns = birthdayOf(student.dateOfBirth, profile.transitionAge);
  if (turns > coveredUntil) return [];
  const d = calculateDeadline({ rule: 'transition-plan', from: student.dateOfBirth, profile, calendar });
  const withTransition = plans
    .filter(
      (p) =>
        p.type === 'iep' &&
        finalized(p) &&
        p.transitionComplete &&
        (p.endDate === null || p.endDate >= turns) &&
        p.meetingDate,
    )
    .flatMap((p) => p.meetingDate ?? [])
    .sort()[0];
  return [
    {
      id: `transition-plan:${student.id}`,
      rule: 'transition-plan',
      due: d.due,
      citation: d.citation,
      basis: d.basis,
      startedOn: null,
      metOn: withTransition ?? null,
      action: { kind: 'open_plan', planId: (s.draftIep ?? activeIep).id },
    },
  ];
}

/** The student is told of the rights that transfer, one year before the age of majority (300.320(c)). */
function ageOfMajorityNoticeClock(s: ClockScope, coveredUntil: IsoDate): Clock[] {
  const { student, plans, profile, calendar, today } = s.input;
  const aom = calculateDeadline({ rule: 'age-of-majority-notice', from: student.dateOfBirth, profile, calendar });
  if (aom.due > coveredUntil || today >= birthdayOf(student.dateOfBirth, profile.ageOfMajority)) return [];
  const told = [
    s.latest('age_of_majority_notice')?.occurredOn,
    ...plans.filter(finalized).map((p) => p.ageOfMajorityInformedOn),
  ]
    .filter((x): x is string => Boolean(x))
    .sort()[0];
  return [
    {
      id: `age-of-majority-notice:${student.id}`,
      rule: 'age-of-majority-notice',
      due: aom.due,
      citation: aom.citation,
      basis: aom.basis,
      startedOn: null,
      metOn: told ?? null,
      action: { kind: 'record_event', eventKind: 'age_of_majority_notice' },
    },
  ];
}

/** Progress reports to the parents on the IEP's own schedule (300.320(a)(3)(ii)). */
function progressReportClock(s: ClockScope, activeIep: ClockPlan): Clock[] {
  const months = progressIntervalMonths(activeIep.progressFrequency);
  const start = activeIep.startDate ?? activeIep.meetingDate;
  if (months === null || !start) return [];
  const last = s.latest('progress_report', (e) => e.occurredOn >= start);
  const from = last?.occurredOn ?? start;
  const due = addMonths(from, months);
  if (activeIep.endDate && due > activeIep.endDate) return [];
  return [
    {
      id: `progress-report:${activeIep.id}:${from}`,
      rule: 'progress-report',
      due,
      citation: PROGRESS_REPORT_CITATION,
      basis: `the IEP's schedule ("${activeIep.progressFrequency}"): every ${months} month${months === 1 ? '' : 's'} from ${last ? 'the last report' : 'the start of the IEP'}`,
      startedOn: from,
      metOn: null,
      action: { kind: 'open_plan', planId: activeIep.id, section: 'progress' },
    },
  ];
}

/**
 * The first IEP waits for the parent's written consent to the initial provision of services (300.300(b)(1)): the
 * wait shows until consent comes (the IEP is then in effect) or is refused (no IEP is in effect). Past the IEP's
 * planned start it is 'delayed', not overdue: the district is not in violation while the parent has not consented
 * (300.300(b)(3)(ii)).
 */
function initialServicesConsentClock(s: ClockScope): Clock[] {
  const { awaitingIep } = s;
  if (!awaitingIep) return [];
  const from = awaitingIep.meetingDate ?? awaitingIep.startDate ?? s.input.today;
  const due = awaitingIep.startDate && awaitingIep.startDate > from ? awaitingIep.startDate : from;
  return [
    {
      id: `initial-services-consent:${awaitingIep.id}`,
      rule: 'initial-services-consent',
      due,
      citation: CLOCK_ONLY_CITATIONS['initial-services-consent'],
      basis:
        "the IEP is not in effect until the parent's written consent to the initial provision of services is recorded; services were planned to start on this day",
      startedOn: from,
      metOn: null,
      action: { kind: 'open_section', section: 'consents' },
      excused: { reason: 'awaiting_parent_consent', citation: NOT_IN_VIOLATION_CITATION },
    },
  ];
}

/** An IEP by the third birthday of a child referred from Part C (300.124(b)). */
function partCTransitionClock(s: ClockScope): Clock[] {
  const { student, plans, profile, calendar } = s.input;
  const partC = s.latest('part_c_referral');
  if (!partC) return [];
  const d = calculateDeadline({ rule: 'part-c-transition', from: student.dateOfBirth, profile, calendar });
  // Met when the first IEP is in effect (its start date), or — when the plan predates OpenIEP — its initial meeting.
  const firstIep = firstIepOn(plans, s.events);
  return [
    {
      id: `part-c-transition:${partC.id}`,
      rule: 'part-c-transition',
      due: d.due,
      citation: d.citation,
      basis: d.basis,
      startedOn: partC.occurredOn,
      metOn: firstIep ?? null,
      action: s.draftIep ? { kind: 'open_plan', planId: s.draftIep.id } : { kind: 'new_plan' },
    },
  ];
}
