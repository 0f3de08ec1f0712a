/**
 * Who may do what with an IEP meeting. Built on the student policy: those who manage the student's record
 * (case manager, administrator, principal of the school) manage its meetings; a teacher or provider who serves
 * the student, or who is invited to the meeting, reads it; the family (a parent of the child, the student) reads
 * their own child's meetings and a parent answers the invitation. Anyone else: the meeting does not exist (404).
 */
import type { Role } from '../domain/roles';
import type { Actor, StudentFacts } from './actor';
import { isGuardianOf, sameDistrict } from './predicates';
import { studentAbilities } from './student';

export interface MeetingFacts {
  status: 'scheduled' | 'held' | 'cancelled';
  /** Staff accounts on the meeting's team. */
  participantUserIds: readonly string[];
}

export interface MeetingAbilities {
  view: boolean;
  /** See the team check, the contact attempts and the staff-only details. */
  viewTeamCheck: boolean;
  /** Change the meeting, its team, the notice, the attempts; hold or cancel it. */
  manage: boolean;
  /** Answer the invitation (accept, decline, propose another time). */
  respond: boolean;
  /** Print the notice. */
  printNotice: boolean;
}

const NONE: MeetingAbilities = { view: false, viewTeamCheck: false, manage: false, respond: false, printNotice: false };

type Level = 'manage' | 'team' | 'family' | 'self';
const LEVEL = {
  district_admin: 'manage',
  principal: 'manage',
  case_manager: 'manage',
  teacher: 'team',
  provider: 'team',
  guardian: 'family',
  student: 'self',
} as const satisfies Record<Role, Level>;

/** Abilities to list meetings and schedule one for a student (no meeting yet). */
export function studentMeetingAbilities(actor: Actor, student: StudentFacts): { list: boolean; schedule: boolean } {
  const view = studentAbilities(actor, student).view;
  return { list: view, schedule: view && LEVEL[actor.role] === 'manage' };
}

export function meetingAbilities(actor: Actor, student: StudentFacts, meeting: MeetingFacts): MeetingAbilities {
  if (!sameDistrict(actor, student)) return NONE;
  const seesStudent = studentAbilities(actor, student).view;
  const scheduled = meeting.status === 'scheduled';
  switch (LEVEL[actor.role]) {
    case 'manage':
      return seesStudent ? { view: true, viewTeamCheck: true, manage: true, respond: false, printNotice: true } : NONE;
    case 'team': {
      // A teacher or provider serving the student, or invited to this meeting (300.321(a)(2)-(3)): they read it.
      const invited = meeting.participantUserIds.includes(actor.userId);
      return seesStudent || invited
        ? { view: true, viewTeamCheck: true, manage: false, respond: false, printNotice: true }
        : NONE;
    }
    case 'family':
      return isGuardianOf(actor, student)
        ? { view: true, viewTeamCheck: false, manage: false, respond: scheduled, printNotice: true }
        : NONE;
    case 'self':
      return seesStudent
        ? { view: true, viewTeamCheck: false, manage: false, respond: false, printNotice: true }
        : NONE;
  }
}
