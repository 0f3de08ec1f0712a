/** Resolving who is on a meeting's team (staff accounts, the student's guardians, others by name), and inviting them. */
import type { z } from 'zod';
import type { Scope } from '../../db/handle';
import type { MeetingStudent, NewParticipant, ScopedMeeting } from '../../db/meetings-repo';
import { AppError, type FieldError } from '../../domain/errors';
import type { participantInputSchema } from '../../api/meetings';

type ParticipantInput = z.infer<typeof participantInputSchema>;

/** Names come from the account or guardian record when one is named; a staff account must be of the district, a guardian the student's. */
export async function resolveParticipants(
  scope: Scope,
  student: Pick<MeetingStudent, 'id' | 'firstName' | 'lastName'>,
  inputs: readonly ParticipantInput[],
  pathPrefix = 'participants',
): Promise<NewParticipant[]> {
  const errors: FieldError[] = [];
  const guardians = inputs.some((p) => p.guardianId) ? await scope.students.guardians(student.id) : [];
  const out: NewParticipant[] = [];
  for (const [i, p] of inputs.entries()) {
    const at = (field: string) => (pathPrefix ? `${pathPrefix}.${i}.${field}` : field);
    let name = p.name?.trim() ?? '';
    if (p.userId) {
      const user = await scope.meetings.staffUser(p.userId);
      if (!user) {
        errors.push({ path: at('userId'), message: 'Not a staff account of this district.' });
        continue;
      }
      name ||= user.name;
    }
    if (p.guardianId) {
      const g = guardians.find((x) => x.id === p.guardianId);
      if (!g) {
        errors.push({ path: at('guardianId'), message: 'Not a parent or guardian of this student.' });
        continue;
      }
      name ||= `${g.firstName} ${g.lastName}`;
    }
    if (!name && p.role === 'student') name = `${student.firstName} ${student.lastName}`;
    if (!name) {
      errors.push({ path: at('name'), message: 'Write the name, or choose a staff member.' });
      continue;
    }
    out.push({
      role: p.role,
      name,
      title: p.title,
      userId: p.userId ?? null,
      guardianId: p.guardianId ?? null,
      interpretsEvaluations: p.interpretsEvaluations,
      agencyConsentOn: p.agencyConsentOn ?? null,
    });
  }
  if (errors.length) throw new AppError('VALIDATION_FAILED', 'Some team members are not valid; see errors.', errors);
  return out;
}

/** Epoch milliseconds at noon UTC of a day: a date value for ICU `{x, date, long}` that reads the same day everywhere. */
export const dayParam = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, 12);
};

/** Tells the invited members who have accounts (staff, parents, the student) of the meeting; never the actor. */
export async function notifyInvited(
  scope: Scope,
  s: ScopedMeeting,
  participants: readonly Pick<NewParticipant, 'userId' | 'guardianId' | 'role'>[],
): Promise<number> {
  const userIds = new Set<string>();
  for (const p of participants) if (p.userId) userIds.add(p.userId);
  const guardianIds = participants.flatMap((p) => (p.guardianId ? [p.guardianId] : []));
  for (const u of await scope.meetings.guardianUsers(guardianIds)) userIds.add(u.userId);
  if (participants.some((p) => p.role === 'student')) {
    const su = await scope.meetings.studentUser(s.student.id);
    if (su) userIds.add(su);
  }
  userIds.delete(scope.actor.userId);
  if (userIds.size === 0) return 0;
  const sent = await scope.notifications.notify({
    userIds: [...userIds],
    studentId: s.student.id,
    kind: 'meeting_invitation',
    message: 'meetings.notify.invited',
    params: {
      student: `${s.student.firstName} ${s.student.lastName}`,
      purpose: s.meeting.purpose,
      day: dayParam(s.meeting.date),
      time: s.meeting.startTime,
    },
    link: `/meetings/${s.meeting.id}`,
    dedupeKey: `meeting:${s.meeting.id}:invited:${s.meeting.date}:${s.meeting.startTime}`,
  });
  return sent.length;
}
