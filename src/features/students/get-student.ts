import type { DataHandle } from '../../db/handle';
import { disciplineAbilities } from '../../policy/discipline';
import { summaryAbilities } from '../../policy/summary-of-performance';
import { presentStudent } from './presenter';

/** One student's record, with guardians when the actor may see them; the read is audited. */
export async function getStudent(handle: DataHandle, opts: { id: string; purpose?: string | undefined }) {
  return handle.read(async (scope) => {
    const s = await scope.students.get(opts.id);
    const guardians = s.abilities.viewGuardians ? await scope.students.guardians(opts.id) : null;
    await scope.audit({ action: 'student.read', studentId: opts.id, purpose: opts.purpose ?? null });
    return { ...presentStudent(s, guardians), disciplineAbilities: disciplineAbilities(scope.actor, s.row), summaryAbilities: summaryAbilities(scope.actor, s.row) };
  });
}
