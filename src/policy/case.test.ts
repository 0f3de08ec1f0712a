/** src/policy/case.ts: the case clock, built on the student policy; the compliance summary. */
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../domain/roles';
import type { Actor, StudentFacts } from './actor';

const LINCOLN = 'district-lincoln';
function actor(role: Role, over: Partial<Actor> = {}): Actor {
  return {
    userId: `${role}-user`,
    districtId: LINCOLN,
    role,
    name: `A ${role}`,
    discipline: role === 'provider' ? 'slp' : null,
    schoolIds: ['school-1'],
    studentId: null,
    guardianId: null,
    ...over,
  };
}
/** A Lincoln student every actor below is related to in their own way (so each role sees them). */
const STUDENT: StudentFacts = {
  id: 'student-user',
  districtId: LINCOLN,
  schoolId: 'school-1',
  caseManagerIds: ['case_manager-user'],
  providerIds: ['provider-user'],
  teacherIds: ['teacher-user'],
  guardianIds: ['g-1'],
};
const related = (role: Role) =>
  actor(role, role === 'guardian' ? { guardianId: 'g-1' } : role === 'student' ? { studentId: 'student-user' } : {});
const riverside = (role: Role) => ({ ...related(role), districtId: 'district-riverside' });

import { canReadComplianceSummary, caseAbilities } from './case';

const EXPECTED = {
  district_admin: { view: true, record: true },
  principal: { view: true, record: true },
  case_manager: { view: true, record: true },
  provider: { view: true, record: false },
  teacher: { view: false, record: false },
  guardian: { view: true, record: false },
  student: { view: true, record: false },
} satisfies Record<Role, { view: boolean; record: boolean }>;

describe('case clock abilities', () => {
  it.each(ROLES)('%s, related to the student', (role) => {
    expect(caseAbilities(related(role), STUDENT)).toEqual(EXPECTED[role]);
  });
  it.each(ROLES)('%s of another district sees nothing', (role) => {
    expect(caseAbilities(riverside(role), STUDENT)).toEqual({ view: false, record: false });
  });
  it('an unrelated case manager, provider or parent sees nothing', () => {
    for (const role of ['case_manager', 'provider', 'guardian'] as const) {
      expect(caseAbilities(actor(role, { userId: 'someone-else', guardianId: 'g-9' }), STUDENT), role).toEqual({
        view: false,
        record: false,
      });
    }
  });
  it('the compliance summary: administrators and principals', () => {
    for (const role of ROLES)
      expect(canReadComplianceSummary(actor(role)), role).toBe(role === 'district_admin' || role === 'principal');
  });
});
