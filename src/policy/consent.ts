/**
 * Who may do what with consents and prior written notices. Built on the student policy: nobody sees these
 * records for a student they may not see, and a record one may not see is a 404.
 *
 * - Staff who manage the record (administrator, principal of the school, case manager) request consent, record a
 *   paper answer or a written revocation, and write and issue notices.
 * - A provider serving the student reads them (whether consent stands decides what they may do).
 * - A general education teacher does not see them.
 * - A guardian holding educational rights signs (gives or refuses) and revokes in the portal; sees their child's
 *   consents and issued notices only.
 * - The student, from the profile's portal age, reads their own consents and issued notices but cannot sign.
 */
import type { ConsentStatus } from '../domain/consent';
import type { NoticeStatus } from '../domain/prior-written-notice';
import type { Role } from '../domain/roles';
import type { Actor, StudentFacts } from './actor';
import { studentAbilities } from './student';

/** Facts beyond the student record that the rules need (loaded by the use case). */
export interface ConsentFacts {
  /** The actor is a guardian of the student who holds educational rights (only they may sign, 300.30). */
  holdsEducationalRights: boolean;
  /** The actor is the student and has reached the profile's portal age. */
  studentOfPortalAge: boolean;
}

type Level = 'manage' | 'read' | 'none' | 'parent' | 'student';
const LEVEL = {
  district_admin: 'manage',
  principal: 'manage',
  case_manager: 'manage',
  provider: 'read',
  teacher: 'none',
  guardian: 'parent',
  student: 'student',
} as const satisfies Record<Role, Level>;

function level(actor: Actor, student: StudentFacts, facts: ConsentFacts): Level {
  if (!studentAbilities(actor, student).view) return 'none';
  const l = LEVEL[actor.role];
  if (l === 'student' && !facts.studentOfPortalAge) return 'none';
  return l;
}

export interface StudentConsentAbilities {
  /** See the student's consents and notices (family: issued notices only). */
  view: boolean;
  /** Request a consent / start a prior written notice. */
  request: boolean;
  writeNotices: boolean;
  /** See draft notices. */
  viewDraftNotices: boolean;
}

export function studentConsentAbilities(
  actor: Actor,
  student: StudentFacts,
  facts: ConsentFacts,
): StudentConsentAbilities {
  const l = level(actor, student, facts);
  return {
    view: l !== 'none',
    request: l === 'manage',
    writeNotices: l === 'manage',
    viewDraftNotices: l === 'manage' || l === 'read',
  };
}

export interface ConsentAbilities {
  view: boolean;
  /** Sign in the portal (give or refuse): a guardian with educational rights, while the request is open. */
  answer: boolean;
  /** Record an answer the parent signed on paper: staff, while the request is open. */
  recordPaperAnswer: boolean;
  /** Revoke in the portal (the parent, in writing) — or record a written revocation (staff). */
  revoke: boolean;
  print: boolean;
}

const NO_CONSENT: ConsentAbilities = {
  view: false,
  answer: false,
  recordPaperAnswer: false,
  revoke: false,
  print: false,
};

export function consentAbilities(
  actor: Actor,
  student: StudentFacts,
  consent: { status: ConsentStatus },
  facts: ConsentFacts,
): ConsentAbilities {
  const open = consent.status === 'requested';
  const given = consent.status === 'given';
  switch (level(actor, student, facts)) {
    case 'none':
      return NO_CONSENT;
    case 'manage':
      return { view: true, answer: false, recordPaperAnswer: open, revoke: given, print: true };
    case 'read':
      return { ...NO_CONSENT, view: true, print: true };
    case 'parent':
      return {
        view: true,
        answer: open && facts.holdsEducationalRights,
        recordPaperAnswer: false,
        revoke: given && facts.holdsEducationalRights,
        print: true,
      };
    case 'student':
      return { ...NO_CONSENT, view: true, print: true };
  }
}

export interface NoticeAbilities {
  view: boolean;
  edit: boolean;
  issue: boolean;
  print: boolean;
}

const NO_NOTICE: NoticeAbilities = { view: false, edit: false, issue: false, print: false };

export function noticeAbilities(
  actor: Actor,
  student: StudentFacts,
  notice: { status: NoticeStatus },
  facts: ConsentFacts,
): NoticeAbilities {
  const draft = notice.status === 'draft';
  switch (level(actor, student, facts)) {
    case 'none':
      return NO_NOTICE;
    case 'manage':
      return { view: true, edit: draft, issue: draft, print: true };
    case 'read':
      return { ...NO_NOTICE, view: true, print: true };
    case 'parent':
    case 'student':
      // The family sees what the district sent them, not its drafts.
      return draft ? NO_NOTICE : { ...NO_NOTICE, view: true, print: true };
  }
}
