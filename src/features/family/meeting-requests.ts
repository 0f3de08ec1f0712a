/**
 * A parent (or the student) asks the team for a meeting — the IEP can be reviewed whenever the parents have
 * concerns or new information (300.324(b)(1)(ii)); the case manager sees the request and marks it scheduled or closed.
 */
import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { checkText, FAMILY_LIMITS } from '../../domain/family';
import { familyContext, familyForbidden, familyNotFound, mayReadRequest } from './context';
import { assertCurrent, expectedVersion, staleError, type VersionClaim } from '../../server/etag';
import { presentMeetingRequest } from './presenter';
import { isFamily } from '../../policy/predicates';
import { must } from '../../db/values';

const STALE = 'This meeting request was changed by someone else since you loaded it. Reload to see their change.';

export async function requestMeeting(
  handle: DataHandle,
  opts: { studentId: string; reason: string; preferredTimes: string },
) {
  return handle.run(async (scope) => {
    const ctx = await familyContext(scope, opts.studentId);
    if (!ctx.abilities.requestMeeting)
      throw familyForbidden(
        'A parent with educational rights, or the student from the portal age, asks for a meeting here.',
      );
    const reason = checkText(opts.reason, FAMILY_LIMITS.meetingReason);
    const times = checkText(opts.preferredTimes, FAMILY_LIMITS.preferredTimes, { required: false });
    const errors = [
      ...(reason.ok ? [] : [{ path: 'reason', message: reason.message }]),
      ...(times.ok ? [] : [{ path: 'preferredTimes', message: times.message }]),
    ];
    if (!reason.ok || !times.ok) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', errors);
    const row = await scope.family.addMeetingRequest({
      studentId: opts.studentId,
      reason: reason.text,
      preferredTimes: times.text,
    });
    await scope.audit({
      action: 'family.meeting_request.create',
      studentId: opts.studentId,
      context: { requestId: row.id },
    });
    const managers = await scope.notifications.caseManagersOf(opts.studentId);
    await scope.notifications.notify({
      userIds: managers.map((m) => m.userId),
      studentId: opts.studentId,
      kind: 'meeting_request',
      message: 'notify.family.meetingRequest',
      params: { student: `${ctx.student.row.firstName} ${ctx.student.row.lastName}`, from: scope.actor.name },
      link: `/students/${opts.studentId}#family`,
      dedupeKey: `meeting_request:${row.id}`,
    });
    return presentMeetingRequest(row);
  });
}

export async function listMeetingRequests(handle: DataHandle, opts: { studentId: string }) {
  return handle.read(async (scope) => {
    const ctx = await familyContext(scope, opts.studentId);
    const family = isFamily(scope.actor);
    if (ctx.abilities.readInput === 'none' && !family)
      throw familyNotFound('meeting request list', opts.studentId, opts.studentId);
    const rows =
      ctx.abilities.readInput === 'all'
        ? await scope.family.meetingRequestsFor(opts.studentId)
        : ctx.abilities.readInput === 'own'
          ? await scope.family.meetingRequestsFor(opts.studentId, { requestedBy: scope.actor.userId })
          : [];
    await scope.audit({
      action: 'family.meeting_request.list',
      studentId: opts.studentId,
      context: { shown: rows.length },
    });
    return { data: rows.map(presentMeetingRequest) };
  });
}

export async function updateMeetingRequest(
  handle: DataHandle,
  opts: { requestId: string; claim: VersionClaim; status: 'scheduled' | 'closed'; note: string },
) {
  return handle.run(async (scope) => {
    const row = await scope.family.meetingRequest(opts.requestId, { forUpdate: true });
    if (!row) throw familyNotFound('meeting request', opts.requestId);
    let ctx;
    try {
      ctx = await familyContext(scope, row.studentId);
    } catch (e) {
      if (e instanceof AppError && e.code === 'NOT_FOUND')
        throw familyNotFound('meeting request', opts.requestId, row.studentId);
      throw e;
    }
    if (!ctx.abilities.manage) {
      if (mayReadRequest(ctx, scope.actor.userId, row))
        throw familyForbidden('The case manager schedules or closes a meeting request.');
      throw familyNotFound('meeting request', opts.requestId, row.studentId);
    }
    const want = expectedVersion(opts.claim, row.id, 'this meeting request');
    // Someone who loaded the request while it was open and answers it after another did is told it changed (412);
    // one who names the answered version is told it is answered already (409).
    assertCurrent(want, row.version, STALE);
    if (row.status !== 'open')
      throw new AppError('INVALID_STATE', `This request is already ${row.status}.`, [
        { path: 'status', message: `Already ${row.status}.` },
      ]);
    const note = checkText(opts.note, FAMILY_LIMITS.closeNote, { required: false });
    if (!note.ok)
      throw new AppError('VALIDATION_FAILED', 'The note is not valid.', [{ path: 'note', message: note.message }]);
    if (!(await scope.family.setMeetingRequestStatus(row.id, want.version, opts.status, note.text)))
      throw staleError(want, STALE);
    await scope.audit({
      action: 'family.meeting_request.update',
      studentId: row.studentId,
      context: { requestId: row.id, status: opts.status, fromVersion: want.version },
    });
    await scope.notifications.notify({
      userIds: [row.requestedBy],
      studentId: row.studentId,
      kind: 'meeting_request',
      message:
        opts.status === 'scheduled' ? 'notify.family.meetingRequestScheduled' : 'notify.family.meetingRequestClosed',
      params: { student: `${ctx.student.row.firstName} ${ctx.student.row.lastName}`, by: scope.actor.name },
      link: `/students/${row.studentId}#family`,
      dedupeKey: `meeting_request_${opts.status}:${row.id}`,
    });
    return presentMeetingRequest(must(await scope.family.meetingRequest(row.id), `meeting request ${row.id}`));
  });
}
