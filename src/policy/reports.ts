/**
 * Who makes the federal reports (IDEA 618 counts, exiting, the SPP/APR indicators and their child-level CSVs):
 * district administrators, for their own district. Anyone else is answered 404.
 */
import type { Actor } from './actor';

export function canReadFederalReports(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'district_admin';
}
