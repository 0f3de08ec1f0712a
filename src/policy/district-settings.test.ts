import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../domain/roles';
import { appAbilities } from './app';
import { districtSettingsAbilities } from './district-settings';

describe('district settings: district administrators only', () => {
  it.each(ROLES.map((r) => [r, r === 'district_admin'] as [Role, boolean]))('%s → %s', (role, allowed) => {
    expect(districtSettingsAbilities({ role })).toEqual({ view: allowed, edit: allowed, editCalendars: allowed });
    expect(appAbilities({ role }).manageDistrictSettings).toBe(allowed);
  });
});
