import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { diffPlans } from '../../domain/plan-diff';

/**
 * What changed between two plans of one student: by default, an amendment against the plan it amends.
 * Only sections the caller may view of both plans are compared.
 */
export async function planChanges(handle: DataHandle, opts: { id: string; against?: string | undefined }) {
  return handle.read(async (scope) => {
    const after = await scope.plans.get(opts.id);
    const againstId = opts.against ?? after.plan.amendmentOf;
    if (!againstId)
      throw new AppError('VALIDATION_FAILED', 'This plan amends no other; say which plan to compare with.', [
        { path: 'query.against', message: 'Required for a plan that is not an amendment.' },
      ]);
    const before = await scope.plans.get(againstId);
    if (before.plan.studentId !== after.plan.studentId) {
      throw new AppError('VALIDATION_FAILED', 'Compare plans of the same student.', [
        { path: 'query.against', message: 'A plan of another student.' },
      ]);
    }
    const visible = after.abilities.viewSections.filter((s) => before.abilities.viewSections.includes(s));
    const pick = (c: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(c).filter(([k]) => visible.includes(k as never)));
    const changes = diffPlans(
      { dates: visible.includes('dates') ? { ...before.plan.dates } : {}, content: pick(before.plan.content) },
      { dates: visible.includes('dates') ? { ...after.plan.dates } : {}, content: pick(after.plan.content) },
    );
    await scope.audit({
      action: 'plan.history',
      studentId: after.plan.studentId,
      context: { planId: after.plan.id, against: before.plan.id },
    });
    return { against: before.plan.id, data: changes };
  });
}
