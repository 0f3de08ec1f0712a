import type { z } from 'zod';
import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { presentMeeting } from './presenter';
import type { contactAttemptSchema } from '../../api/meetings';

/** Logs an attempt to arrange a time with the parents (34 CFR 300.322(d)): the day and time, how, and what came of it. */
export async function recordContactAttempt(
  handle: DataHandle,
  opts: { id: string; input: z.infer<typeof contactAttemptSchema> },
) {
  return handle.run(async (scope) => {
    const s = await scope.meetings.get(opts.id, { forUpdate: true });
    if (!s.abilities.manage)
      throw new AppError(
        'FORBIDDEN',
        'Only the case manager, the principal or an administrator records attempts to reach the parents.',
      );
    if (s.meeting.status === 'cancelled') throw new AppError('INVALID_STATE', 'The meeting was cancelled.');
    const i = opts.input;
    if (i.date > scope.today)
      throw new AppError('VALIDATION_FAILED', 'An attempt is recorded once it was made.', [
        { path: 'date', message: 'Not after today.' },
      ]);
    const attemptId = await scope.meetings.addContactAttempt(s.meeting.id, {
      attemptedAt: await scope.meetings.instant(i.date, i.time, s.meeting.timeZone),
      method: i.method,
      outcome: i.outcome,
      note: i.note,
    });
    await scope.meetings.touch(s.meeting.id);
    await scope.audit({
      action: 'meeting.contact_attempt.record',
      studentId: s.meeting.studentId,
      context: { meetingId: s.meeting.id, attemptId, method: i.method, outcome: i.outcome, date: i.date },
    });
    return presentMeeting(scope, await scope.meetings.get(s.meeting.id));
  });
}
