/** Calendar arithmetic on ISO dates ('YYYY-MM-DD'), in UTC so that no time zone shifts a day. Pure: `today` is always an argument. */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function parts(d: IsoDate): [number, number, number] {
  const m = ISO.exec(d);
  if (!m) throw new RangeError(`not an ISO date: ${d}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function addDays(d: IsoDate, n: number): IsoDate {
  const [y, mo, da] = parts(d);
  return new Date(Date.UTC(y, mo - 1, da + n)).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const [y1, m1, d1] = parts(a);
  const [y2, m2, d2] = parts(b);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/**
 * Age in completed years on `on`. A person turns N on their birthday; someone born on 29 February
 * turns N on 1 March in a common year (the day after 28 February), the usual legal reading.
 */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = parts(dateOfBirth);
  const [y, m, d] = parts(on);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age--;
  return age;
}

/** The date a person born on `dateOfBirth` turns `years` (29 February → 1 March in common years). */
export function birthdayOf(dateOfBirth: IsoDate, years: number): IsoDate {
  const [by, bm, bd] = parts(dateOfBirth);
  return new Date(Date.UTC(by + years, bm - 1, bd)).toISOString().slice(0, 10);
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A day in words, in English ("2025-10-28" → "October 28, 2025"): for the English `message` the API keeps beside a
 * finding's code and params. Readers get their own language's words from the code and params (the web app's catalogues).
 */
export function longDateEn(d: IsoDate): string {
  const [y, m, day] = parts(d);
  // An IsoDate's month is 1 to 12; the number itself stands in should a malformed one get this far.
  return `${MONTHS_EN[m - 1] ?? String(m)} ${day}, ${y}`;
}
