/**
 * Educational environments for IDEA Section 618 reporting (school age: 5 in kindergarten through 21) and
 * the least restrictive environment (34 CFR 300.114–300.116; SPP/APR indicator 5).
 */
export const SETTINGS = [
  'regular_school',
  'separate_school',
  'residential_facility',
  'homebound_hospital',
  'correctional_facility',
  'parentally_placed_private',
] as const;
export type Setting = (typeof SETTINGS)[number];

export type EnvironmentCode = 'RC80' | 'RC79TO40' | 'RC39' | 'SS' | 'RF' | 'HH' | 'CF' | 'PPPS';

const SETTING_CODE = {
  regular_school: null,
  separate_school: 'SS',
  residential_facility: 'RF',
  homebound_hospital: 'HH',
  correctional_facility: 'CF',
  parentally_placed_private: 'PPPS',
} as const satisfies Record<Setting, EnvironmentCode | null>;

/** Percent of the school day inside the regular class, to one decimal, or null when the day is not given. */
export function regularClassPercent(regularClassMinutes: number, schoolDayMinutes: number): number | null {
  if (!(schoolDayMinutes > 0) || regularClassMinutes < 0 || regularClassMinutes > schoolDayMinutes) return null;
  return Math.round((regularClassMinutes / schoolDayMinutes) * 1000) / 10;
}

/**
 * The federal environment code. In a regular school: 80 % or more of the day in the regular class → RC80;
 * 40 % to 79 % → RC79TO40; under 40 % → RC39 (boundaries: exactly 80 % is RC80, exactly 40 % is RC79TO40).
 * The percentage is compared unrounded, so 79.96 % is RC79TO40.
 */
export function environmentCode(
  setting: Setting,
  regularClassMinutes: number,
  schoolDayMinutes: number,
): EnvironmentCode | null {
  const fixed = SETTING_CODE[setting];
  if (fixed) return fixed;
  if (!(schoolDayMinutes > 0) || regularClassMinutes < 0 || regularClassMinutes > schoolDayMinutes) return null;
  const share = regularClassMinutes / schoolDayMinutes;
  if (share >= 0.8) return 'RC80';
  if (share >= 0.4) return 'RC79TO40';
  return 'RC39';
}
