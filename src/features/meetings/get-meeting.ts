import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { presentMeeting } from './presenter';

/** One meeting, as the caller may see it. */
export async function getMeeting(handle: DataHandle, opts: { id: string }) {
  return handle.read(async (scope) => {
    const s = await scope.meetings.get(opts.id);
    await scope.audit({ action: 'meeting.read', studentId: s.meeting.studentId, context: { meetingId: s.meeting.id } });
    return presentMeeting(scope, s);
  });
}

/** Staff who may be invited and the student's guardians, for the team picker (those who manage the meeting). */
export async function invitable(handle: DataHandle, opts: { id: string }) {
  return handle.read(async (scope) => {
    const s = await scope.meetings.get(opts.id);
    if (!s.abilities.manage) throw new AppError('FORBIDDEN', 'Only those who manage the meeting choose its team.');
    const staff = await scope.meetings.staffDirectory();
    const guardians = (await scope.students.guardians(s.meeting.studentId)).map((g) => ({
      id: g.id,
      name: `${g.firstName} ${g.lastName}`,
      educationalRights: g.educationalRights,
      preferredLanguage: g.preferredLanguage,
    }));
    return { staff, guardians };
  });
}
