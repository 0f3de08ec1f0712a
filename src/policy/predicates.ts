/** Small named predicates that allow-rules are built from. Pure. */
import { isStaffRole } from '../domain/roles';
import type { Actor, StudentFacts } from './actor';

export const sameDistrict = (a: Actor, s: StudentFacts) => a.districtId === s.districtId;
export const isDistrictAdmin = (a: Pick<Actor, 'role'>) => a.role === 'district_admin';
export const isPrincipalOf = (a: Actor, s: StudentFacts) => a.role === 'principal' && a.schoolIds.includes(s.schoolId);
export const isCaseManagerFor = (a: Actor, s: StudentFacts) =>
  a.role === 'case_manager' && s.caseManagerIds.includes(a.userId);
export const teaches = (a: Actor, s: StudentFacts) => a.role === 'teacher' && s.teacherIds.includes(a.userId);
export const servesAsProvider = (a: Actor, s: StudentFacts) =>
  a.role === 'provider' && s.providerIds.includes(a.userId);
export const isGuardianOf = (a: Actor, s: StudentFacts) =>
  a.role === 'guardian' && a.guardianId !== null && s.guardianIds.includes(a.guardianId);
export const isSelf = (a: Actor, s: StudentFacts) => a.role === 'student' && a.studentId === s.id;

// Who the actor is, whatever the student: what features ask instead of comparing roles themselves.
/** A parent or guardian's portal account. */
export const isGuardian = (a: Pick<Actor, 'role'>) => a.role === 'guardian';
/** A student's own portal account. */
export const isStudentAccount = (a: Pick<Actor, 'role'>) => a.role === 'student';
/** The family: a guardian or the student. */
export const isFamily = (a: Pick<Actor, 'role'>) => isGuardian(a) || isStudentAccount(a);
/** Staff of the district (not the family). */
export const isStaff = (a: Pick<Actor, 'role'>) => isStaffRole(a.role);
/** A special education case manager (who follows a caseload). */
export const isCaseManager = (a: Pick<Actor, 'role'>) => a.role === 'case_manager';
/** The same person in the same role and district (e.g. a record resolved for one actor, used by another). */
export const isSameActor = (
  a: Pick<Actor, 'userId' | 'role' | 'districtId'>,
  b: Pick<Actor, 'userId' | 'role' | 'districtId'>,
) => a === b || (a.userId === b.userId && a.role === b.role && a.districtId === b.districtId);
