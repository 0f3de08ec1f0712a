/** The findings of a plan: the domain rules applied to its content, dates, the student and the district's state profile. */
import type { ScopedPlan } from '../../db/plans-repo';
import type { IepContent, Section504Content } from '../../domain/plan';
import { iepFindings, plan504Findings, type Finding } from '../../domain/plan-rules';
import type { StateProfile } from '../../domain/state-profiles';

/** `profile`: the district's effective profile (src/policy/actor.ts actorProfile). */
export function findingsOf(s: ScopedPlan, profile: StateProfile): Finding[] {
  const { plan, student } = s;
  if (plan.type === '504') return plan504Findings(plan.content as unknown as Section504Content, plan.dates);
  return iepFindings({
    content: plan.content as unknown as IepContent,
    dates: plan.dates,
    student: {
      dateOfBirth: student.row.dateOfBirth,
      englishLearner: student.row.englishLearner,
      primaryDisability: student.row.primaryDisability,
      secondaryDisability: student.row.secondaryDisability,
    },
    profile,
  });
}
