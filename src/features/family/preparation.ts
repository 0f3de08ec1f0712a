/**
 * The parent's preparation checklist for a meeting of their child (the seed: "How can parents prepare for an IEP
 * meeting?"): their own, filled in before the meeting and shared with the team when they choose. The meeting's
 * student decides who may reach it: the meeting must be of a student in the actor's scope, or it is a 404.
 */
import type { DataHandle, Scope } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { checkChecklist } from '../../domain/family';
import { familyContext, familyForbidden, familyNotFound } from './context';
import { expectedVersion, staleError, type VersionClaim } from '../../server/etag';
import { presentPreparation } from './presenter';

async function meetingContext(scope: Scope, meetingId: string) {
  const studentId = await scope.family.meetingStudentId(meetingId);
  if (!studentId) throw familyNotFound('meeting', meetingId);
  try {
    return { studentId, ctx: await familyContext(scope, studentId) };
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') throw familyNotFound('meeting', meetingId, studentId);
    throw e;
  }
}

const notPreparer = () =>
  familyForbidden(
    'The preparation checklist is for a parent with educational rights, or the student from the portal age.',
  );

export async function getPreparation(handle: DataHandle, opts: { meetingId: string }) {
  return handle.read(async (scope) => {
    const { studentId, ctx } = await meetingContext(scope, opts.meetingId);
    if (!ctx.abilities.prepare) throw notPreparer();
    const row = await scope.family.preparation(opts.meetingId);
    await scope.audit({
      action: 'family.preparation.read',
      studentId,
      context: { meetingId: opts.meetingId, own: true },
    });
    return presentPreparation(opts.meetingId, studentId, row);
  });
}

/** The id a preparation's ETag carries: `"<meetingId>.preparation.<version>"` (version 0 before the first save). */
export const preparationTag = (meetingId: string) => `${meetingId}.preparation`;

const STALE = 'Your checklist was saved from another window since you loaded it. Reload it, then make your change.';

export async function savePreparation(
  handle: DataHandle,
  opts: { meetingId: string; claim: VersionClaim; items: string[]; notes: Record<string, string> },
) {
  return handle.run(async (scope) => {
    const { studentId, ctx } = await meetingContext(scope, opts.meetingId);
    if (!ctx.abilities.prepare) throw notPreparer();
    const want = expectedVersion(opts.claim, preparationTag(opts.meetingId), 'your checklist');
    const checked = checkChecklist({ items: opts.items, notes: opts.notes });
    if (!checked.ok) throw new AppError('VALIDATION_FAILED', 'The checklist is not valid; see errors.', checked.errors);
    const saved = await scope.family.savePreparation({
      meetingId: opts.meetingId,
      studentId,
      checklist: checked.checklist,
      expectedVersion: want.version,
    });
    if (!saved)
      throw new AppError(staleError(want, STALE).code, STALE, [
        { path: 'version', message: 'Not the current version.' },
      ]);
    await scope.audit({
      action: 'family.preparation.save',
      studentId,
      context: { meetingId: opts.meetingId, version: saved.version },
    });
    return presentPreparation(opts.meetingId, studentId, saved);
  });
}

export async function sharePreparation(handle: DataHandle, opts: { meetingId: string }) {
  return handle.run(async (scope) => {
    const { studentId, ctx } = await meetingContext(scope, opts.meetingId);
    if (!ctx.abilities.prepare) throw notPreparer();
    const row = await scope.family.preparation(opts.meetingId, { forUpdate: true });
    if (!row) throw new AppError('INVALID_STATE', 'Save your checklist before sharing it.');
    await scope.family.markPreparationShared(row.id);
    await scope.audit({
      action: 'family.preparation.share',
      studentId,
      context: { meetingId: opts.meetingId, version: row.version },
    });
    const managers = await scope.notifications.caseManagersOf(studentId);
    await scope.notifications.notify({
      userIds: managers.map((m) => m.userId),
      studentId,
      kind: 'family_input',
      message: 'notify.family.preparationShared',
      params: { student: `${ctx.student.row.firstName} ${ctx.student.row.lastName}`, from: scope.actor.name },
      link: `/meetings/${opts.meetingId}`,
      dedupeKey: `preparation_shared:${row.id}:${row.version}`,
    });
    return presentPreparation(opts.meetingId, studentId, await scope.family.preparation(opts.meetingId));
  });
}

/** For the staff who manage the case: the checklists the family shared for a meeting. */
export async function listSharedPreparations(handle: DataHandle, opts: { meetingId: string }) {
  return handle.read(async (scope) => {
    const { studentId, ctx } = await meetingContext(scope, opts.meetingId);
    if (!ctx.abilities.manage) throw familyNotFound('meeting', opts.meetingId, studentId);
    const rows = await scope.family.sharedPreparations(opts.meetingId);
    await scope.audit({
      action: 'family.preparation.read',
      studentId,
      context: { meetingId: opts.meetingId, shared: rows.length },
    });
    return {
      data: rows.map((r) => ({ ...presentPreparation(opts.meetingId, studentId, r), authorName: r.authorName })),
    };
  });
}
