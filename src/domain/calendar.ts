/** School calendars: which dates are instructional days. Pure. */
import { addDays, daysBetween, isIsoDate, type IsoDate } from './dates';

export interface Closure {
  from: IsoDate;
  to: IsoDate;
  note: string;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: IsoDate): number {
  const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** The school year a date belongs to, July–June: 2026-11-28 → '2026-2027'. */
export function schoolYearOf(d: IsoDate): string {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  return m >= 7 ? `${y}-${y + 1}` : `${y - 1}-${y}`;
}

/**
 * Every date from `first` to `last` inclusive, classified: weekdays are instructional unless a closure
 * covers them (both ends of a closure inclusive); weekends never are.
 */
export function classifyDays(
  first: IsoDate,
  last: IsoDate,
  closures: readonly Closure[],
): { day: IsoDate; instructional: boolean; note: string | null }[] {
  const out: { day: IsoDate; instructional: boolean; note: string | null }[] = [];
  const n = daysBetween(first, last);
  for (let i = 0; i <= n; i++) {
    const day = addDays(first, i);
    const closure = closures.find((c) => day >= c.from && day <= c.to);
    const weekend = isoWeekday(day) >= 6;
    out.push({ day, instructional: !weekend && !closure, note: closure ? closure.note : weekend ? null : null });
  }
  return out;
}

// ---- a school year's calendar -----------------------------------------------------------------------------

export interface CalendarDay {
  day: IsoDate;
  instructional: boolean;
  note: string | null;
}

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/** Whether `s` names a school year as OpenIEP writes it: 'YYYY-YYYY', the second year the first plus one. */
export function isSchoolYear(s: string): boolean {
  const m = SCHOOL_YEAR.exec(s);
  return m !== null && Number(m[2]) === Number(m[1]) + 1;
}

/** The first and last day of a school year: July 1 to June 30 (the year schoolYearOf assigns dates to). */
export function schoolYearBounds(schoolYear: string): { first: IsoDate; last: IsoDate } {
  const m = SCHOOL_YEAR.exec(schoolYear);
  if (!m || !isSchoolYear(schoolYear)) throw new RangeError(`not a school year: ${schoolYear}`);
  return { first: `${m[1]}-07-01`, last: `${m[2]}-06-30` };
}

/**
 * Every date of a school year (July 1 – June 30), from the dates a district listed: a listed date as given, an
 * unlisted one as a day without school. A calendar that covers its whole year lets the school-day clocks count its
 * summer as no school (Texas: "school day" excludes the days between the spring and fall terms, Tex. Educ. Code
 * 29.004(a-1)); an SIS export that lists only the school days needs nothing else.
 */
export function completeSchoolYear(schoolYear: string, listed: readonly CalendarDay[]): CalendarDay[] {
  const { first, last } = schoolYearBounds(schoolYear);
  const byDay = new Map(listed.map((d) => [d.day, d]));
  const out: CalendarDay[] = [];
  for (let d = first; d <= last; d = addDays(d, 1))
    out.push(byDay.get(d) ?? { day: d, instructional: false, note: null });
  return out;
}

export interface SchoolYearPlan {
  firstDay: IsoDate;
  lastDay: IsoDate;
  closures: readonly Closure[];
}

/**
 * A school year built from its first and last day of instruction and its closures (holidays, breaks): weekdays from
 * the first day to the last (both included) are school days unless a closure covers them; every other date of the
 * year is not. Returns every date of the year, or the problems, each with the field it is about.
 */
export function buildSchoolYear(
  schoolYear: string,
  plan: SchoolYearPlan,
): { ok: true; days: CalendarDay[] } | { ok: false; problems: { path: string; message: string }[] } {
  const problems: { path: string; message: string }[] = [];
  if (!isSchoolYear(schoolYear))
    return { ok: false, problems: [{ path: 'schoolYear', message: 'A school year as YYYY-YYYY, e.g. 2026-2027.' }] };
  const { first, last } = schoolYearBounds(schoolYear);
  const inYear = (d: string) => isIsoDate(d) && d >= first && d <= last;
  const within = `a date from ${first} to ${last} (the school year runs July to June)`;
  if (!inYear(plan.firstDay)) problems.push({ path: 'firstDay', message: `Must be ${within}.` });
  if (!inYear(plan.lastDay)) problems.push({ path: 'lastDay', message: `Must be ${within}.` });
  if (!problems.length && plan.lastDay < plan.firstDay)
    problems.push({ path: 'lastDay', message: 'Must not come before the first day.' });
  plan.closures.forEach((c, i) => {
    if (!inYear(c.from)) problems.push({ path: `closures.${i}.from`, message: `Must be ${within}.` });
    if (!inYear(c.to)) problems.push({ path: `closures.${i}.to`, message: `Must be ${within}.` });
    else if (inYear(c.from) && c.to < c.from)
      problems.push({ path: `closures.${i}.to`, message: 'Must not come before the first day of the closure.' });
    if (c.note.length > 200) problems.push({ path: `closures.${i}.note`, message: 'At most 200 characters.' });
  });
  if (problems.length) return { ok: false, problems };
  const term = classifyDays(plan.firstDay, plan.lastDay, plan.closures).map((d) => ({
    ...d,
    note: d.note?.trim() || null,
  }));
  return { ok: true, days: completeSchoolYear(schoolYear, term) };
}

/** What a school year's calendar holds, in numbers. */
export function summarizeYear(days: readonly CalendarDay[]): {
  days: number;
  instructionalDays: number;
  firstInstructionalDay: IsoDate | null;
  lastInstructionalDay: IsoDate | null;
} {
  const school = days
    .filter((d) => d.instructional)
    .map((d) => d.day)
    .sort();
  return {
    days: days.length,
    instructionalDays: school.length,
    firstInstructionalDay: school[0] ?? null,
    lastInstructionalDay: school.at(-1) ?? null,
  };
}
