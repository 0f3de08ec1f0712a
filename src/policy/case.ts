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

/** Who reads the district's compliance summary: administrators (the district) and principals (their schools). */
export function canReadComplianceSummary(actor: Actor): boolean {
  return actor.role === 'district_admin' || actor.role === 'principal';
}
