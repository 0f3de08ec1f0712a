/**
 * Who may see and change the district's settings: its state profile, the 618 child count date, the meeting-notice
 * lead time, and each school's instructional calendar. District administrators only, and only their own district's
 * (every query is scoped to the actor's district). Anyone else is answered 404, as if the settings did not exist.
 */
import type { Role } from '../domain/roles';
import type { Actor } from './actor';

export interface DistrictSettingsAbilities {
  /** Read the settings and the schools' calendars. */
  view: boolean;
  /** Change the settings (profile, count date, lead time). */
  edit: boolean;
  /** Replace a school year's calendar (build it, import a CSV). */
  editCalendars: boolean;
}

const NONE = { view: false, edit: false, editCalendars: false } as const;
const BY_ROLE = {
  district_admin: { view: true, edit: true, editCalendars: true },
  principal: NONE,
  case_manager: NONE,
  teacher: NONE,
  provider: NONE,
  guardian: NONE,
  student: NONE,
} as const satisfies Record<Role, DistrictSettingsAbilities>;

export function districtSettingsAbilities(actor: Pick<Actor, 'role'>): DistrictSettingsAbilities {
  return BY_ROLE[actor.role];
}
