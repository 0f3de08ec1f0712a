/**
 * Who may do what with a student's summaries of performance (34 CFR 300.305(e)(3)). Built on the student policy:
 * nobody sees them for a student they may not see (404).
 * - Administrators, principals and case managers write drafts and provide them.
 * - A provider serving the student reads them (drafts too: they contribute what they know).
 * - A general education teacher does not see them (not the plan they implement).
 * - Parents and the student read the summaries provided (a draft is the team's work in progress).
 */
import type { Role } from '../domain/roles';
import type { Actor, StudentFacts } from './actor';
import { studentAbilities } from './student';

export interface SummaryAbilities {
  /** See the student's summaries (`drafts`: drafts too). */
  view: boolean;
  drafts: boolean;
  /** Start, edit and provide one. */
  write: boolean;
}

const BY_ROLE = {
  district_admin: { view: true, drafts: true, write: true },
  principal: { view: true, drafts: true, write: true },
  case_manager: { view: true, drafts: true, write: true },
  provider: { view: true, drafts: true, write: false },
  teacher: { view: false, drafts: false, write: false },
  guardian: { view: true, drafts: false, write: false },
  student: { view: true, drafts: false, write: false },
} as const satisfies Record<Role, SummaryAbilities>;

export function summaryAbilities(actor: Actor, student: StudentFacts): SummaryAbilities {
  if (!studentAbilities(actor, student).view) return { view: false, drafts: false, write: false };
  return BY_ROLE[actor.role];
}
