import type { z } from 'zod';
import type { DataHandle, Scope } from '../../db/handle';
import type { ParticipantPatch, ScopedMeeting } from '../../db/meetings-repo';
import { AppError } from '../../domain/errors';
import { EXCUSABLE_ROLES } from '../../domain/meetings';
import { presentMeeting } from './presenter';
import type { excusalSchema, participantInputSchema, participantPatchSchema } from '../../api/meetings';
import { assertCurrent, expectedVersion, staleError, type VersionClaim } from '../../server/etag';
import { notifyInvited, resolveParticipants } from './team';
import { must } from '../../db/values';

async function managed(scope: Scope, id: string, what: string): Promise<ScopedMeeting> {
  const s = await scope.meetings.get(id, { forUpdate: true });
  if (!s.abilities.manage)
    throw new AppError('FORBIDDEN', `Only the case manager, the principal or an administrator ${what}.`);
  if (s.meeting.status === 'cancelled') throw new AppError('INVALID_STATE', 'The meeting was cancelled.');
  return s;
}

function participantOf(s: ScopedMeeting, participantId: string) {
  const p = s.participants.find((x) => x.id === participantId);
  if (!p) throw new AppError('NOT_FOUND', 'No participant with this id on this meeting.');
  return p;
}

/** Adds a member to the team (scheduled meetings) and invites them. */
export async function addParticipant(
  handle: DataHandle,
  opts: { id: string; input: z.infer<typeof participantInputSchema> },
) {
  return handle.run(async (scope) => {
    const s = await managed(scope, opts.id, 'changes the team');
    if (s.meeting.status !== 'scheduled')
      throw new AppError('INVALID_STATE', 'The meeting was held: its team is what it was.');
    const [resolved] = await resolveParticipants(scope, s.student, [opts.input], '');
    const p = must(resolved, 'the participant');
    const [pid] = await scope.meetings.addParticipants(s.meeting.id, [p]);
    await scope.meetings.touch(s.meeting.id);
    const after = await scope.meetings.get(s.meeting.id);
    await notifyInvited(scope, after, [p]);
    await scope.audit({
      action: 'meeting.participant.add',
      studentId: s.meeting.studentId,
      context: { meetingId: s.meeting.id, participantId: pid, role: p.role },
    });
    return presentMeeting(scope, after);
  });
}

const WHO = "this member's entry";
const STALE =
  "This member's entry was changed by someone else since you loaded it. Reload to see their change, then apply yours.";

/**
 * Changes a member's entry: role, name, attendance (also after the meeting, to correct it), the agency consent, the
 * signature — at the version of the entry the editor loaded (If-Match `"<participantId>.<version>"`, or `version`).
 */
export async function updateParticipant(
  handle: DataHandle,
  opts: {
    id: string;
    participantId: string;
    claim: VersionClaim;
    patch: Omit<z.infer<typeof participantPatchSchema>, 'version'>;
  },
) {
  return handle.run(async (scope) => {
    const s = await managed(scope, opts.id, 'changes the team');
    const p = participantOf(s, opts.participantId);
    const want = expectedVersion(opts.claim, p.id, WHO);
    const { signatureName, ...rest } = opts.patch;
    if (s.meeting.status === 'held' && (rest.role !== undefined || rest.invited !== undefined))
      throw new AppError('INVALID_STATE', 'The meeting was held: who was invited is fixed.');
    if (rest.attendance === 'excused')
      throw new AppError('VALIDATION_FAILED', 'Record an excusal with its written agreement.', [
        { path: 'attendance', message: 'Use POST …/excusal to excuse a member (300.321(e)).' },
      ]);
    assertCurrent(want, p.version, STALE);
    const patch: ParticipantPatch = { ...rest };
    const version = await scope.meetings.updateParticipant(s.meeting.id, p.id, patch, {
      signature: signatureName === undefined ? undefined : signatureName || null,
      expectedVersion: want.version,
    });
    if (version === null) throw staleError(want, STALE);
    await scope.meetings.touch(s.meeting.id);
    await scope.audit({
      action: 'meeting.participant.update',
      studentId: s.meeting.studentId,
      context: {
        meetingId: s.meeting.id,
        participantId: p.id,
        fields: Object.keys(opts.patch),
        fromVersion: want.version,
      },
    });
    return {
      meeting: await presentMeeting(scope, await scope.meetings.get(s.meeting.id)),
      participant: { id: p.id, version },
    };
  });
}

