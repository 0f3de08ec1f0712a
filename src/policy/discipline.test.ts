import { describe, expect, it } from 'vitest';
import type { Role } from '../domain/roles';
import type { Actor, StudentFacts } from './actor';
import { disciplineAbilities } from './discipline';

const D = 'district-1';
const student: StudentFacts = {
  id: 'st-1',
  districtId: D,
  schoolId: 'school-1',
  caseManagerIds: ['cm'],
  providerIds: ['slp'],
  teacherIds: ['t'],
  guardianIds: ['g'],
};
const actor = (role: Role, over: Partial<Actor> = {}): Actor => ({
  userId: `${role}-u`,
  districtId: D,
  role,
  name: role,
  discipline: null,
  schoolIds: [],
  studentId: null,
  guardianId: null,
  ...over,
});

describe('discipline abilities per role', () => {
  it.each<[string, Actor, { view: boolean; record: boolean }]>([
    ['district administrator', actor('district_admin'), { view: true, record: true }],
    ['principal of the school', actor('principal', { schoolIds: ['school-1'] }), { view: true, record: true }],
    ['principal of another school', actor('principal', { schoolIds: ['school-2'] }), { view: false, record: false }],
    ['the case manager', actor('case_manager', { userId: 'cm' }), { view: true, record: true }],
    ['another case manager', actor('case_manager', { userId: 'cm2' }), { view: false, record: false }],
    [
      'a teacher of the student (the clock is not theirs)',
      actor('teacher', { userId: 't' }),
      { view: false, record: false },
    ],
    ['another teacher', actor('teacher', { userId: 't3' }), { view: false, record: false }],
    ['the provider serving the student', actor('provider', { userId: 'slp' }), { view: true, record: false }],
    ['a provider not assigned', actor('provider', { userId: 'slp2' }), { view: false, record: false }],
    ['a parent of the student', actor('guardian', { guardianId: 'g' }), { view: true, record: false }],
    ['the parent of another child', actor('guardian', { guardianId: 'h' }), { view: false, record: false }],
    ['the student', actor('student', { studentId: 'st-1' }), { view: true, record: false }],
    ['another student', actor('student', { studentId: 'st-2' }), { view: false, record: false }],
  ])('%s', (_label, a, want) => {
    expect(disciplineAbilities(a, student)).toEqual(want);
  });

  it('nobody in another district sees it', () => {
    for (const role of ['district_admin', 'principal', 'case_manager', 'provider', 'guardian'] as Role[]) {
      expect(
        disciplineAbilities(
          actor(role, {
            districtId: 'other',
            userId: role === 'provider' ? 'slp' : 'cm',
            guardianId: 'g',
            schoolIds: ['school-1'],
          }),
          student,
        ),
      ).toEqual({ view: false, record: false });
    }
  });
});
