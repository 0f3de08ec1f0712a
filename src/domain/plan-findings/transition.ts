/**
 * Findings on an IEP's transition content (300.320(b)) and transfer-of-rights statement (300.320(c)), from the
 * student's birth date and the plan's projected period, so a new draft shows them before its dates are entered.
 */
import { birthdayOf, type IsoDate } from '../dates';
import type { IepContent } from '../plan';
import type { StateProfile } from '../state-profiles';
import { blank, err, warn, type Finding, type FindingParams } from './finding';
import { ageOfMajorityStatementRequired, transitionRequired, turnsWhy, type ProjectedPlanEnd } from './period';

type Transition = IepContent['transition'];

/** Each part of the transition content, in the order found: its rule, citation, severity and words. */
const TRANSITION_PARTS: readonly {
  rule: string;
  citation: string;
  field: Exclude<keyof Transition, 'independentLivingNotAppropriate'>;
  severity: 'error' | 'warning';
  missing: (t: Transition) => boolean;
  words: (why: string) => string;
}[] = [
  {
    rule: 'transition.assessments',
    citation: '34 CFR 300.320(b)(1)',
    field: 'assessments',
    severity: 'error',
    missing: (t) => blank(t.assessments),
    words: (why) => `${why} Postsecondary goals rest on age-appropriate transition assessments: list them.`,
  },
  {
    rule: 'transition.education_goal',
    citation: '34 CFR 300.320(b)(1)',
    field: 'educationTrainingGoal',
    severity: 'error',
    missing: (t) => blank(t.educationTrainingGoal),
    words: (why) => `${why} Write a measurable postsecondary goal for education or training.`,
  },
  {
    rule: 'transition.employment_goal',
    citation: '34 CFR 300.320(b)(1)',
    field: 'employmentGoal',
    severity: 'error',
    missing: (t) => blank(t.employmentGoal),
    words: (why) => `${why} Write a measurable postsecondary goal for employment.`,
  },
  {
    rule: 'transition.independent_living',
    citation: '34 CFR 300.320(b)(1)',
    field: 'independentLivingGoal',
    severity: 'warning',
    missing: (t) => blank(t.independentLivingGoal) && !t.independentLivingNotAppropriate,
    words: () => 'Write an independent-living goal, or record that the team found one not appropriate.',
  },
  {
    rule: 'transition.services',
    citation: '34 CFR 300.320(b)(2)',
    field: 'services',
    severity: 'error',
    missing: (t) => blank(t.services),
    words: (why) => `${why} List the transition services.`,
  },
  {
    rule: 'transition.course_of_study',
    citation: '34 CFR 300.320(b)(2)',
    field: 'courseOfStudy',
    severity: 'error',
    missing: (t) => blank(t.courseOfStudy),
    words: (why) => `${why} Describe the course of study.`,
  },
  {
    rule: 'transition.agencies',
    citation: '34 CFR 300.321(b)(3)',
    field: 'agenciesInvited',
    severity: 'warning',
    missing: (t) => blank(t.agenciesInvited),
    words: () => 'Note any agency likely to provide or pay for transition services that was invited (with consent).',
  },
];

/** Transition content (300.320(b)), required in the IEP in effect when the student turns the transition age. */
export function transitionFindings(
  t: Transition,
  dateOfBirth: IsoDate,
  profile: StateProfile,
  period: ProjectedPlanEnd,
  today: IsoDate,
): Finding[] {
  if (!transitionRequired(dateOfBirth, period.end, profile)) return [];
  const turnsOn = birthdayOf(dateOfBirth, profile.transitionAge);
  const params: FindingParams = { age: profile.transitionAge, turnsOn, planEnd: period.end, endBasis: period.basis };
  const why = turnsWhy(profile.transitionAge, turnsOn, period, today);
  return TRANSITION_PARTS.filter((part) => part.missing(t)).map((part) =>
    (part.severity === 'error' ? err : warn)(
      part.rule,
      part.citation,
      `transition.${part.field}`,
      part.words(why),
      params,
    ),
  );
}

/** The statement that the student has been told of the rights that transfer at the age of majority (300.320(c)). */
export function ageOfMajorityFindings(
  ageOfMajority: IepContent['ageOfMajority'],
  dateOfBirth: IsoDate,
  profile: StateProfile,
  period: ProjectedPlanEnd,
  today: IsoDate,
): Finding[] {
  if (!ageOfMajorityStatementRequired(dateOfBirth, period.end, profile) || ageOfMajority.informed) return [];
  const age = profile.ageOfMajority - 1;
  const turnsOn = birthdayOf(dateOfBirth, age);
  return [
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
  ];
}
