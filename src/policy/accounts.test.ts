/** src/policy/accounts.ts: who may send an invitation. */
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

import { mayInvite } from './accounts';

describe('who may invite', () => {
  it('only the district administrator, to an account of their own district', () => {
    expect(mayInvite(actor('district_admin'), { districtId: LINCOLN })).toBe(true);
    expect(mayInvite(actor('district_admin'), { districtId: 'district-riverside' })).toBe(false);
    for (const role of ROLES.filter((r) => r !== 'district_admin'))
      expect(mayInvite(actor(role), { districtId: LINCOLN }), role).toBe(false);
  });
});
