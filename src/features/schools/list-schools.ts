import type { DataHandle } from '../../db/handle';

/** Schools are not student records: listing them is not audited. */
export async function listSchools(handle: DataHandle) {
  return handle.read(async (scope) => ({ data: await scope.schools.list() }));
}
