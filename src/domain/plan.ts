/**
 * The content of an IEP (34 CFR 300.320, 300.324(a)(2)) and of a Section 504 plan (34 CFR 104.3(j), 104.33),
 * as plain data. Top-level keys are the sections the editor saves one at a time.
 */
import type { IsoDate } from './dates';
import type { Setting } from './placement';

export const PLAN_TYPES = ['iep', '504'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];
/**
 * draft → proposed → active → superseded | ended. A student's first IEP, finalized, is 'awaiting_consent' until the
 * parent consents to the initial provision of services (then 'active') or refuses ('consent_refused': never in
 * effect), 34 CFR 300.300(b). An open plan (a draft or a proposal) nobody will finalize is 'withdrawn': kept, never in
 * effect.
 */
export const PLAN_STATUSES = [
  'draft',
  'proposed',
  'awaiting_consent',
  'active',
  'superseded',
  'ended',
  'consent_refused',
  'withdrawn',
] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A plan still being written or offered: a student holds at most one of each type (two annual reviews at once would race). */
export const OPEN_PLAN_STATUSES = ['draft', 'proposed'] as const satisfies readonly PlanStatus[];
export const isOpenPlan = (status: PlanStatus) => (OPEN_PLAN_STATUSES as readonly PlanStatus[]).includes(status);

/**
 * The plan of a type a new draft starts from and a finalized one replaces: the one waiting for consent to initial
 * services (a revised first IEP replaces it, 300.300(b)) or else the one in effect; null when there is none.
 */
export function currentPlanOf<P extends { id: string; type: PlanType; status: PlanStatus }>(
  plans: readonly P[],
  type: PlanType,
): P | null {
  return (
    plans.find((p) => p.type === type && p.status === 'awaiting_consent') ??
    plans.find((p) => p.type === type && p.status === 'active') ??
    null
  );
}

/**
 * Whether an open plan may still be finalized: only while the plan it started from (`basedOn`, null for a plan
 * started with none current) is still the current plan of its type. Otherwise someone else's plan took effect, or
 * the one it revises ended, since the draft was started: finalizing it would silently replace work nobody compared.
 */
export function startingPlanStillCurrent(basedOn: string | null, current: { id: string } | null): boolean {
  return (current?.id ?? null) === basedOn;
}

export interface PresentLevels {
  academic: string;
  functional: string;
  strengths: string;
  parentConcerns: string;
  studentInput: string;
  impactOnGeneralCurriculum: string;
}

/** 300.324(a)(2): each factor considered (needed yes/no) and, when needed, how it is addressed. */
export interface SpecialFactor {
  needed: boolean | null;
  howAddressed: string;
}
export const SPECIAL_FACTORS = [
  'behavior',
  'limitedEnglish',
  'braille',
  'communication',
  'assistiveTechnology',
] as const;
export type SpecialFactorKey = (typeof SPECIAL_FACTORS)[number];
export type SpecialFactors = Record<SpecialFactorKey, SpecialFactor>;

export interface Goal {
  id: string;
  area: string;
  baseline: string;
  text: string;
  /** How progress toward the goal is measured (300.320(a)(3)(i)). */
  measurement: string;
  /** Short-term objectives or benchmarks (required for students on the alternate assessment, 300.320(a)(2)(ii)). */
  objectives: { id: string; text: string }[];
  /** The discipline that works on this goal (a provider edits goals of their discipline). */
  discipline: string | null;
}

