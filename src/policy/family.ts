/**
 * Who may do what in the family's portal (issue 4, part 8). Built on the student policy: nobody acts on a
 * student they may not see. The family speaks (adds input, asks for records or a meeting, prepares for a
 * meeting); the staff who manage the case read what the family sent and act on it.
 *
 * - A guardian acts only with the educational rights for this child (a grandparent without them reads only).
 * - The student's own account acts from the state profile's portal age (src/domain/family.ts); it asks for its
 *   own records only once the rights have transferred at the age of majority (34 CFR 300.520).
 * - Staff who manage the case (case manager, principal, district administrator: the roles that may edit the
 *   student) list the family's input and requests, add input to a draft, close requests, record that the
 *   safeguards notice was given. Teachers and providers do not see what a family sent to the case manager.
 */
import { mayAddFamilyInput, studentPortalOpen, type FamilyInputKind } from '../domain/family';
import { ageOn, type IsoDate } from '../domain/dates';
import type { Role } from '../domain/roles';
import type { StateProfile } from '../domain/state-profiles';
import type { Actor, StudentFacts } from './actor';
import { isCaseManagerFor, isDistrictAdmin, isPrincipalOf } from './predicates';
import { studentAbilities } from './student';

export interface FamilyFacts {
  /** For a guardian actor: whether they hold the educational rights for this student. */
  educationalRights: boolean;
  dateOfBirth: IsoDate;
  today: IsoDate;
  profile: Pick<StateProfile, 'studentPortalAge' | 'ageOfMajority'>;
}

export interface FamilyAbilities {
  /** The kind of input the actor adds (parent concern or student input), or null. */
  addInput: FamilyInputKind | null;
  requestRecords: boolean;
  requestMeeting: boolean;
  /** Fill in their own preparation checklist for a meeting of this student, and share it. */
  prepare: boolean;
  /** See what the family sent: all of it (staff) or only their own (family). */
  readInput: 'all' | 'own' | 'none';
  /** Add input to the draft, acknowledge it, close meeting requests, record the safeguards notice given. */
  manage: boolean;
}

const NONE: FamilyAbilities = {
  addInput: null,
  requestRecords: false,
  requestMeeting: false,
  prepare: false,
  readInput: 'none',
  manage: false,
};

type Level = 'manage' | 'none' | 'family';
const LEVEL = {
  district_admin: 'manage',
  principal: 'manage',
  case_manager: 'manage',
  teacher: 'none',
  provider: 'none',
  guardian: 'family',
  student: 'family',
} as const satisfies Record<Role, Level>;

const MANAGES = {
  district_admin: (a: Actor) => isDistrictAdmin(a),
  principal: isPrincipalOf,
  case_manager: isCaseManagerFor,
} as const;

export function familyAbilities(actor: Actor, student: StudentFacts, facts: FamilyFacts): FamilyAbilities {
  if (!studentAbilities(actor, student).view) return NONE;
  switch (LEVEL[actor.role]) {
    case 'none':
      return NONE;
    case 'manage': {
      const manages = MANAGES[actor.role as keyof typeof MANAGES](actor, student);
      return manages ? { ...NONE, readInput: 'all', manage: true } : NONE;
    }
    case 'family': {
      const input = mayAddFamilyInput({
        role: actor.role,
        educationalRights: facts.educationalRights,
        dateOfBirth: facts.dateOfBirth,
        today: facts.today,
        profile: facts.profile,
      });
      if (actor.role === 'guardian') {
        const rights = facts.educationalRights;
        return {
          addInput: input.allowed ? input.kind : null,
          requestRecords: rights,
          requestMeeting: rights,
          prepare: rights,
          readInput: 'own',
          manage: false,
        };
      }
      const ofAge = studentPortalOpen(facts.dateOfBirth, facts.today, facts.profile);
      const adult = ageOn(facts.dateOfBirth, facts.today) >= facts.profile.ageOfMajority;
      return {
        addInput: input.allowed ? input.kind : null,
        requestRecords: adult,
        requestMeeting: ofAge,
        prepare: ofAge,
        readInput: ofAge ? 'own' : 'none',
        manage: false,
      };
    }
  }
}

/**
 * Whether the family area of a student answers the actor (GET /api/v1/students/{id}/family-input): the staff who read
 * what the family sent, and the family themselves (a student below the portal age is told when it opens). Teachers
 * and providers never see what a family sent to the case manager: to them it does not exist (404).
 */
export function familyAreaVisible(actor: Actor, student: StudentFacts, abilities: FamilyAbilities): boolean {
  if (!studentAbilities(actor, student).view) return false;
  return abilities.readInput !== 'none' || LEVEL[actor.role] === 'family';
}

/**
 * Which family portal the actor reads the app as: a parent ('parent'), the student themself ('student'), or
 * neither (staff: null). The web app words the pages for its reader from this (a presentation the server decides).
 */
export type Portal = 'parent' | 'student';
const PORTAL = {
  district_admin: null,
  principal: null,
  case_manager: null,
  teacher: null,
  provider: null,
  guardian: 'parent',
  student: 'student',
} as const satisfies Record<Role, Portal | null>;

export function portalOf(actor: Pick<Actor, 'role'>): Portal | null {
  return PORTAL[actor.role];
}
