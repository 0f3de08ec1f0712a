import { AppError } from '../../domain/errors';
import type { DataHandle } from '../../db/handle';
import { seesAccessLogIps } from '../../policy/student';
import { presentAccessLogEntry } from './presenter';

/** Who saw or changed this student's records (34 CFR 300.614). Reading the log is itself recorded. */
export async function getAccessLog(
  handle: DataHandle,
  opts: { id: string; limit: number; before?: string | undefined },
) {
  return handle.read(async (scope) => {
    const s = await scope.students.get(opts.id);
    if (!s.abilities.viewAccessLog) {
      throw new AppError('NOT_FOUND', 'No student with this id.', [], {
        action: 'student.read_denied',
        studentId: opts.id,
      });
    }
    const rows = await scope.auditLog.forStudent(s, opts.limit, opts.before);
    await scope.audit({ action: 'student.access_log.read', studentId: opts.id });
    const showIp = seesAccessLogIps(scope.actor);
    const last = rows.length === opts.limit ? rows[rows.length - 1] : undefined;
    return { data: rows.map((r) => presentAccessLogEntry(r, showIp)), nextBefore: last ? last.id : null };
  });
}
