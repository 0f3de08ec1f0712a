/** src/policy/notifications.ts: the district's mail outbox is the administrator's alone. */
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

import { notificationAbilities } from './notifications';

describe('notification abilities by role', () => {
  it.each(ROLES)('%s reads the outbox only as the district administrator', (role) => {
    expect(notificationAbilities(actor(role))).toEqual({ readOutbox: role === 'district_admin' });
  });
});
