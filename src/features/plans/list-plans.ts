import type { DataHandle } from '../../db/handle';
import { presentPlanSummary } from './presenter';

/** A student's plans the actor may see, newest first. */
export async function listPlans(handle: DataHandle, opts: { studentId: string }) {
  return handle.read(async (scope) => {
    const student = await scope.students.get(opts.studentId);
    const plans = await scope.plans.forStudent(student);
    await scope.audit({ action: 'plan.list', studentId: opts.studentId, context: { plans: plans.length } });
    return { data: plans.map(presentPlanSummary) };
  });
}
