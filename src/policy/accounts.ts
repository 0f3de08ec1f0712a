/**
 * Who may do what with people's accounts. Pure. Sending an invitation (a one-time link that sets a first password)
 * is the district administrator's, for an account of their own district; anyone else is answered as if the account
 * did not exist.
 */
import type { Actor } from './actor';
import { isDistrictAdmin } from './predicates';

/** Who may send an invitation: the district administrator, to an account of their own district. */
export function mayInvite(actor: Pick<Actor, 'role' | 'districtId'>, target: { districtId: string }): boolean {
  return isDistrictAdmin(actor) && actor.districtId === target.districtId;
}