export const SERVICE_KINDS = [
  'special_education',
  'related_service',
  'supplementary_aid',
  'program_modification',
  'personnel_support',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
export const SERVICE_LOCATIONS = ['general_education', 'special_education', 'other'] as const;

export interface Service {
  id: string;
  kind: ServiceKind;
  /** A code from the service catalogue, e.g. 'speech_language_therapy'. */
  service: string;
  providerRole: string;
  minutesPerSession: number | null;
  sessions: number | null;
  per: 'week' | 'month' | null;
  location: (typeof SERVICE_LOCATIONS)[number] | null;
  locationDetail: string;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  /** The discipline that delivers it (a provider edits services of their discipline). */
  discipline: string | null;
}

export interface Accommodation {
  id: string;
  kind: 'classroom' | 'testing' | 'both';
  description: string;
  /** Where it applies (classes, settings, assessments). */
  settings: string;
  /** For a 504 plan: who is responsible for providing it. */
  responsibleStaff: string;
}

export const ASSESSMENT_PARTICIPATION = ['regular', 'regular_with_accommodations', 'alternate'] as const;
export interface AssessmentParticipation {
  id: string;
  assessment: string;
  participation: (typeof ASSESSMENT_PARTICIPATION)[number] | null;
  /** Why the student cannot take the regular assessment and why the alternate is appropriate (300.320(a)(6)(ii)). */
  alternateReason: string;
}

export interface Placement {
  setting: Setting;
  regularClassMinutesPerWeek: number | null;
  schoolMinutesPerWeek: number | null;
  /** The extent the student will not participate with non-disabled peers in the regular class (300.320(a)(5)). */
  nonParticipationExplanation: string;
  /** Participation in extracurricular and nonacademic activities (300.320(a)(4)(ii), 300.117). */
  extracurricular: string;
}

export interface Esy {
  determination: 'needed' | 'not_needed' | 'deferred' | null;
  services: string;
}

export interface Transition {
  assessments: string;
  educationTrainingGoal: string;
  employmentGoal: string;
  independentLivingGoal: string;
  /** The team decided an independent-living goal is not appropriate ("where appropriate", 300.320(b)(1)). */
  independentLivingNotAppropriate: boolean;
  services: string;
  courseOfStudy: string;
  agenciesInvited: string;
}

export interface AgeOfMajority {
  informed: boolean;
  informedOn: IsoDate | null;
}

export interface ProgressReporting {
  /** How often parents get progress reports, e.g. "each quarter, with report cards" (300.320(a)(3)(ii)). */
  frequency: string;
  method: string;
}

export interface IepContent {
  presentLevels: PresentLevels;
  specialFactors: SpecialFactors;
  goals: Goal[];
  services: Service[];
  accommodations: Accommodation[];
  assessments: AssessmentParticipation[];
  placement: Placement;
  esy: Esy;
  transition: Transition;
  ageOfMajority: AgeOfMajority;
  progressReporting: ProgressReporting;
}

export interface Section504Content {
  impairment: string;
  majorLifeActivities: string[];
  accommodations: Accommodation[];
  reviewDate: IsoDate | null;
}

export interface PlanDates {
  meetingDate: IsoDate | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  nextAnnualReview: IsoDate | null;
}

export function emptyIepContent(): IepContent {
  const factor = (): SpecialFactor => ({ needed: null, howAddressed: '' });
  return {
    presentLevels: {
      academic: '',
      functional: '',
      strengths: '',
      parentConcerns: '',
      studentInput: '',
      impactOnGeneralCurriculum: '',
    },
    specialFactors: {
      behavior: factor(),
      limitedEnglish: factor(),
      braille: factor(),
      communication: factor(),
      assistiveTechnology: factor(),
    },
    goals: [],
    services: [],
    accommodations: [],
    assessments: [],
    placement: {
      setting: 'regular_school',
      regularClassMinutesPerWeek: null,
      schoolMinutesPerWeek: null,
      nonParticipationExplanation: '',
      extracurricular: '',
    },
    esy: { determination: null, services: '' },
    transition: {
      assessments: '',
      educationTrainingGoal: '',
      employmentGoal: '',
      independentLivingGoal: '',
      independentLivingNotAppropriate: false,
      services: '',
      courseOfStudy: '',
      agenciesInvited: '',
    },
    ageOfMajority: { informed: false, informedOn: null },
    progressReporting: { frequency: '', method: '' },
  };
}

export function empty504Content(): Section504Content {
  return { impairment: '', majorLifeActivities: [], accommodations: [], reviewDate: null };
}
