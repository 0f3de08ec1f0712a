import { describe, expect, it } from 'vitest';
import { STATE_PROFILES } from '../domain/state-profiles';
import type { Actor, StudentFacts } from './actor';
import { familyAbilities, familyAreaVisible, type FamilyFacts } from './family';

const D = 'd1';
const student: StudentFacts = {
  id: 's1',
  districtId: D,
  schoolId: 'sch1',
  caseManagerIds: ['cm'],
  providerIds: ['slp'],
  teacherIds: ['t'],
  guardianIds: ['g1', 'g2'],
};
const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  districtId: D,
  role,
  name: 'X',
  discipline: null,
  schoolIds: [],
  studentId: null,
  guardianId: null,
  ...extra,
});
const facts = (over: Partial<FamilyFacts> = {}): FamilyFacts => ({
  educationalRights: true,
  dateOfBirth: '2012-06-15',
  today: '2026-11-30',
  profile: STATE_PROFILES.federal,
  ...over,
});

describe('family abilities', () => {
  it('a guardian with rights adds concerns and makes requests, and reads their own', () => {
    expect(familyAbilities(actor('guardian', { guardianId: 'g1' }), student, facts())).toEqual({
      addInput: 'parent_concern',
      requestRecords: true,
      requestMeeting: true,
      prepare: true,
      readInput: 'own',
      manage: false,
    });
  });
  it('a guardian without rights reads their own and does nothing else', () => {
    expect(
      familyAbilities(actor('guardian', { guardianId: 'g2' }), student, facts({ educationalRights: false })),
    ).toEqual({
      addInput: null,
      requestRecords: false,
      requestMeeting: false,
      prepare: false,
      readInput: 'own',
      manage: false,
    });
  });
  it("another child's guardian gets nothing", () => {
    expect(familyAbilities(actor('guardian', { guardianId: 'g9' }), student, facts()).readInput).toBe('none');
  });
  it('the student: nothing before the portal age, input from the birthday, records only as an adult', () => {
    const me = actor('student', { studentId: 's1' });
    expect(familyAbilities(me, student, facts({ today: '2026-06-14' }))).toEqual({
      addInput: null,
      requestRecords: false,
      requestMeeting: false,
      prepare: false,
      readInput: 'none',
      manage: false,
    });
    expect(familyAbilities(me, student, facts({ today: '2026-06-15' }))).toEqual({
      addInput: 'student_input',
      requestRecords: false,
      requestMeeting: true,
      prepare: true,
      readInput: 'own',
      manage: false,
    });
    expect(familyAbilities(me, student, facts({ today: '2030-06-15' })).requestRecords).toBe(true);
    expect(familyAbilities(actor('student', { studentId: 's2' }), student, facts()).readInput).toBe('none');
  });
  it('the case manager of the student manages; another case manager, teachers and providers do not', () => {
    expect(familyAbilities(actor('case_manager', { userId: 'cm' }), student, facts())).toEqual({
      addInput: null,
      requestRecords: false,
      requestMeeting: false,
      prepare: false,
      readInput: 'all',
      manage: true,
    });
    expect(familyAbilities(actor('case_manager', { userId: 'cm2' }), student, facts()).manage).toBe(false);
    expect(familyAbilities(actor('teacher', { userId: 't' }), student, facts()).readInput).toBe('none');
    expect(familyAbilities(actor('provider', { userId: 'slp' }), student, facts()).readInput).toBe('none');
  });
  it('the principal of the school and the district administrator manage; not across districts', () => {
    expect(familyAbilities(actor('principal', { schoolIds: ['sch1'] }), student, facts()).manage).toBe(true);
    expect(familyAbilities(actor('principal', { schoolIds: ['sch2'] }), student, facts()).manage).toBe(false);
    expect(familyAbilities(actor('district_admin'), student, facts()).manage).toBe(true);
    expect(familyAbilities(actor('district_admin', { districtId: 'd2' }), student, facts()).manage).toBe(false);
  });
});

describe('the family area answers (familyAreaVisible): the staff who manage, and the family themselves', () => {
  it.each([
    ['district_admin', {}, true],
    ['principal', { schoolIds: ['sch1'] }, true],
    ['principal', { schoolIds: ['other'] }, false],
    ['case_manager', { userId: 'cm' }, true],
    ['teacher', { userId: 't' }, false],
    ['provider', { userId: 'slp' }, false],
    ['guardian', { guardianId: 'g1' }, true],
    ['guardian', { guardianId: 'g9' }, false],
    // A student below the portal age still reaches the area: it says when the portal opens.
    ['student', { studentId: 's1' }, true],
    ['student', { studentId: 's2' }, false],
  ] as [Actor['role'], Partial<Actor>, boolean][])('%s %o → %s', (role, extra, want) => {
    const a = actor(role, extra);
    expect(familyAreaVisible(a, student, familyAbilities(a, student, facts({ today: '2026-06-14' })))).toBe(want);
  });
});
