import type { DataHandle } from '../../db/handle';
import { presentSummary } from './presenter';

/** A student's meetings the caller may see, newest first (the student must be visible: 404 otherwise). */
export async function listMeetings(handle: DataHandle, opts: { studentId: string }) {
  return handle.read(async (scope) => {
    const student = await scope.students.get(opts.studentId);
    const meetings = await scope.meetings.forStudent(student.row.id);
    await scope.audit({ action: 'meeting.list', studentId: student.row.id, context: { count: meetings.length } });
    return { data: meetings.map((m) => presentSummary(scope, m)) };
  });
}
