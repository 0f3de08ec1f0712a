/** src/policy/summary-of-performance.ts: summaries of performance (34 CFR 300.305(e)(3)), built on the student policy. */
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

import { summaryAbilities } from './summary-of-performance';

const EXPECTED = {
  district_admin: { view: true, drafts: true, write: true },
  principal: { view: true, drafts: true, write: true },
  case_manager: { view: true, drafts: true, write: true },
  provider: { view: true, drafts: true, write: false },
  teacher: { view: false, drafts: false, write: false },
  guardian: { view: true, drafts: false, write: false },
  student: { view: true, drafts: false, write: false },
} satisfies Record<Role, { view: boolean; drafts: boolean; write: boolean }>;

describe('summary of performance abilities', () => {
  it.each(ROLES)('%s, related to the student', (role) =>
    expect(summaryAbilities(related(role), STUDENT)).toEqual(EXPECTED[role]),
  );
  it.each(ROLES)('%s of another district: nothing', (role) =>
    expect(summaryAbilities(riverside(role), STUDENT)).toEqual({ view: false, drafts: false, write: false }),
  );
});
