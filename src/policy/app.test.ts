/** src/policy/app.ts: the app-wide abilities GET /me returns, each the answer of the resource policy. */
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../domain/roles';
import type { Actor } from './actor';

const LINCOLN = 'district-lincoln';
function actor(role: Role, over: Partial<Actor> = {}): Actor {
  return { userId: `${role}-user`, districtId: LINCOLN, role, name: `A ${role}`, discipline: role === 'provider' ? 'slp' : null, schoolIds: ['school-1'], studentId: null, guardianId: null, ...over };
}

import { appAbilities } from './app';
import { districtSettingsAbilities } from './district-settings';

describe('app abilities', () => {
  it.each(ROLES)('%s manages the district settings exactly when the settings policy lets them view them', (role) => {
    expect(appAbilities(actor(role))).toEqual({ manageDistrictSettings: districtSettingsAbilities(actor(role)).view });
  });
  it('the administrator does, a case manager does not', () => {
    expect(appAbilities(actor('district_admin')).manageDistrictSettings).toBe(true);
    expect(appAbilities(actor('case_manager')).manageDistrictSettings).toBe(false);
  });
});
