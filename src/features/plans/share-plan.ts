import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { presentPlan } from './presenter';

/** Shares a draft with the family (or withdraws it), so parents can read it before the meeting. */
export async function sharePlan(handle: DataHandle, opts: { id: string; shared: boolean }) {
  return handle.run(async (scope) => {
    const p = await scope.plans.get(opts.id);
    if (!p.abilities.share)
      throw new AppError(
        p.plan.status === 'draft' ? 'FORBIDDEN' : 'INVALID_STATE',
        'Only the case manager or an administrator shares a draft.',
      );
    await scope.plans.setShared(p.plan.id, opts.shared);
    await scope.audit({
      action: 'plan.share',
      studentId: p.plan.studentId,
      context: { planId: p.plan.id, shared: opts.shared },
    });
    return presentPlan(await scope.plans.get(p.plan.id));
  });
}
