/** The findings of a plan: the domain rules applied to its content, dates, the student, the district's state profile and today. */
import type { Scope } from '../../db/handle';
import type { ScopedPlan } from '../../db/plans-repo';
import { AppError, type RuleFinding } from '../../domain/errors';
import type { IepContent, Section504Content } from '../../domain/plan';
import { iepFindings, plan504Findings, type Finding } from '../../domain/plan-rules';
import { actorProfile } from '../../policy/actor';

/**
 * The rules on one plan as the district sees it today. The held meetings that named this plan as the one they
 * produced give the day its meeting date must be (300.324(a)); the age rules count from the birth date over the
 * plan's period, projected from today when its dates are not entered yet.
 */
export async function findingsOf(scope: Scope, s: ScopedPlan): Promise<Finding[]> {
  const { plan, student } = s;
  const heldMeetingDates = await scope.meetings.heldDatesForPlan(plan.id);
  if (plan.type === '504')
    return plan504Findings(plan.content as unknown as Section504Content, plan.dates, heldMeetingDates);
  return iepFindings({
    content: plan.content as unknown as IepContent,
    dates: plan.dates,
    student: {
      dateOfBirth: student.row.dateOfBirth,
      englishLearner: student.row.englishLearner,
      primaryDisability: student.row.primaryDisability,
      secondaryDisability: student.row.secondaryDisability,
    },
    profile: actorProfile(scope.actor),
    today: scope.today,
    heldMeetingDates,
  });
}

/** A finding as the API sends it: its code (the rule id; `rule` kept for older clients), citation, severity, path, params and the English. */
export function presentFinding(f: Finding) {
  return {
    code: f.rule,
    rule: f.rule,
    citation: f.citation,
    severity: f.severity,
    path: f.path,
    params: { ...f.params },
    message: f.message,
  };
}

/** The same, as a refused finalize or proposal carries them in its problem (`findings`). */
export const asRuleFindings = (findings: readonly Finding[]): RuleFinding[] =>
  findings.map((f) => ({
    code: f.rule,
    citation: f.citation,
    severity: f.severity,
    path: f.path,
    message: f.message,
    params: { ...f.params },
  }));

/** The 422 that refuses to finalize or propose a plan while error findings remain: each as a field error and as data. */
export function findingsRefusal(verb: 'finalized' | 'proposed', refused: readonly Finding[]): AppError {
  return new AppError(
    'RULE_VIOLATION',
    `The plan cannot be ${verb} while ${refused.length} error finding${refused.length === 1 ? '' : 's'} remain.`,
    refused.map((f) => ({ path: f.path, message: `${f.message} (${f.citation})` })),
    null,
    { findings: asRuleFindings(refused) },
  );
}
