/** src/policy/reports.ts: the federal reports are the district administrator's. */
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

import { canReadFederalReports } from './reports';

describe('federal reports', () => {
  it.each(ROLES)('%s', (role) => expect(canReadFederalReports(actor(role))).toBe(role === 'district_admin'));
});
