/**
 * Findings on a plan as it is written: each rule cites its paragraph. Errors block finalizing; warnings
 * advise. Pure: the student's facts, the state profile, the plan's dates and today are arguments.
 *
 * Each finding is data: a stable code (`rule`, listed in PLAN_FINDING_RULES), its citation, severity, the path of
 * the field it is about, and `params` — the numbers and ISO days its words need — so a reader gets it in their
 * language and tense (the web app words it from the catalogue). `message` is the same in English, for a client
 * that does not know the code.
 *
 * The rules of each section of the plan live in src/domain/plan-findings/ (one file per section, each rule with its
 * citation); this module composes them in the plan's order and is the one the other layers import.
 */
import type { IsoDate } from './dates';
import { SPECIAL_FACTORS, type IepContent, type PlanDates } from './plan';
import { assessmentsFindings } from './plan-findings/assessments';
import { iepDatesFindings } from './plan-findings/dates';
import { developmentalDelayFindings } from './plan-findings/eligibility';
import type { Finding, StudentFactsForPlan } from './plan-findings/finding';
import { goalsFindings } from './plan-findings/goals';
import { projectedPlanEnd } from './plan-findings/period';
import { esyFindings, placementFindings } from './plan-findings/placement';
import { presentLevelsFindings } from './plan-findings/present-levels';
import { servicesFindings } from './plan-findings/services';
import { specialFactorsFindings } from './plan-findings/special-factors';
import { ageOfMajorityFindings, transitionFindings } from './plan-findings/transition';
import type { StateProfile } from './state-profiles';

export type { Finding, FindingParams, Severity, StudentFactsForPlan } from './plan-findings/finding';
export { meetingDateFindings } from './plan-findings/dates';
export {
  ageOfMajorityStatementRequired,
  latestEndDate,
  PLAN_END_BASES,
  projectedPlanEnd,
  transitionRequired,
  type PlanEndBasis,
} from './plan-findings/period';
export { plan504Findings } from './plan-findings/section504';
export { SERVICE_PARTS, type ServicePart } from './plan-findings/services';

/**
 * Every code a plan finding can carry, stable: the screens word each one in every language from its params.
 * plan-rules.test.ts checks that the list is exactly what iepFindings and plan504Findings produce.
 */
export const PLAN_FINDING_RULES = [
  'dates.meeting',
  'dates.meeting_held',
  'dates.start',
  'dates.end',
  'dates.order',
  'dates.one_year',
  'dates.start_after_meeting',
  'dates.annual_review',
  'dates.annual_review_missing',
  'present_levels.academic',
  'present_levels.functional',
  'present_levels.impact',
  'present_levels.strengths',
  'present_levels.parent_concerns',
  ...SPECIAL_FACTORS.flatMap((k) => [`special_factors.${k}.considered`, `special_factors.${k}.how`] as const),
  'special_factors.limitedEnglish.expected',
  'special_factors.braille.expected',
  'special_factors.communication.expected',
  'goals.none',
  'goals.text',
  'goals.measurable',
  'goals.baseline',
  'goals.measurement',
  'goals.objectives',
  'progress_reporting.frequency',
  'services.special_education',
  'services.frequency_location_duration',
  'services.dates',
  'services.before_plan',
  'services.after_plan',
  'assessments.participation',
  'assessments.alternate_reason',
  'accommodations.testing',
  'placement.minutes',
  'placement.non_participation',
  'placement.extracurricular',
  'esy.determination',
  'esy.services',
  'transition.assessments',
  'transition.education_goal',
  'transition.employment_goal',
  'transition.independent_living',
  'transition.services',
  'transition.course_of_study',
  'transition.agencies',
  'age_of_majority.informed',
  'eligibility.developmental_delay_age',
  '504.impairment',
  '504.major_life_activities',
  '504.accommodations',
  '504.accommodation_text',
  '504.responsible_staff',
  '504.review_date',
] as const;
export type PlanFindingRule = (typeof PLAN_FINDING_RULES)[number];

export interface IepFindingsInput {
  content: IepContent;
  dates: PlanDates;
  student: StudentFactsForPlan;
  profile: StateProfile;
  /** The district's day: the age findings of a plan without dates count a year from it (projectedPlanEnd). */
  today: IsoDate;
  /** The days of the held meetings that named this plan as the one they produced (none: no meeting-date check). */
  heldMeetingDates?: readonly IsoDate[];
}

/** An IEP's findings, section by section in the plan's order (each section's rules cite their paragraphs). */
export function iepFindings({
  content: c,
  dates,
  student,
  profile,
  today,
  heldMeetingDates = [],
}: IepFindingsInput): Finding[] {
  // The age rules count from the plan's projected period, so a new draft shows them before its dates are entered.
  const period = projectedPlanEnd(dates, today);
  return [
    ...iepDatesFindings(dates, heldMeetingDates),
    ...presentLevelsFindings(c.presentLevels),
    ...specialFactorsFindings(c.specialFactors, student),
    ...goalsFindings(c),
    ...servicesFindings(c.services, dates),
    ...assessmentsFindings(c),
    ...placementFindings(c.placement),
    ...esyFindings(c.esy),
    ...transitionFindings(c.transition, student.dateOfBirth, profile, period, today),
    ...ageOfMajorityFindings(c.ageOfMajority, student.dateOfBirth, profile, period, today),
    ...developmentalDelayFindings(student, profile, period, today),
  ];
}
