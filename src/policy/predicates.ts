/** Small named predicates that allow-rules are built from. Pure. */
import type { Actor, StudentFacts } from './actor';

export const sameDistrict = (a: Actor, s: StudentFacts) => a.districtId === s.districtId;
export const isDistrictAdmin = (a: Actor) => a.role === 'district_admin';
export const isPrincipalOf = (a: Actor, s: StudentFacts) => a.role === 'principal' && a.schoolIds.includes(s.schoolId);
export const isCaseManagerFor = (a: Actor, s: StudentFacts) => a.role === 'case_manager' && s.caseManagerIds.includes(a.userId);
export const teaches = (a: Actor, s: StudentFacts) => a.role === 'teacher' && s.teacherIds.includes(a.userId);
export const servesAsProvider = (a: Actor, s: StudentFacts) => a.role === 'provider' && s.providerIds.includes(a.userId);
export const isGuardianOf = (a: Actor, s: StudentFacts) =>
  a.role === 'guardian' && a.guardianId !== null && s.guardianIds.includes(a.guardianId);
export const isSelf = (a: Actor, s: StudentFacts) => a.role === 'student' && a.studentId === s.id;
