import crypto from 'node:crypto';
import type { z } from 'zod';
import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { transitionExpected } from '../../domain/meetings';
import { studentMeetingAbilities } from '../../policy/meeting';
import { presentMeeting } from './presenter';
import type { scheduleSchema } from '../../api/meetings';
import { notifyInvited, resolveParticipants } from './team';
import { actorProfile } from '../../policy/actor';

export type ScheduleInput = z.infer<typeof scheduleSchema>;

/**
 * Schedules a meeting: resolve the student → authorize (those who manage the record) → the team (the parents
 * holding educational rights, unless told not to, and the members named) → write + audit → invite (in-app).
 * A day too close for the notice's lead time is scheduled (the team may have agreed on it) and answered with the
 * warning notice.period_passed: move the meeting, or record the parent's agreement to a shorter notice.
 */
export async function scheduleMeeting(handle: DataHandle, opts: { studentId: string; input: ScheduleInput }) {
  const input = opts.input;
  return handle.run(async (scope) => {
    const student = await scope.students.get(opts.studentId);
    if (!studentMeetingAbilities(scope.actor, student.row).schedule)
      throw new AppError('FORBIDDEN', 'Only the case manager, the principal or an administrator schedules a meeting.');
    const profile = actorProfile(scope.actor);
    let studentInRegularClass = input.studentInRegularClass;
    if (studentInRegularClass === undefined) {
      const active = (await scope.plans.forStudent(student)).find(
        (p) => p.plan.type === 'iep' && p.plan.status === 'active',
      );
      const minutes = (active?.plan.content.placement as { regularClassMinutesPerWeek?: number | null } | undefined)
        ?.regularClassMinutesPerWeek;
      studentInRegularClass = minutes !== 0; // "is, or may be": yes unless the plan in effect says no time at all
    }
    const facts = { id: student.row.id, firstName: student.row.firstName, lastName: student.row.lastName };
    const named = await resolveParticipants(scope, facts, input.participants);
    const parents = input.inviteParents
      ? (await scope.students.guardians(student.row.id))
          .filter((g) => g.educationalRights && !named.some((p) => p.guardianId === g.id))
          .map((g) => ({ role: 'parent' as const, name: `${g.firstName} ${g.lastName}`, guardianId: g.id }))
      : [];
    const id = crypto.randomUUID();
    await scope.meetings.create({
      id,
      studentId: student.row.id,
      purpose: input.purpose,
      purposeNote: input.purposeNote,
      date: input.date,
      startTime: input.startTime,
      timeZone: scope.timeZone,
      durationMinutes: input.durationMinutes,
      location: input.location,
      videoLink: input.videoLink,
      transitionDiscussed:
        input.transitionDiscussed ?? transitionExpected(input.purpose, student.row.dateOfBirth, input.date, profile),
      studentInRegularClass,
    });
    const team = [...parents, ...named];
    await scope.meetings.addParticipants(id, team);
    const s = await scope.meetings.get(id);
    const notified = await notifyInvited(scope, s, team);
    // The answer carries notice.timing: notice.period_passed when the last day to send the notice is already past.
    const out = await presentMeeting(scope, s);
    await scope.audit({
      action: 'meeting.schedule',
      studentId: student.row.id,
      context: {
        meetingId: id,
        purpose: input.purpose,
        date: input.date,
        roles: team.map((p) => p.role),
        notified,
        noticeLatestOn: out.notice.latestOn,
        noticeTiming: out.notice.timing.map((f) => f.code),
      },
    });
    return out;
  });
}
