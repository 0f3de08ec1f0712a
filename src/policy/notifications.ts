/**
 * Notifications. Everyone reads and marks their OWN inbox (enforced by the repository: another person's
 * notification does not exist for you — 404). The district's mail outbox holds mail about students to
 * families and staff: only the district administrator reads it; to anyone else it does not exist (404).
 */
import type { Role } from '../domain/roles';
import type { Actor } from './actor';

const RULES = {
  district_admin: { readOutbox: true },
  principal: { readOutbox: false },
  case_manager: { readOutbox: false },
  teacher: { readOutbox: false },
  provider: { readOutbox: false },
  guardian: { readOutbox: false },
  student: { readOutbox: false },
} as const satisfies Record<Role, { readOutbox: boolean }>;

export function notificationAbilities(actor: Pick<Actor, 'role'>): { readOutbox: boolean } {
  return RULES[actor.role];
}
