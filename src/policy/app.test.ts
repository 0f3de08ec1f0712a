/**
 * The app-wide abilities (GET /api/v1/me) per role: each is the answer of the policy its routes ask, so the web app
 * shows a menu entry, a panel or a page's wording exactly when the API would serve it.
 */
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../domain/roles';
import { appAbilities } from './app';
import { canReadComplianceSummary, complianceScope, dueScope } from './case';
import { districtSettingsAbilities } from './district-settings';
import { portalOf } from './family';
import { goalBankAbilities } from './goal-bank';
import { notificationAbilities } from './notifications';
import { canReadFederalReports } from './reports';
import { canSearchStudents } from './student';

const EXPECTED = {
  district_admin: {
    searchStudents: true,
    dueScope: 'district',
    viewCompliance: 'district',
    downloadReports: true,
    readOutbox: true,
    manageDistrictSettings: true,
    readGoalBank: true,
    addToGoalBank: true,
    portal: null,
  },
  principal: {
    searchStudents: true,
    dueScope: 'schools',
    viewCompliance: 'schools',
    downloadReports: false,
    readOutbox: false,
    manageDistrictSettings: false,
    readGoalBank: true,
    addToGoalBank: true,
    portal: null,
  },
  case_manager: {
    searchStudents: true,
    dueScope: 'caseload',
    viewCompliance: null,
    downloadReports: false,
    readOutbox: false,
    manageDistrictSettings: false,
    readGoalBank: true,
    addToGoalBank: true,
    portal: null,
  },
  teacher: {
    searchStudents: true,
    dueScope: null,
    viewCompliance: null,
    downloadReports: false,
    readOutbox: false,
    manageDistrictSettings: false,
    readGoalBank: true,
    addToGoalBank: false,
    portal: null,
  },
  provider: {
    searchStudents: true,
    dueScope: null,
    viewCompliance: null,
    downloadReports: false,
    readOutbox: false,
    manageDistrictSettings: false,
    readGoalBank: true,
    addToGoalBank: true,
    portal: null,
  },
  guardian: {
    searchStudents: false,
    dueScope: null,
    viewCompliance: null,
    downloadReports: false,
    readOutbox: false,
    manageDistrictSettings: false,
    readGoalBank: false,
    addToGoalBank: false,
    portal: 'parent',
  },
  student: {
    searchStudents: false,
    dueScope: null,
    viewCompliance: null,
    downloadReports: false,
    readOutbox: false,
    manageDistrictSettings: false,
    readGoalBank: false,
    addToGoalBank: false,
    portal: 'student',
  },
} as const satisfies Record<Role, ReturnType<typeof appAbilities>>;

describe('app-wide abilities per role', () => {
  it.each(ROLES)('%s', (role) => {
    expect(appAbilities({ role })).toEqual(EXPECTED[role]);
  });

  it.each(ROLES)('%s: each ability is the answer of the policy its routes ask', (role) => {
    const a = appAbilities({ role });
    expect(a.searchStudents).toBe(canSearchStudents({ role }));
    expect(a.dueScope).toBe(dueScope({ role }));
    expect(a.viewCompliance).toBe(complianceScope({ role }));
    // The compliance summary's use case asks canReadComplianceSummary: the menu entry shows exactly when it answers.
    expect(a.viewCompliance !== null).toBe(canReadComplianceSummary({ role }));
    expect(a.downloadReports).toBe(canReadFederalReports({ role }));
    expect(a.readOutbox).toBe(notificationAbilities({ role }).readOutbox);
    expect(a.manageDistrictSettings).toBe(districtSettingsAbilities({ role }).view);
    expect(a.readGoalBank).toBe(goalBankAbilities({ role }).read);
    expect(a.addToGoalBank).toBe(goalBankAbilities({ role }).add);
    expect(a.portal).toBe(portalOf({ role }));
  });
});
