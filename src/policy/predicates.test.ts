/** src/policy/predicates.ts: the named predicates the policies and features ask instead of comparing roles. */
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../domain/roles';
import type { Actor } from './actor';

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

import { isCaseManager, isFamily, isGuardian, isSameActor, isStaff, isStudentAccount } from './predicates';
import { seesAccessLogIps, viewDecidedBySchool } from './student';

describe('who the actor is', () => {
  it.each(ROLES)('%s', (role) => {
    const a = actor(role);
    expect(isGuardian(a)).toBe(role === 'guardian');
    expect(isStudentAccount(a)).toBe(role === 'student');
    expect(isFamily(a)).toBe(role === 'guardian' || role === 'student');
    expect(isStaff(a)).toBe(!(role === 'guardian' || role === 'student'));
    expect(isCaseManager(a)).toBe(role === 'case_manager');
    expect(viewDecidedBySchool(a)).toBe(role === 'district_admin' || role === 'principal');
    expect(seesAccessLogIps(a)).toBe(role === 'district_admin');
  });
  it('the same actor: same person, role and district', () => {
    const a = actor('case_manager');
    expect(isSameActor(a, { ...a })).toBe(true);
    expect(isSameActor(a, { ...a, userId: 'other' })).toBe(false);
    expect(isSameActor(a, { ...a, role: 'principal' })).toBe(false);
    expect(isSameActor(a, { ...a, districtId: 'district-riverside' })).toBe(false);
  });
});
