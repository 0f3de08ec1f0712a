/**
 * What the signed-in person may do across the app (GET /api/v1/me `abilities`): the web app shows a menu entry from
 * these answers, never from the role. Each ability is the answer of the resource's own policy.
 */
import type { Actor } from './actor';
import { districtSettingsAbilities } from './district-settings';

export interface AppAbilities {
  /** The district settings screen: state profile, count date, meeting notice lead time, school calendars. */
  manageDistrictSettings: boolean;
}

export function appAbilities(actor: Pick<Actor, 'role'>): AppAbilities {
  return { manageDistrictSettings: districtSettingsAbilities(actor).view };
}
