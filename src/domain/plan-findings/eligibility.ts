/** Findings on an IEP's eligibility category that depend on the student's age. */
import { birthdayOf, type IsoDate } from '../dates';
import type { StateProfile } from '../state-profiles';
import { warn, type Finding, type StudentFactsForPlan } from './finding';
import { turnsWhy, type ProjectedPlanEnd } from './period';

/**
 * Developmental delay is a category only within the state's age range (34 CFR 300.8(b), 300.111(b)): a child who
 * will be past it while this IEP runs (or whose state does not use it) needs a reevaluation to find whether they
 * have another disability.
 */
export function developmentalDelayFindings(
  student: StudentFactsForPlan,
  profile: StateProfile,
  period: ProjectedPlanEnd,
  today: IsoDate,
): Finding[] {
  if (student.primaryDisability !== 'developmental_delay' && student.secondaryDisability !== 'developmental_delay')
    return [];
  const range = profile.developmentalDelayAges;
  if (range === null)
    return [
      warn(
        'eligibility.developmental_delay_age',
        '34 CFR 300.8(b); 300.111(b)',
        'presentLevels',
        `${profile.name} does not use developmental delay as a category: reevaluate to determine whether the child has another disability.`,
        { uses: 'no', profile: profile.name },
      ),
    ];
  const age = range.max + 1;
  const turnsOn = birthdayOf(student.dateOfBirth, age);
  if (turnsOn > period.end) return [];
  return [
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
  ];
}
