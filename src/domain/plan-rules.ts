/**
 * Findings on a plan as it is written: each rule cites its paragraph. Errors block finalizing; warnings
 * advise. Pure: the student's facts, the state profile, the plan's dates and today are arguments.
 *
 * Each finding is data: a stable code (`rule`, listed in PLAN_FINDING_RULES), its citation, severity, the path of
 * the field it is about, and `params` — the numbers and ISO days its words need — so a reader gets it in their
 * language and tense (the web app words it from the catalogue). `message` is the same in English, for a client
 * that does not know the code.
 */
import { addDays, ageOn, birthdayOf, daysBetween, longDateEn, type IsoDate } from './dates';
import { checkGoal } from './goals';
import { environmentCode } from './placement';
import {
  SPECIAL_FACTORS,
  type IepContent,
  type PlanDates,
  type Section504Content,
  type SpecialFactorKey,
} from './plan';
import type { StateProfile } from './state-profiles';

export type Severity = 'error' | 'warning';
/** The values a finding's words need: numbers, ISO days ('YYYY-MM-DD'), codes, lists of codes. */
export type FindingParams = Record<string, string | number | boolean | null | string[]>;
export interface Finding {
  rule: string;
  citation: string;
  severity: Severity;
  /** JSON path into the plan, e.g. 'goals[2].text'. */
  path: string;
  message: string;
  params: FindingParams;
}

