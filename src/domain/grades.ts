/** Grade levels as the CEDS/Ed-Fi codes: infant/toddler, preschool, kindergarten, 1–12, and ungraded. */
export const GRADES = [
  'PS',
  'KG',
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  'UG',
] as const;
export type Grade = (typeof GRADES)[number];
export const SEXES = ['F', 'M', 'X'] as const;
/** Federal race categories (two-or-more is derived when more than one is given). */
export const RACES = [
  'american_indian_alaska_native',
  'asian',
  'black_african_american',
  'native_hawaiian_pacific_islander',
  'white',
] as const;
/** Interface and document languages (ISO 639-1). */
export const UI_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
