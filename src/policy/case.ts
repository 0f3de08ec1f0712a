/**
 * Who may see and keep a student's case clock (case events and deadlines). Built on the student policy: nobody
 * sees the clock of a student they may not see. A general education teacher implements the plan but does not
 * keep the legal clock, so the clock is not theirs to see.
 */
import type { Role } from '../domain/roles';
import type { Actor, StudentFacts } from './actor';
import { studentAbilities } from './student';

export interface CaseAbilities {
  /** The student's deadlines and the timeline of case events. */
  view: boolean;
  /** Record and void case events. */
  record: boolean;
}

const BY_ROLE = {
  district_admin: { view: true, record: true },
  principal: { view: true, record: true },
  case_manager: { view: true, record: true },
  provider: { view: true, record: false },
  teacher: { view: false, record: false },
  // Parents (and the student) see their own clock: the dates the district owes them (300.613 right to inspect).
  guardian: { view: true, record: false },
  student: { view: true, record: false },
} as const satisfies Record<Role, CaseAbilities>;

export function caseAbilities(actor: Actor, student: StudentFacts): CaseAbilities {
  if (!studentAbilities(actor, student).view) return { view: false, record: false };
  return BY_ROLE[actor.role];
}

/**
 * Whose deadlines and compliance an actor follows across students: a case manager their caseload, a principal their
 * schools, an administrator the district. The compliance summary is for the last two (counts for their scope); the
 * "What is due" list (GET /api/v1/deadlines) answers everyone with the students whose clock they see, and is shown as
 * a panel to those who follow a caseload or more. Parents, students, teachers and providers follow no such scope.
 */
export type FollowScope = 'caseload' | 'schools' | 'district';
const FOLLOWS = {
  district_admin: 'district',
  principal: 'schools',
  case_manager: 'caseload',
  provider: null,
  teacher: null,
  guardian: null,
  student: null,
} as const satisfies Record<Role, FollowScope | null>;

/** The deadlines the actor follows (the "What is due" panel), or null. */
export function dueScope(actor: Pick<Actor, 'role'>): FollowScope | null {
  return FOLLOWS[actor.role];
}

/** The scope of the compliance summary the actor reads (the district, or their schools), or null: not theirs (404). */
export function complianceScope(actor: Pick<Actor, 'role'>): 'district' | 'schools' | null {
  const s = FOLLOWS[actor.role];
  return s === 'district' || s === 'schools' ? s : null;
}

/** Who reads the district's compliance summary: administrators (the district) and principals (their schools). */
export function canReadComplianceSummary(actor: Pick<Actor, 'role'>): boolean {
  return complianceScope(actor) !== null;
}