export interface StudentFactsForPlan {
  dateOfBirth: IsoDate;
  englishLearner: boolean;
  primaryDisability: string | null;
  secondaryDisability: string | null;
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** What a service needs (300.320(a)(7)), as the codes `services.frequency_location_duration` lists in `params.missing`. */
export const SERVICE_PARTS = ['service', 'minutes', 'frequency', 'location', 'start_date', 'end_date'] as const;
export type ServicePart = (typeof SERVICE_PARTS)[number];

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

/**
 * Transition content is required in the IEP in effect when the student turns the profile's transition age
 * (16 federally, 300.320(b)): that is, when the student reaches that age on or before the plan's end date.
 */
export function transitionRequired(
  dateOfBirth: IsoDate,
  planEnd: IsoDate,
  profile: Pick<StateProfile, 'transitionAge'>,
): boolean {
  return ageOn(dateOfBirth, planEnd) >= profile.transitionAge;
}

/**
 * The statement that the student has been told of the transfer of rights is required beginning not later than
 * one year before the age of majority (300.320(c)): when the student is (age of majority − 1) by the plan's end.
 */
export function ageOfMajorityStatementRequired(
  dateOfBirth: IsoDate,
  planEnd: IsoDate,
  profile: Pick<StateProfile, 'ageOfMajority'>,
): boolean {
  return ageOn(dateOfBirth, planEnd) >= profile.ageOfMajority - 1;
}

/** An IEP runs for at most one year: its end is no later than the day before the anniversary of its start (300.324(b)(1)(i)). */
export function latestEndDate(start: IsoDate): IsoDate {
  const [y, m, d] = [Number(start.slice(0, 4)), start.slice(5, 7), start.slice(8, 10)];
  const anniversary = m === '02' && d === '29' ? `${y + 1}-03-01` : `${y + 1}-${m}-${d}`;
  return addDays(anniversary, -1);
}

export const PLAN_END_BASES = ['end_date', 'start_date', 'meeting_date', 'today'] as const;
export type PlanEndBasis = (typeof PLAN_END_BASES)[number];

/**
 * The last day the plan will be in effect, for the age rules (300.320(b), (c)) before its dates are all entered: its
 * end date when set; else one year less a day from its start date, else from its meeting date (an IEP runs at most a
 * year, 300.324(b)(1)(i)); else one year less a day from today (a new draft). So a draft for a 16-year-old shows the
 * transition findings at once, and they follow the dates as they are typed.
 */
export function projectedPlanEnd(
  dates: Pick<PlanDates, 'meetingDate' | 'startDate' | 'endDate'>,
  today: IsoDate,
): { end: IsoDate; basis: PlanEndBasis } {
  if (dates.endDate) return { end: dates.endDate, basis: 'end_date' };
  if (dates.startDate) return { end: latestEndDate(dates.startDate), basis: 'start_date' };
  if (dates.meetingDate) return { end: latestEndDate(dates.meetingDate), basis: 'meeting_date' };
  return { end: latestEndDate(today), basis: 'today' };
}

/**
 * The plan's meeting date is the day of the held meeting that produced it (300.324(a); the annual review runs from
 * it, 300.324(b)(1)(i)): when one or more held meetings named this plan, a meeting date that is none of their days is
 * an error (the meeting sets it when marked held; this catches a date changed since, or a final plan named later).
 * No finding when no held meeting produced the plan (an amendment by written agreement, a plan from before OpenIEP).
 */
export function meetingDateFindings(
  meetingDate: IsoDate | null,
  heldOn: readonly IsoDate[],
  citation: string,
): Finding[] {
  if (!meetingDate || heldOn.length === 0 || heldOn.includes(meetingDate)) return [];
  const held = heldOn.reduce((latest, d) => (d > latest ? d : latest));
  return [
    err(
      'dates.meeting_held',
      citation,
      'dates.meetingDate',
      `The meeting that produced this plan was held on ${longDateEn(held)}; the plan gives ${longDateEn(meetingDate)} as its meeting date.`,
      {
        meetingDate,
        heldOn: held,
      },
    ),
  ];
}

function datesFindings(dates: PlanDates, heldOn: readonly IsoDate[], out: Finding[]): void {
  const { meetingDate, startDate, endDate, nextAnnualReview } = dates;
  if (!meetingDate)
    out.push(err('dates.meeting', '34 CFR 300.324(a)', 'dates.meetingDate', 'Give the date of the IEP meeting.'));
  out.push(...meetingDateFindings(meetingDate, heldOn, '34 CFR 300.324(a)'));
  if (!startDate)
    out.push(err('dates.start', '34 CFR 300.320(a)(7)', 'dates.startDate', 'Give the projected date services begin.'));
  if (!endDate)
    out.push(
      err('dates.end', '34 CFR 300.324(b)(1)(i)', 'dates.endDate', 'Give the date this IEP ends (at most one year).'),
    );
  if (startDate && endDate) {
    if (endDate < startDate)
      out.push(
        err('dates.order', '34 CFR 300.324(b)(1)(i)', 'dates.endDate', 'The end date is before the start date.', {
          startDate,
          endDate,
        }),
      );
    else if (endDate > latestEndDate(startDate)) {
      const latest = latestEndDate(startDate);
      out.push(
        err(
          'dates.one_year',
          '34 CFR 300.324(b)(1)(i)',
          'dates.endDate',
          `An IEP is reviewed at least once a year: end it no later than ${longDateEn(latest)}.`,
          { startDate, latestEnd: latest },
        ),
      );
    }
  }
  if (meetingDate && startDate && startDate < meetingDate)
    out.push(
      err(
        'dates.start_after_meeting',
        '34 CFR 300.323(c)',
        'dates.startDate',
        'Services cannot start before the meeting that decides them.',
        { meetingDate, startDate },
      ),
    );
  if (
    meetingDate &&
    nextAnnualReview &&
    daysBetween(meetingDate, nextAnnualReview) > daysBetween(meetingDate, latestEndDate(meetingDate)) + 1
  ) {
    const latest = addDays(latestEndDate(meetingDate), 1);
    out.push(
      err(
        'dates.annual_review',
        '34 CFR 300.324(b)(1)(i)',
        'dates.nextAnnualReview',
        `The next annual review must be within one year of this meeting: no later than ${longDateEn(latest)}.`,
        { meetingDate, latestReview: latest },
      ),
    );
  }
  if (!nextAnnualReview)
    out.push(
      warn(
        'dates.annual_review_missing',
        '34 CFR 300.324(b)(1)(i)',
        'dates.nextAnnualReview',
        'Set the date of the next annual review.',
      ),
    );
}

function err(rule: string, citation: string, path: string, message: string, params: FindingParams = {}): Finding {
  return { rule, citation, severity: 'error', path, message, params };
}
function warn(rule: string, citation: string, path: string, message: string, params: FindingParams = {}): Finding {
  return { rule, citation, severity: 'warning', path, message, params };
}

const FACTOR_LABEL: Record<SpecialFactorKey, string> = {
  behavior: 'behaviour that impedes learning',
  limitedEnglish: 'limited English proficiency',
  braille: 'Braille for a student who is blind or visually impaired',
  communication: 'communication needs (and, for a deaf or hard-of-hearing student, language and communication mode)',
  assistiveTechnology: 'assistive technology devices and services',
};
const FACTOR_CITATION: Record<SpecialFactorKey, string> = {
  behavior: '34 CFR 300.324(a)(2)(i)',
  limitedEnglish: '34 CFR 300.324(a)(2)(ii)',
  braille: '34 CFR 300.324(a)(2)(iii)',
  communication: '34 CFR 300.324(a)(2)(iv)',
  assistiveTechnology: '34 CFR 300.324(a)(2)(v)',
};
const SERVICE_PART_WORDS: Record<ServicePart, string> = {
  service: 'the service',
  minutes: 'minutes per session',
  frequency: 'frequency',
  location: 'location',
  start_date: 'start date',
  end_date: 'duration (end date)',
};

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

/**
 * Why an age rule applies, in English: "The student turned 16 on October 28, 2025." (a day before today) or "The
 * student turns 16 on March 3, 2027, before this IEP ends (March 1, 2027)." The params carry the same as data.
 */
function turnsWhy(
  age: number,
  turnsOn: IsoDate,
  period: { end: IsoDate; basis: PlanEndBasis },
  today: IsoDate,
): string {
  if (turnsOn < today) return `The student turned ${age} on ${longDateEn(turnsOn)}.`;
  const end =
    period.basis === 'end_date'
      ? longDateEn(period.end)
      : `about ${longDateEn(period.end)}, a year from its ${period.basis === 'today' ? 'writing' : period.basis === 'start_date' ? 'start' : 'meeting'}: no end date yet`;
  return `The student turns ${age} on ${longDateEn(turnsOn)}, before this IEP ends (${end}).`;
}

export function iepFindings({
  content: c,
  dates,
  student,
  profile,
  today,
  heldMeetingDates = [],
}: IepFindingsInput): Finding[] {
  const out: Finding[] = [];
  datesFindings(dates, heldMeetingDates, out);

  // Present levels (300.320(a)(1); 300.324(a)(1)).
  const pl = c.presentLevels;
  if (blank(pl.academic))
    out.push(
      err(
        'present_levels.academic',
        '34 CFR 300.320(a)(1)',
        'presentLevels.academic',
        'Describe the present levels of academic achievement.',
      ),
    );
  if (blank(pl.functional))
    out.push(
      err(
        'present_levels.functional',
        '34 CFR 300.320(a)(1)',
        'presentLevels.functional',
        'Describe the present levels of functional performance.',
      ),
    );
  if (blank(pl.impactOnGeneralCurriculum))
    out.push(
      err(
        'present_levels.impact',
        '34 CFR 300.320(a)(1)(i)',
        'presentLevels.impactOnGeneralCurriculum',
        "Say how the disability affects the child's involvement and progress in the general education curriculum.",
      ),
    );
  if (blank(pl.strengths))
    out.push(
      warn(
        'present_levels.strengths',
        '34 CFR 300.324(a)(1)(i)',
        'presentLevels.strengths',
        "The team must consider the child's strengths.",
      ),
    );
  if (blank(pl.parentConcerns))
    out.push(
      warn(
        'present_levels.parent_concerns',
        '34 CFR 300.324(a)(1)(ii)',
        'presentLevels.parentConcerns',
        "The team must consider the parents' concerns for enhancing their child's education.",
      ),
    );

  // Special factors (300.324(a)(2)).
  const factorRequiredYes: Partial<Record<SpecialFactorKey, boolean>> = {
    limitedEnglish: student.englishLearner,
    braille:
      student.primaryDisability === 'visual_impairment' ||
      student.secondaryDisability === 'visual_impairment' ||
      student.primaryDisability === 'deaf_blindness',
    communication: ['deafness', 'hearing_impairment', 'deaf_blindness', 'speech_language_impairment'].includes(
      student.primaryDisability ?? '',
    ),
  };
  for (const key of Object.keys(FACTOR_LABEL) as SpecialFactorKey[]) {
    const f = c.specialFactors[key];
    const path = `specialFactors.${key}`;
    const factor = { factor: key };
    if (f.needed === null)
      out.push(
        err(
          `special_factors.${key}.considered`,
          FACTOR_CITATION[key],
          `${path}.needed`,
          `Record whether the team considered ${FACTOR_LABEL[key]} and whether it is needed.`,
          factor,
        ),
      );
    else if (f.needed && blank(f.howAddressed))
      out.push(
        err(
          `special_factors.${key}.how`,
          FACTOR_CITATION[key],
          `${path}.howAddressed`,
          `Say how ${FACTOR_LABEL[key]} will be addressed.`,
          factor,
        ),
      );
    if (factorRequiredYes[key] && f.needed === false)
      out.push(
        warn(
          `special_factors.${key}.expected`,
          FACTOR_CITATION[key],
          `${path}.needed`,
          `The student's record suggests ${FACTOR_LABEL[key]} applies; confirm the team's decision.`,
          factor,
        ),
      );
  }

  // Goals (300.320(a)(2), (a)(3)).
  const alternate = c.assessments.some((a) => a.participation === 'alternate');
  if (c.goals.length === 0)
    out.push(err('goals.none', '34 CFR 300.320(a)(2)(i)', 'goals', 'An IEP needs measurable annual goals.'));
  c.goals.forEach((g, i) => {
    const p = `goals[${i}]`;
    if (blank(g.text)) out.push(err('goals.text', '34 CFR 300.320(a)(2)(i)', `${p}.text`, 'Write the annual goal.'));
    else {
      const check = checkGoal(g.text);
      if (!check.measurable)
        out.push(
          err(
            'goals.measurable',
            '34 CFR 300.320(a)(2)(i)',
            `${p}.text`,
            `This goal is not measurable yet: missing ${check.missing.join(', ')}.${check.vagueVerbs.length ? ` "${check.vagueVerbs.join('", "')}" cannot be observed.` : ''}`,
            {
              missing: [...check.missing],
              vagueVerbs: [...check.vagueVerbs],
            },
          ),
        );
    }
    if (blank(g.baseline))
      out.push(
        warn(
          'goals.baseline',
          '34 CFR 300.320(a)(1)',
          `${p}.baseline`,
          'Give a baseline from the present levels, so progress can be measured against it.',
        ),
      );
    if (blank(g.measurement))
      out.push(
        err(
          'goals.measurement',
          '34 CFR 300.320(a)(3)(i)',
          `${p}.measurement`,
          'Say how progress toward this goal will be measured.',
        ),
      );
    if (alternate && g.objectives.filter((o) => !blank(o.text)).length === 0)
      out.push(
        err(
          'goals.objectives',
          '34 CFR 300.320(a)(2)(ii)',
          `${p}.objectives`,
          'A student who takes the alternate assessment needs short-term objectives or benchmarks for each goal.',
        ),
      );
  });
  if (blank(c.progressReporting.frequency))
    out.push(
      err(
        'progress_reporting.frequency',
        '34 CFR 300.320(a)(3)(ii)',
        'progressReporting.frequency',
        'Say when periodic reports on progress will be provided to the parents.',
      ),
    );

  // Services (300.320(a)(4), (a)(7)).
  if (!c.services.some((s) => s.kind === 'special_education'))
    out.push(
      err(
        'services.special_education',
        '34 CFR 300.320(a)(4)',
        'services',
        'An IEP states the special education (specially designed instruction) the child will receive.',
      ),
    );
  c.services.forEach((s, i) => {
    const p = `services[${i}]`;
    const missing: ServicePart[] = [];
    if (!s.minutesPerSession || s.minutesPerSession <= 0) missing.push('minutes');
    if (!s.sessions || s.sessions <= 0 || !s.per) missing.push('frequency');
    if (!s.location || (s.location === 'other' && blank(s.locationDetail))) missing.push('location');
    if (!s.startDate) missing.push('start_date');
    if (!s.endDate) missing.push('end_date');
    if (blank(s.service)) missing.push('service');
    if (missing.length)
      out.push(
        err(
          'services.frequency_location_duration',
          '34 CFR 300.320(a)(7)',
          p,
          `This service needs ${missing.map((m) => SERVICE_PART_WORDS[m]).join(', ')}.`,
          { missing },
        ),
      );
    if (s.startDate && s.endDate && s.endDate < s.startDate)
      out.push(
        err('services.dates', '34 CFR 300.320(a)(7)', `${p}.endDate`, 'The service ends before it starts.', {
          startDate: s.startDate,
          endDate: s.endDate,
        }),
      );
    if (s.startDate && dates.startDate && s.startDate < dates.startDate)
      out.push(
        warn(
          'services.before_plan',
          '34 CFR 300.320(a)(7)',
          `${p}.startDate`,
          `The service starts on ${longDateEn(s.startDate)}, before the IEP does (${longDateEn(dates.startDate)}).`,
          { startDate: s.startDate, planStart: dates.startDate },
        ),
      );
    if (s.endDate && dates.endDate && s.endDate > dates.endDate)
      out.push(
        warn(
          'services.after_plan',
          '34 CFR 300.320(a)(7)',
          `${p}.endDate`,
          `The service continues to ${longDateEn(s.endDate)}, after the IEP ends (${longDateEn(dates.endDate)}).`,
          { endDate: s.endDate, planEnd: dates.endDate },
        ),
      );
  });

  // Assessments (300.320(a)(6)).
  c.assessments.forEach((a, i) => {
    const p = `assessments[${i}]`;
    if (!a.participation)
      out.push(
        err(
          'assessments.participation',
          '34 CFR 300.320(a)(6)(i)',
          `${p}.participation`,
          'Say how the student takes this assessment.',
        ),
      );
    if (a.participation === 'alternate' && blank(a.alternateReason))
      out.push(
        err(
          'assessments.alternate_reason',
          '34 CFR 300.320(a)(6)(ii)',
          `${p}.alternateReason`,
          'Say why the student cannot take the regular assessment and why the alternate is appropriate.',
        ),
      );
  });
  if (
    c.assessments.some((a) => a.participation === 'regular_with_accommodations') &&
    !c.accommodations.some((a) => a.kind !== 'classroom')
  )
    out.push(
      err(
        'accommodations.testing',
        '34 CFR 300.320(a)(6)(i)',
        'accommodations',
        'The student takes an assessment with accommodations: list the testing accommodations.',
      ),
    );

  // Placement and least restrictive environment (300.320(a)(5), 300.114).
  const pm = c.placement;
  if (pm.setting === 'regular_school') {
    if (
      pm.regularClassMinutesPerWeek === null ||
      pm.schoolMinutesPerWeek === null ||
      environmentCode(pm.setting, pm.regularClassMinutesPerWeek, pm.schoolMinutesPerWeek) === null
    )
      out.push(
        err(
          'placement.minutes',
          '34 CFR 300.320(a)(5)',
          'placement',
          'Give the minutes in the regular class and the minutes of the school week (regular-class minutes cannot exceed the week).',
        ),
      );
  }
  const removed =
    pm.setting !== 'regular_school' ||
    (pm.regularClassMinutesPerWeek !== null &&
      pm.schoolMinutesPerWeek !== null &&
      pm.regularClassMinutesPerWeek < pm.schoolMinutesPerWeek);
  if (removed && blank(pm.nonParticipationExplanation))
    out.push(
      err(
        'placement.non_participation',
        '34 CFR 300.320(a)(5)',
        'placement.nonParticipationExplanation',
        'Explain the extent, if any, to which the child will not participate with non-disabled children in the regular class.',
      ),
    );
  if (blank(pm.extracurricular))
    out.push(
      warn(
        'placement.extracurricular',
        '34 CFR 300.117',
        'placement.extracurricular',
        'Say how the child will take part in extracurricular and nonacademic activities with non-disabled peers.',
      ),
    );

  if (c.esy.determination === null)
    out.push(
      warn(
        'esy.determination',
        '34 CFR 300.106',
        'esy.determination',
        'Record whether extended school year services are needed.',
      ),
    );
  if (c.esy.determination === 'needed' && blank(c.esy.services))
    out.push(err('esy.services', '34 CFR 300.106', 'esy.services', 'Describe the extended school year services.'));

  // Transition (300.320(b)) and transfer of rights (300.320(c)): from the birth date and the plan's projected period, so
  // a new draft shows them before its dates are entered.
  const period = projectedPlanEnd(dates, today);
  if (transitionRequired(student.dateOfBirth, period.end, profile)) {
    const t = c.transition;
    const turnsOn = birthdayOf(student.dateOfBirth, profile.transitionAge);
    const params: FindingParams = { age: profile.transitionAge, turnsOn, planEnd: period.end, endBasis: period.basis };
    const why = turnsWhy(profile.transitionAge, turnsOn, period, today);
    if (blank(t.assessments))
      out.push(
        err(
          'transition.assessments',
          '34 CFR 300.320(b)(1)',
          'transition.assessments',
          `${why} Postsecondary goals rest on age-appropriate transition assessments: list them.`,
          params,
        ),
      );
    if (blank(t.educationTrainingGoal))
      out.push(
        err(
          'transition.education_goal',
          '34 CFR 300.320(b)(1)',
          'transition.educationTrainingGoal',
          `${why} Write a measurable postsecondary goal for education or training.`,
          params,
        ),
      );
    if (blank(t.employmentGoal))
      out.push(
        err(
          'transition.employment_goal',
          '34 CFR 300.320(b)(1)',
          'transition.employmentGoal',
          `${why} Write a measurable postsecondary goal for employment.`,
          params,
        ),
      );
    if (blank(t.independentLivingGoal) && !t.independentLivingNotAppropriate)
      out.push(
        warn(
          'transition.independent_living',
          '34 CFR 300.320(b)(1)',
          'transition.independentLivingGoal',
          'Write an independent-living goal, or record that the team found one not appropriate.',
          params,
        ),
      );
    if (blank(t.services))
      out.push(
        err(
          'transition.services',
          '34 CFR 300.320(b)(2)',
          'transition.services',
          `${why} List the transition services.`,
          params,
        ),
      );
    if (blank(t.courseOfStudy))
      out.push(
        err(
          'transition.course_of_study',
          '34 CFR 300.320(b)(2)',
          'transition.courseOfStudy',
          `${why} Describe the course of study.`,
          params,
        ),
      );
    if (blank(t.agenciesInvited))
      out.push(
        warn(
          'transition.agencies',
          '34 CFR 300.321(b)(3)',
          'transition.agenciesInvited',
          'Note any agency likely to provide or pay for transition services that was invited (with consent).',
          params,
        ),
      );
  }
  if (ageOfMajorityStatementRequired(student.dateOfBirth, period.end, profile) && !c.ageOfMajority.informed) {
    const age = profile.ageOfMajority - 1;
    const turnsOn = birthdayOf(student.dateOfBirth, age);
    out.push(
      err(
        'age_of_majority.informed',
        '34 CFR 300.320(c)',
        'ageOfMajority.informed',
        `${turnsWhy(age, turnsOn, period, today)} State that the student has been told of the rights that transfer to them at ${profile.ageOfMajority}.`,
        {
          age,
          turnsOn,
          ageOfMajority: profile.ageOfMajority,
          planEnd: period.end,
          endBasis: period.basis,
        },
      ),
    );
  }

  // Developmental delay is a category only within the state's age range (34 CFR 300.8(b), 300.111(b)): a child who
  // will be past it while this IEP runs (or whose state does not use it) needs a reevaluation to find whether they
  // have another disability.
  if (student.primaryDisability === 'developmental_delay' || student.secondaryDisability === 'developmental_delay') {
    const range = profile.developmentalDelayAges;
    if (range === null) {
      out.push(
        warn(
          'eligibility.developmental_delay_age',
          '34 CFR 300.8(b); 300.111(b)',
          'presentLevels',
          `${profile.name} does not use developmental delay as a category: reevaluate to determine whether the child has another disability.`,
          { uses: 'no', profile: profile.name },
        ),
      );
    } else {
      const age = range.max + 1;
      const turnsOn = birthdayOf(student.dateOfBirth, age);
      if (turnsOn <= period.end)
        out.push(
          warn(
            'eligibility.developmental_delay_age',
            '34 CFR 300.8(b); 300.111(b)',
            'presentLevels',
            `${turnsWhy(age, turnsOn, period, today)} Developmental delay applies only through age ${range.max} (${profile.name}): reevaluate to determine whether the child has another disability.`,
            {
              uses: 'yes',
              age,
              turnsOn,
              max: range.max,
              profile: profile.name,
              planEnd: period.end,
              endBasis: period.basis,
            },
          ),
        );
    }
  }

  return out;
}

/** A Section 504 plan's findings; `heldMeetingDates` as for an IEP (the days of the held meetings that produced it). */
export function plan504Findings(
  c: Section504Content,
  dates: PlanDates,
  heldMeetingDates: readonly IsoDate[] = [],
): Finding[] {
  const out: Finding[] = [];
  if (blank(c.impairment))
    out.push(err('504.impairment', '34 CFR 104.3(j)(1)', 'impairment', 'Name the physical or mental impairment.'));
  if (c.majorLifeActivities.filter((a) => !blank(a)).length === 0)
    out.push(
      err(
        '504.major_life_activities',
        '34 CFR 104.3(j)(2)(ii)',
        'majorLifeActivities',
        'Name the major life activities the impairment substantially limits.',
      ),
    );
  if (c.accommodations.length === 0)
    out.push(
      err(
        '504.accommodations',
        '34 CFR 104.33(b)',
        'accommodations',
        'List the accommodations and services the student needs.',
      ),
    );
  c.accommodations.forEach((a, i) => {
    if (blank(a.description))
      out.push(
        err(
          '504.accommodation_text',
          '34 CFR 104.33(b)',
          `accommodations[${i}].description`,
          'Describe the accommodation.',
        ),
      );
    if (blank(a.responsibleStaff))
      out.push(
        warn(
          '504.responsible_staff',
          '34 CFR 104.33(b)',
          `accommodations[${i}].responsibleStaff`,
          'Name who is responsible for providing it.',
        ),
      );
  });
  if (!dates.meetingDate)
    out.push(
      err(
        'dates.meeting',
        '34 CFR 104.35(c)',
        'dates.meetingDate',
        'Give the date of the meeting that decided this plan.',
      ),
    );
  out.push(...meetingDateFindings(dates.meetingDate, heldMeetingDates, '34 CFR 104.35(c)'));
  if (!c.reviewDate)
    out.push(
      warn(
        '504.review_date',
        '34 CFR 104.35(d)',
        'reviewDate',
        'Set a date to review the plan (periodic reevaluation).',
      ),
    );
  return out;
}
