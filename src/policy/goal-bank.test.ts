/** src/policy/goal-bank.ts: staff read the bank; those who write IEPs add to it; the family does neither. */
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

import { goalBankAbilities } from './goal-bank';

const EXPECTED = {
  district_admin: { read: true, add: true },
  principal: { read: true, add: true },
  case_manager: { read: true, add: true },
  provider: { read: true, add: true },
  teacher: { read: true, add: false },
  guardian: { read: false, add: false },
  student: { read: false, add: false },
} satisfies Record<Role, { read: boolean; add: boolean }>;

describe('goal bank abilities', () => {
  it.each(ROLES)('%s', (role) => expect(goalBankAbilities(actor(role))).toEqual(EXPECTED[role]));
});
