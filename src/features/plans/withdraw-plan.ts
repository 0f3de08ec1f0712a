/**
 * Withdraw an open plan (a draft or a proposal) nobody will finalize: it is kept with who withdrew it, when and why,
 * never in effect, and the student may have a new open plan of its type. The version edited is required (If-Match or
 * `version`: 428 without, 412 when stale), read only once the actor may see the plan.
 */
import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { assertCurrent, expectedVersion, type VersionClaim } from '../../server/etag';
import { presentPlan } from './presenter';

export async function withdrawPlan(handle: DataHandle, opts: { id: string; claim: VersionClaim; reason: string }) {
  return handle.run(async (scope) => {
    const p = await scope.plans.get(opts.id, { forUpdate: true });
    if (!p.abilities.withdraw) {
      const open = p.plan.status === 'draft' || p.plan.status === 'proposed';
      throw new AppError(
        open ? 'FORBIDDEN' : 'INVALID_STATE',
        open
          ? 'Only the case manager or an administrator withdraws a plan.'
          : 'Only a draft or a proposal can be withdrawn.',
      );
    }
    const expected = expectedVersion(opts.claim, p.plan.id, 'this plan');
    assertCurrent(
      expected,
      p.plan.version,
      'This plan was changed since you loaded it; review the change before withdrawing it.',
    );
    await scope.plans.withdraw(p.plan, expected.version, opts.reason);
    await scope.audit({
      action: 'plan.withdraw',
      studentId: p.plan.studentId,
      context: { planId: p.plan.id, status: p.plan.status },
    });
    return presentPlan(await scope.plans.get(p.plan.id));
  });
}
