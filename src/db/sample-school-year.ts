/** The 2026-2027 school year used by the demo and the synthetic districts: first and last day, and closures. */
import { buildSchoolYear, type CalendarDay, type Closure } from '../domain/calendar';

export const SAMPLE_SCHOOL_YEAR = '2026-2027';
export const SAMPLE_FIRST_DAY = '2026-08-17';
export const SAMPLE_LAST_DAY = '2027-06-04';
export const SAMPLE_CLOSURES: readonly Closure[] = [
  { from: '2026-09-07', to: '2026-09-07', note: 'Labor Day' },
  { from: '2026-11-11', to: '2026-11-11', note: 'Veterans Day' },
  { from: '2026-11-23', to: '2026-11-27', note: 'Thanksgiving break' },
  { from: '2026-12-21', to: '2027-01-01', note: 'Winter break' },
  { from: '2027-01-18', to: '2027-01-18', note: 'Martin Luther King Jr. Day' },
  { from: '2027-02-15', to: '2027-02-15', note: "Presidents' Day" },
  { from: '2027-03-29', to: '2027-04-02', note: 'Spring break' },
  { from: '2027-05-31', to: '2027-05-31', note: 'Memorial Day' },
];

/** Every date of the sample school year (July 1 – June 30), as a school's calendar stores it. */
export function sampleSchoolYearDays(): CalendarDay[] {
  const r = buildSchoolYear(SAMPLE_SCHOOL_YEAR, {
    firstDay: SAMPLE_FIRST_DAY,
    lastDay: SAMPLE_LAST_DAY,
    closures: SAMPLE_CLOSURES,
  });
  if (!r.ok) throw new Error(`the sample school year is not valid: ${r.problems.map((p) => p.path).join(', ')}`);
  return r.days;
}
