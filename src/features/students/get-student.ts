import type { DataHandle } from '../../db/handle';
import { presentStudent } from './presenter';
import { recordAbilities } from './record-abilities';

/** One student's record, with guardians when the actor may see them and what the actor may do with its parts; the read is audited. */
export async function getStudent(handle: DataHandle, opts: { id: string; purpose?: string | undefined }) {
  return handle.read(async (scope) => {
    const s = await scope.students.get(opts.id);
    const guardians = s.abilities.viewGuardians ? await scope.students.guardians(opts.id) : null;
    await scope.audit({ action: 'student.read', studentId: opts.id, purpose: opts.purpose ?? null });
    return { ...presentStudent(s, guardians), ...(await recordAbilities(scope, s)) };
  });
}