/** Removes a member from the team of a scheduled meeting, at the version of their entry the editor loaded (If-Match). */
export async function removeParticipant(
  handle: DataHandle,
  opts: { id: string; participantId: string; claim: VersionClaim },
) {
  return handle.run(async (scope) => {
    const s = await managed(scope, opts.id, 'changes the team');
    const p = participantOf(s, opts.participantId);
    const want = expectedVersion(opts.claim, p.id, WHO);
    if (s.meeting.status !== 'scheduled')
      throw new AppError('INVALID_STATE', 'The meeting was held: its team is what it was.');
    assertCurrent(want, p.version, STALE);
    if (!(await scope.meetings.removeParticipant(s.meeting.id, p.id, { expectedVersion: want.version })))
      throw staleError(want, STALE);
    await scope.meetings.touch(s.meeting.id);
    await scope.audit({
      action: 'meeting.participant.remove',
      studentId: s.meeting.studentId,
      context: { meetingId: s.meeting.id, participantId: p.id, role: p.role, fromVersion: want.version },
    });
    return presentMeeting(scope, await scope.meetings.get(s.meeting.id));
  });
}

/**
 * Records (or withdraws) the excusal of a member of 300.321(a)(2)-(5): the day of the parent's written agreement,
 * whether the member's area is discussed, and the day of their written input. An incomplete excusal is recorded as
 * it is and shown as a finding, so the case manager sees what is still needed.
 */
export async function recordExcusal(
  handle: DataHandle,
  opts: {
    id: string;
    participantId: string;
    claim: VersionClaim;
    input: Omit<z.infer<typeof excusalSchema>, 'version'>;
  },
) {
  return handle.run(async (scope) => {
    const s = await managed(scope, opts.id, 'records an excusal');
    const p = participantOf(s, opts.participantId);
    const want = expectedVersion(opts.claim, p.id, WHO);
    if (opts.input.excused && !EXCUSABLE_ROLES.includes(p.role)) {
      throw new AppError(
        'RULE_VIOLATION',
        'Only the members described in 34 CFR 300.321(a)(2)-(5) may be excused (300.321(e)); the parents and the student are not excused.',
        [{ path: 'excused', message: 'This member cannot be excused.' }],
      );
    }
    assertCurrent(want, p.version, STALE);
    const i = opts.input;
    const version = await scope.meetings.updateParticipant(
      s.meeting.id,
      p.id,
      i.excused
        ? {
            attendance: 'excused',
            attendedBy: null,
            excusalAgreedOn: i.excusalAgreedOn,
            areaDiscussed: i.areaDiscussed,
            writtenInputOn: i.writtenInputOn,
          }
        : { attendance: 'unknown', excusalAgreedOn: null, areaDiscussed: false, writtenInputOn: null },
      { expectedVersion: want.version },
    );
    if (version === null) throw staleError(want, STALE);
    await scope.meetings.touch(s.meeting.id);
    await scope.audit({
      action: 'meeting.excusal.record',
      studentId: s.meeting.studentId,
      context: {
        meetingId: s.meeting.id,
        participantId: p.id,
        excused: i.excused,
        agreedOn: i.excusalAgreedOn,
        areaDiscussed: i.areaDiscussed,
        writtenInputOn: i.writtenInputOn,
        fromVersion: want.version,
      },
    });
    return {
      meeting: await presentMeeting(scope, await scope.meetings.get(s.meeting.id)),
      participant: { id: p.id, version },
    };
  });
}

export { notifyInvited };
