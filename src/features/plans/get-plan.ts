import type { DataHandle } from '../../db/handle';
import { presentPlan } from './presenter';

/** One plan, with the sections the actor may read; the read is audited with those sections. */
export async function getPlan(handle: DataHandle, opts: { id: string }) {
  return handle.read(async (scope) => {
    const p = await scope.plans.get(opts.id);
    await scope.audit({
      action: 'plan.read',
      studentId: p.plan.studentId,
      context: { planId: p.plan.id, version: p.plan.version, sections: p.abilities.viewSections },
    });
    return presentPlan(p);
  });
}
