import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { assertCurrent, optionalExpectedVersion, type VersionClaim } from '../../server/etag';
import { findingsOf, findingsRefusal } from './findings';
import { presentPlan } from './presenter';

/**
 * Draft → proposed: the district's offer to the family, only with no error findings left (422 lists them).
 * From now on it is immutable and kept; the team finalizes it (or starts a new draft) after the meeting.
 */
export async function proposePlan(handle: DataHandle, opts: { id: string; claim: VersionClaim }) {
  const refused = await handle.run(async (scope) => {
    const p = await scope.plans.get(opts.id, { forUpdate: true });
    if (!p.abilities.propose) {
      throw new AppError(
        p.plan.status === 'draft' ? 'FORBIDDEN' : 'INVALID_STATE',
        p.plan.status === 'draft'
          ? 'Only the case manager or an administrator proposes a plan.'
          : 'Only a draft can be proposed.',
      );
    }
    assertCurrent(
      optionalExpectedVersion(opts.claim, p.plan.id, 'this plan'),
      p.plan.version,
      'This plan was changed since you loaded it; review the change before proposing it.',
    );
    const errors = (await findingsOf(scope, p)).filter((f) => f.severity === 'error');
    if (errors.length) return errors;
    await scope.plans.propose(p.plan);
    await scope.audit({ action: 'plan.propose', studentId: p.plan.studentId, context: { planId: p.plan.id } });
    return null;
  });
  if (refused) throw findingsRefusal('proposed', refused);
  return handle.read(async (scope) => presentPlan(await scope.plans.get(opts.id)));
}
