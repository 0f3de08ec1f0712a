/**
 * Who may do what with a student's record. A flat list of allow-rules per ability; anything not
 * allowed is refused, and a record that cannot be viewed is a 404 (never a 403 that reveals it).
 */
import type { Role } from '../domain/roles';
import type { Actor, StudentFacts } from './actor';
import {
  isCaseManagerFor,
  isDistrictAdmin,
  isGuardianOf,
  isPrincipalOf,
  isSelf,
  sameDistrict,
  servesAsProvider,
  teaches,
} from './predicates';

type Rule = (a: Actor, s: StudentFacts) => boolean;

/** The relationship that makes a student visible to each role. */
export const VIEW_RULE = {
  district_admin: (a) => isDistrictAdmin(a),
  principal: isPrincipalOf,
  case_manager: isCaseManagerFor,
  teacher: teaches,
  provider: servesAsProvider,
  guardian: isGuardianOf,
  student: isSelf,
} satisfies Record<Role, Rule>;

/** Fields and actions beyond viewing, by role (given the student is visible to the actor). */
export const ROLE_ABILITIES = {
  district_admin: { viewDisability: true, viewGuardians: true, viewIdentifiers: true, edit: true },
  principal: { viewDisability: true, viewGuardians: true, viewIdentifiers: true, edit: true },
  case_manager: { viewDisability: true, viewGuardians: true, viewIdentifiers: true, edit: true },
  // A general education teacher needs to know a student has a plan, not the disability category.
  teacher: { viewDisability: false, viewGuardians: true, viewIdentifiers: false, edit: false },
  provider: { viewDisability: true, viewGuardians: true, viewIdentifiers: false, edit: false },
  guardian: { viewDisability: true, viewGuardians: true, viewIdentifiers: true, edit: false },
  student: { viewDisability: true, viewGuardians: true, viewIdentifiers: true, edit: false },
} as const satisfies Record<Role, Record<'viewDisability' | 'viewGuardians' | 'viewIdentifiers' | 'edit', boolean>>;

export interface StudentAbilities {
  view: boolean;
  viewDisability: boolean;
  viewGuardians: boolean;
  viewIdentifiers: boolean;
  /** Everyone who may see the record may see who else has seen it (300.614; parents included). */
  viewAccessLog: boolean;
  edit: boolean;
}

const NONE: StudentAbilities = {
  view: false,
  viewDisability: false,
  viewGuardians: false,
  viewIdentifiers: false,
  viewAccessLog: false,
  edit: false,
};

export function studentAbilities(actor: Actor, student: StudentFacts): StudentAbilities {
  if (!sameDistrict(actor, student)) return NONE;
  if (!VIEW_RULE[actor.role](actor, student)) return NONE;
  return { view: true, viewAccessLog: true, ...ROLE_ABILITIES[actor.role] };
}

/**
 * Whether the actor's view rule reads the student's district and school alone (administrators and principals), so
 * a district-wide read may leave out the relationships (case managers, providers, teachers, guardians).
 */
export function viewDecidedBySchool(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'district_admin' || actor.role === 'principal';
}

/** Who sees the IP address each access came from in a student's access log: district administrators only. */
export function seesAccessLogIps(actor: Pick<Actor, 'role'>): boolean {
  return isDistrictAdmin(actor);
}

export function canViewStudent(actor: Actor, student: StudentFacts): boolean {
  return studentAbilities(actor, student).view;
}

/**
 * Who searches the list of students (the "Students" page, with its filters): staff, over the students they may see.
 * A parent or a student has one or two records, listed on their home page without filters.
 */
const SEARCHES_STUDENTS = {
  district_admin: true,
  principal: true,
  case_manager: true,
  teacher: true,
  provider: true,
  guardian: false,
  student: false,
} as const satisfies Record<Role, boolean>;

export function canSearchStudents(actor: Pick<Actor, 'role'>): boolean {
  return SEARCHES_STUDENTS[actor.role];
}
