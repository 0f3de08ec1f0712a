import type { z } from 'zod';
import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { presentMeeting } from './presenter';
import type { patchMeetingSchema } from '../../api/meetings';
import { assertCurrent, expectedVersion, type VersionClaim } from '../../server/etag';
import { notifyInvited } from './team';

type Patch = Omit<z.infer<typeof patchMeetingSchema>, 'version'>;
const WHEN_OR_WHERE = ['date', 'startTime', 'location', 'videoLink'] as const;

/**
 * Changes a meeting's details (scheduled) or its minutes (held): resolve → authorize → check the version → write
 * + audit. A new day, time or place needs a new notice, and the invitees are asked again.
 */
export async function updateMeeting(handle: DataHandle, opts: { id: string; claim: VersionClaim; patch: Patch }) {
  return handle.run(async (scope) => {
    const s = await scope.meetings.get(opts.id, { forUpdate: true });
    if (!s.abilities.manage)
      throw new AppError('FORBIDDEN', 'Only the case manager, the principal or an administrator changes a meeting.');
    const want = expectedVersion(opts.claim, s.meeting.id, 'this meeting');
    const expected = want.version;
    const fields = Object.keys(opts.patch).filter((k) => (opts.patch as Record<string, unknown>)[k] !== undefined);
    if (s.meeting.status === 'cancelled') throw new AppError('INVALID_STATE', 'A cancelled meeting cannot be changed.');
    if (s.meeting.status === 'held' && fields.some((f) => f !== 'minutes')) {
      throw new AppError(
        'INVALID_STATE',
        'The meeting was held: only its minutes can still be changed.',
        fields.filter((f) => f !== 'minutes').map((f) => ({ path: f, message: 'Fixed once the meeting was held.' })),
      );
    }
    assertCurrent(
      want,
      s.meeting.version,
      'This meeting was changed by someone else since you loaded it. Reload to see their change, then apply yours.',
    );
    const moved = WHEN_OR_WHERE.some((k) => opts.patch[k] !== undefined && opts.patch[k] !== s.meeting[k]);
    await scope.meetings.update(s.meeting.id, expected, opts.patch);
    if (moved) await scope.meetings.rescheduled(s.meeting.id);
    const after = await scope.meetings.get(s.meeting.id);
    if (moved && s.meeting.status === 'scheduled')
      await notifyInvited(
        scope,
        after,
        after.participants.filter((p) => p.invited),
      );
    // A new day is checked as when scheduled: notice.timing says when the notice can no longer go out in time.
    const out = await presentMeeting(scope, after);
    await scope.audit({
      action: 'meeting.update',
      studentId: s.meeting.studentId,
      context: {
        meetingId: s.meeting.id,
        fromVersion: expected,
        fields,
        rescheduled: moved,
        noticeTiming: out.notice.timing.map((f) => f.code),
      },
    });
    return out;
  });
}
