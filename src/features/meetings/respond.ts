import type { z } from 'zod';
import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { presentMeeting } from './presenter';
import type { responseSchema } from '../../api/meetings';
import { dayParam } from './team';
import { isGuardian } from '../../policy/predicates';
import { must } from '../../db/values';

/**
 * A parent answers the invitation: accepts, declines, or proposes another day and time (34 CFR 300.322(a)(2):
 * a mutually agreed time). The case managers are told in their inbox.
 */
export async function respondToMeeting(
  handle: DataHandle,
  opts: { id: string; input: z.infer<typeof responseSchema> },
) {
  return handle.run(async (scope) => {
    const s = await scope.meetings.get(opts.id, { forUpdate: true });
    if (!s.abilities.respond) {
      if (isGuardian(scope.actor))
        throw new AppError('INVALID_STATE', `The meeting is ${s.meeting.status}: there is nothing to answer.`);
      throw new AppError('FORBIDDEN', 'A parent answers the invitation; staff record it on the team instead.');
    }
    const i = opts.input;
    if (i.response === 'proposed_other_time' && i.proposedDate && i.proposedDate < scope.today) {
      throw new AppError('VALIDATION_FAILED', 'Propose a day that is still to come.', [
        { path: 'proposedDate', message: 'Not before today.' },
      ]);
    }
    let participantId = s.participants.find(
      (p) => p.guardianId !== null && p.guardianId === scope.actor.guardianId,
    )?.id;
    if (!participantId) {
      // A parent who was not listed (a second parent) answers: they join the team as a parent.
      [participantId] = await scope.meetings.addParticipants(s.meeting.id, [
        { role: 'parent', name: scope.actor.name, guardianId: scope.actor.guardianId },
      ]);
    }
    const proposed = i.response === 'proposed_other_time';
    await scope.meetings.respond(must(participantId, 'the participant'), {
      response: i.response,
      proposedDate: proposed ? (i.proposedDate ?? null) : null,
      proposedTime: proposed ? (i.proposedTime ?? null) : null,
      note: i.note,
    });
    await scope.meetings.touch(s.meeting.id);
    const managers = await scope.notifications.caseManagersOf(s.meeting.studentId);
    const params: Record<string, string | number> = {
      name: scope.actor.name,
      student: `${s.student.firstName} ${s.student.lastName}`,
      day: dayParam(s.meeting.date),
      time: s.meeting.startTime,
    };
    if (proposed)
      Object.assign(params, {
        proposedDay: dayParam(must(i.proposedDate, 'the proposed day')),
        proposedTime: i.proposedTime ?? '',
      });
    await scope.notifications.notify({
      userIds: managers.map((m) => m.userId),
      studentId: s.meeting.studentId,
      kind: 'meeting_response',
      message: `meetings.notify.${i.response === 'proposed_other_time' ? 'proposed' : i.response}`,
      params,
      link: `/meetings/${s.meeting.id}`,
    });
    await scope.audit({
      action: 'meeting.respond',
      studentId: s.meeting.studentId,
      context: {
        meetingId: s.meeting.id,
        participantId,
        response: i.response,
        proposedDate: proposed ? i.proposedDate : null,
      },
    });
    return presentMeeting(scope, await scope.meetings.get(s.meeting.id));
  });
}
