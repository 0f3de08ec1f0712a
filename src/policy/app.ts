/**
 * What the signed-in person may do across the app (GET /api/v1/me `abilities`): the web app shows a menu entry, a
 * panel or a page's wording from these answers, never from the role. Each is the answer of the resource's own
 * policy, the one its routes ask, so the web shows exactly what the API would allow.
 */
import type { Actor } from './actor';
import { complianceScope, dueScope, type FollowScope } from './case';
import { districtSettingsAbilities } from './district-settings';
import { portalOf, type Portal } from './family';
import { goalBankAbilities } from './goal-bank';
import { notificationAbilities } from './notifications';
import { canReadFederalReports } from './reports';
import { canSearchStudents } from './student';

export interface AppAbilities {
  /** The "Students" page: search and filter the students one may see (staff; src/policy/student.ts). */
  searchStudents: boolean;
  /** The "What is due" panel on the home page: whose deadlines it lists (src/policy/case.ts), or null: no panel. */
  dueScope: FollowScope | null;
  /** The compliance summary: of the district or of one's schools (src/policy/case.ts), or null: not shown (404). */
  viewCompliance: 'district' | 'schools' | null;
  /** The federal reports and the indicators' child-level CSVs (src/policy/reports.ts). */
  downloadReports: boolean;
  /** The district's mail outbox (src/policy/notifications.ts). */
  readOutbox: boolean;
  /** The district settings screen: state profile, count date, meeting notice lead time, school calendars. */
  manageDistrictSettings: boolean;
  /** Read the goal bank, and add a plan's goal to it (src/policy/goal-bank.ts). */
  readGoalBank: boolean;
  addToGoalBank: boolean;
  /** The family portal the app speaks as (a parent, the student themself), or null for staff (src/policy/family.ts). */
  portal: Portal | null;
}

export function appAbilities(actor: Pick<Actor, 'role'>): AppAbilities {
  const bank = goalBankAbilities(actor);
  return {
    searchStudents: canSearchStudents(actor),
    dueScope: dueScope(actor),
    viewCompliance: complianceScope(actor),
    downloadReports: canReadFederalReports(actor),
    readOutbox: notificationAbilities(actor).readOutbox,
    manageDistrictSettings: districtSettingsAbilities(actor).view,
    readGoalBank: bank.read,
    addToGoalBank: bank.add,
    portal: portalOf(actor),
  };
}
