/** The goal bank: examples, not student records. Staff read it; those who write IEPs add to their district's bank. */
import type { Role } from '../domain/roles';
import type { Actor } from './actor';

const RULES = {
  district_admin: { read: true, add: true },
  principal: { read: true, add: true },
  case_manager: { read: true, add: true },
  provider: { read: true, add: true },
  teacher: { read: true, add: false },
  guardian: { read: false, add: false },
  student: { read: false, add: false },
} as const satisfies Record<Role, { read: boolean; add: boolean }>;

export function goalBankAbilities(actor: Pick<Actor, 'role'>): { read: boolean; add: boolean } {
  return RULES[actor.role];
}
