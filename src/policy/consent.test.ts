import { describe, expect, it } from 'vitest';
import type { Role } from '../domain/roles';
import type { Actor, StudentFacts } from './actor';
import { consentAbilities, noticeAbilities, studentConsentAbilities, type ConsentFacts } from './consent';

const student: StudentFacts = {
  id: 's1',
  districtId: 'd1',
  schoolId: 'sch1',
  caseManagerIds: ['cm'],
  providerIds: ['prov'],
  teacherIds: ['teach'],
  guardianIds: ['g1', 'g2'],
};
const actor = (role: Role, over: Partial<Actor> = {}): Actor => ({
  userId: { case_manager: 'cm', provider: 'prov', teacher: 'teach' }[role as string] ?? `${role}-user`,
  districtId: 'd1',
  role,
  name: role,
  discipline: null,
  schoolIds: role === 'principal' ? ['sch1'] : [],
  studentId: role === 'student' ? 's1' : null,
  guardianId: role === 'guardian' ? 'g1' : null,
  ...over,
});
const rights: ConsentFacts = { holdsEducationalRights: true, studentOfPortalAge: false };
const noRights: ConsentFacts = { holdsEducationalRights: false, studentOfPortalAge: false };
const ofAge: ConsentFacts = { holdsEducationalRights: false, studentOfPortalAge: true };

describe('consent abilities by role', () => {
  it.each([
    ['district_admin', rights, { view: true, answer: false, recordPaperAnswer: true, revoke: false, print: true }],
    ['principal', rights, { view: true, answer: false, recordPaperAnswer: true, revoke: false, print: true }],
    ['case_manager', rights, { view: true, answer: false, recordPaperAnswer: true, revoke: false, print: true }],
    ['provider', rights, { view: true, answer: false, recordPaperAnswer: false, revoke: false, print: true }],
    ['teacher', rights, { view: false, answer: false, recordPaperAnswer: false, revoke: false, print: false }],
    ['guardian', rights, { view: true, answer: true, recordPaperAnswer: false, revoke: false, print: true }],
    ['guardian', noRights, { view: true, answer: false, recordPaperAnswer: false, revoke: false, print: true }],
    ['student', ofAge, { view: true, answer: false, recordPaperAnswer: false, revoke: false, print: true }],
    ['student', noRights, { view: false, answer: false, recordPaperAnswer: false, revoke: false, print: false }],
  ] as const)('%s (%j) on an open request', (role, facts, expected) => {
    expect(consentAbilities(actor(role), student, { status: 'requested' }, facts)).toEqual(expected);
  });

  it('a given consent: the parent with rights may revoke; staff record a written revocation; nobody answers again', () => {
    expect(consentAbilities(actor('guardian'), student, { status: 'given' }, rights)).toMatchObject({
      answer: false,
      revoke: true,
    });
    expect(consentAbilities(actor('case_manager'), student, { status: 'given' }, rights)).toMatchObject({
      recordPaperAnswer: false,
      revoke: true,
    });
    expect(consentAbilities(actor('guardian'), student, { status: 'refused' }, rights)).toMatchObject({
      answer: false,
      revoke: false,
    });
  });

  it('another district, another caseload, another family: nothing', () => {
    expect(
      consentAbilities(actor('district_admin', { districtId: 'd2' }), student, { status: 'requested' }, rights).view,
    ).toBe(false);
    expect(
      consentAbilities(actor('case_manager', { userId: 'other-cm' }), student, { status: 'requested' }, rights).view,
    ).toBe(false);
    expect(
      consentAbilities(actor('guardian', { guardianId: 'g9' }), student, { status: 'requested' }, rights).view,
    ).toBe(false);
    expect(consentAbilities(actor('student', { studentId: 's2' }), student, { status: 'requested' }, ofAge).view).toBe(
      false,
    );
  });

  it('only staff who manage the record request consent and write notices', () => {
    const can = (role: Role, f: ConsentFacts = rights) => studentConsentAbilities(actor(role), student, f).request;
    expect(
      (['district_admin', 'principal', 'case_manager', 'provider', 'teacher', 'guardian', 'student'] as const).map(
        (r) => [r, can(r, r === 'student' ? ofAge : rights)],
      ),
    ).toEqual([
      ['district_admin', true],
      ['principal', true],
      ['case_manager', true],
      ['provider', false],
      ['teacher', false],
      ['guardian', false],
      ['student', false],
    ]);
  });
});

describe('notice abilities', () => {
  it('staff edit and issue drafts; an issued notice never changes', () => {
    expect(noticeAbilities(actor('case_manager'), student, { status: 'draft' }, rights)).toEqual({
      view: true,
      edit: true,
      issue: true,
      print: true,
    });
    expect(noticeAbilities(actor('case_manager'), student, { status: 'issued' }, rights)).toEqual({
      view: true,
      edit: false,
      issue: false,
      print: true,
    });
  });
  it('the family sees issued notices only, never drafts', () => {
    expect(noticeAbilities(actor('guardian'), student, { status: 'draft' }, rights).view).toBe(false);
    expect(noticeAbilities(actor('guardian'), student, { status: 'issued' }, rights)).toEqual({
      view: true,
      edit: false,
      issue: false,
      print: true,
    });
    expect(noticeAbilities(actor('student'), student, { status: 'issued' }, ofAge).view).toBe(true);
    expect(noticeAbilities(actor('student'), student, { status: 'draft' }, ofAge).view).toBe(false);
  });
});
