import type { DataHandle } from '../../db/handle';
import { findingsOf, presentFinding } from './findings';

/** The findings of a plan the actor may see, as data, with the day they were computed for (`asOf`: "turned" or "turns"). */
export async function getFindings(handle: DataHandle, opts: { id: string }) {
  return handle.read(async (scope) => {
    const p = await scope.plans.get(opts.id);
    await scope.audit({ action: 'plan.findings', studentId: p.plan.studentId, context: { planId: p.plan.id } });
    return { data: (await findingsOf(scope, p)).map(presentFinding), asOf: scope.today };
  });
}
