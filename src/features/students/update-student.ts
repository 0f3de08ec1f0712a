import type { DataHandle } from '../../db/handle';
import type { StudentPatch } from '../../db/students-repo';
import { ageOn } from '../../domain/dates';
import { AppError } from '../../domain/errors';
import { stateProfile } from '../../domain/state-profiles';
import { disabilityFindings, type SpedStatus } from '../../domain/sped-status';
import { assertCurrent, expectedVersion, type VersionClaim } from '../../server/etag';
import { presentStudent } from './presenter';
import type { PatchBody } from '../../api/students';
import { recordAbilities } from './record-abilities';

export interface UpdateStudentOptions {
  id: string;
  /** The version the editor loaded: If-Match (ETag) or the body's `version`, read once the caller may change the student. */
  claim: VersionClaim;
  patch: Omit<PatchBody, 'version'>;
}

/** Edits a student's record: resolve → authorize → check version and rules → write + audit, in one transaction. */
export async function updateStudent(handle: DataHandle, opts: UpdateStudentOptions) {
  return handle.run(async (scope) => {
    const current = await scope.students.get(opts.id);
    if (!current.abilities.edit) {
      throw new AppError('NOT_FOUND', 'No student with this id that you may change.', [], {
        action: 'student.read_denied',
        studentId: opts.id,
        context: { attempted: 'student.update' },
      });
    }
    const want = expectedVersion(opts.claim, current.row.id, 'this student');
    const expected = want.version;
    assertCurrent(
      want,
      current.row.version,
      'This student was changed by someone else since you loaded it. Reload to see their change, then apply yours.',
    );
    const p = opts.patch;
    const next = {
      spedStatus: (p.spedStatus ?? current.row.spedStatus) as SpedStatus,
      primaryDisability: p.primaryDisability !== undefined ? p.primaryDisability : current.row.primaryDisability,
      secondaryDisability:
        p.secondaryDisability !== undefined ? p.secondaryDisability : current.row.secondaryDisability,
    };
    // Leaving IDEA eligibility clears the categories unless the request sets them.
    if (p.spedStatus && p.spedStatus !== 'eligible_iep' && p.primaryDisability === undefined)
      next.primaryDisability = null;
    if (p.spedStatus && p.spedStatus !== 'eligible_iep' && p.secondaryDisability === undefined)
      next.secondaryDisability = null;
    // A category set by hand is checked against the state's developmental delay ages (a changed one only: a child who
    // has aged past the range keeps it until the reevaluation, which the plan's findings ask for).
    const changedDd =
      (p.primaryDisability === 'developmental_delay' && current.row.primaryDisability !== 'developmental_delay') ||
      (p.secondaryDisability === 'developmental_delay' && current.row.secondaryDisability !== 'developmental_delay');
    const profile = stateProfile(scope.actor.stateProfile ?? 'federal');
    const problems = disabilityFindings(
      next,
      changedDd
        ? {
            years: ageOn(current.row.dateOfBirth, scope.today),
            developmentalDelayAges: profile.developmentalDelayAges,
            profileName: profile.name,
          }
        : undefined,
    );
    if (problems.length)
      throw new AppError(
        'RULE_VIOLATION',
        'The special-education status and disability categories do not agree.',
        problems,
      );

    const patch: StudentPatch = {
      ...p,
      primaryDisability: next.primaryDisability,
      secondaryDisability: next.secondaryDisability,
    };
    const changed = (Object.keys(patch) as (keyof StudentPatch)[]).filter(
      (k) => patch[k] !== undefined && patch[k] !== (current.row as unknown as Record<string, unknown>)[k],
    );
    if (changed.length === 0) return { ...presentStudent(current, null), ...(await recordAbilities(scope, current)) };
    await scope.students.update(current, expected, patch);
    await scope.audit({
      action: 'student.update',
      studentId: opts.id,
      context: { fields: changed, fromVersion: expected },
    });
    const updated = await scope.students.get(opts.id);
    const guardians = updated.abilities.viewGuardians ? await scope.students.guardians(opts.id) : null;
    return { ...presentStudent(updated, guardians), ...(await recordAbilities(scope, updated)) };
  });
}
