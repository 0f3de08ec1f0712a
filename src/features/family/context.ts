/** Shared by the family use cases: the student (in scope, or 404), the facts the family policy needs, and the abilities. */
import type { Scope } from '../../db/handle';
import type { FamilyInputRow, MeetingRequestRow } from '../../db/family-repo';
import type { ScopedStudent } from '../../db/students-repo';
import { AppError } from '../../domain/errors';
import { studentPortalOpen, studentPortalOpensOn } from '../../domain/family';
import type { StateProfile } from '../../domain/state-profiles';
import { familyAbilities, type FamilyAbilities } from '../../policy/family';
import { actorProfile } from '../../policy/actor';
import { isGuardian, isStudentAccount } from '../../policy/predicates';

export interface FamilyContext {
  student: ScopedStudent;
  abilities: FamilyAbilities;
  profile: StateProfile;
  /** For a student account below the portal age: the day it opens; otherwise null. */
  portalOpensOn: string | null;
}

export async function familyContext(scope: Scope, studentId: string): Promise<FamilyContext> {
  return familyContextOf(scope, await scope.students.get(studentId));
}

/** The family context of a student already resolved in the actor's scope. */
export async function familyContextOf(scope: Scope, student: ScopedStudent): Promise<FamilyContext> {
  const studentId = student.row.id;
  const profile = actorProfile(scope.actor);
  let educationalRights = false;
  if (isGuardian(scope.actor) && scope.actor.guardianId) {
    const guardians = await scope.students.guardians(studentId);
    educationalRights = guardians.some((g) => g.id === scope.actor.guardianId && g.educationalRights);
  }
  const dob = student.row.dateOfBirth;
  const abilities = familyAbilities(scope.actor, student.row, {
    educationalRights,
    dateOfBirth: dob,
    today: scope.today,
    profile,
  });
  const portalOpensOn =
    isStudentAccount(scope.actor) && !studentPortalOpen(dob, scope.today, profile)
      ? studentPortalOpensOn(dob, profile)
      : null;
  return { student, abilities, profile, portalOpensOn };
}

/** A record of the family area the actor may not see: 404, recorded as a refused attempt. */
export function familyNotFound(what: string, id: string, studentId: string | null = null): AppError {
  return new AppError('NOT_FOUND', `No ${what} with this id.`, [], {
    action: 'family.read_denied',
    studentId,
    context: { [`${what.replace(/ /g, '_')}Id`]: id },
  });
}

/** Refused in the family area: the actor sees the student but may not do this (403 names what is missing). */
export function familyForbidden(detail: string): AppError {
  return new AppError('FORBIDDEN', detail);
}

/** Whether the actor may see one input: staff who manage see all; the family sees what they wrote. */
export function mayReadInput(c: FamilyContext, actorUserId: string, row: FamilyInputRow): boolean {
  return c.abilities.readInput === 'all' || (c.abilities.readInput === 'own' && row.authorUserId === actorUserId);
}

export function mayReadRequest(c: FamilyContext, actorUserId: string, row: MeetingRequestRow): boolean {
  return c.abilities.readInput === 'all' || (c.abilities.readInput === 'own' && row.requestedBy === actorUserId);
}
