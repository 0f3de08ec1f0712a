/**
 * Replaces one school year's calendar, from its first and last day and closures or day by day (dates of the year not
 * given: no school). District administrators; the version of an existing year is required (If-Match: 428 without it,
 * 412 when stale); written and audited in one transaction.
 */
import type { DataHandle } from '../../db/handle';
import {
  buildSchoolYear,
  completeSchoolYear,
  schoolYearOf,
  summarizeYear,
  type CalendarDay,
  type Closure,
} from '../../domain/calendar';
import { AppError, type FieldError } from '../../domain/errors';
import { versionFromIfMatch } from './if-match';
import { presentYearSummary, requireSchool, requireSettingsAccess } from './presenter';

export type CalendarInput =
  | { firstDay: string; lastDay: string; closures: Closure[] }
  | { dates: { date: string; instructional: boolean; note: string | null }[] };

function daysOf(schoolYear: string, input: CalendarInput): { days: CalendarDay[]; source: 'build' | 'days' } {
  if ('firstDay' in input) {
    const r = buildSchoolYear(schoolYear, input);
    if (!r.ok) throw new AppError('VALIDATION_FAILED', 'The calendar was not saved: fix the fields named.', r.problems);
    return { days: r.days, source: 'build' };
  }
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  input.dates.forEach((d, i) => {
    if (schoolYearOf(d.date) !== schoolYear)
      problems.push({ path: `dates.${i}.date`, message: `Not in the school year ${schoolYear} (July 1 to June 30).` });
    else if (seen.has(d.date)) problems.push({ path: `dates.${i}.date`, message: `${d.date} is given twice.` });
    seen.add(d.date);
  });
  if (problems.length)
    throw new AppError('VALIDATION_FAILED', 'The calendar was not saved: fix the fields named.', problems);
  return {
    days: completeSchoolYear(
      schoolYear,
      input.dates.map((d) => ({ day: d.date, instructional: d.instructional, note: d.note?.trim() || null })),
    ),
    source: 'days',
  };
}

export async function replaceCalendar(
  handle: DataHandle,
  opts: { schoolId: string; schoolYear: string; ifMatch: string | undefined; input: CalendarInput },
) {
  return handle.run(async (scope) => {
    requireSettingsAccess(scope, 'editCalendars', 'calendar');
    const school = await requireSchool(scope, opts.schoolId);
    const expectedVersion = versionFromIfMatch(opts.ifMatch, `${school.id}.${opts.schoolYear}`, 'this calendar');
    const { days, source } = daysOf(opts.schoolYear, opts.input);
    const existing = (await scope.calendars.years(school.id)).find((y) => y.schoolYear === opts.schoolYear);
    if (existing && expectedVersion === null) {
      throw new AppError(
        'VERSION_REQUIRED',
        `${school.name} already has a calendar for ${opts.schoolYear}: send If-Match with its ETag to replace it.`,
        [{ path: 'If-Match', message: 'Required: the version of the calendar you are replacing.' }],
      );
    }
    const stale = () =>
      new AppError(
        'PRECONDITION_FAILED',
        'The calendar changed since you loaded it. Reload it, then apply your change.',
      );
    if (!existing && expectedVersion !== null) throw stale();
    const r = await scope.calendars.replaceYear(school.id, opts.schoolYear, days, {
      source,
      expectedVersion: existing ? expectedVersion : null,
    });
    if (r === 'stale') throw stale();
    const s = summarizeYear(days);
    await scope.audit({
      action: 'calendar.replace',
      studentId: null,
      context: {
        schoolId: school.id,
        schoolYear: opts.schoolYear,
        source,
        via: 'api',
        fromVersion: existing?.version ?? null,
        toVersion: r.version,
        days: s.days,
        instructionalDays: s.instructionalDays,
        replacedDays: r.replacedDays,
      },
    });
    const header = (await scope.calendars.years(school.id)).find((y) => y.schoolYear === opts.schoolYear);
    if (!header) throw new Error(`calendar: the year ${opts.schoolYear} was written but cannot be read back`);
    return {
      ...presentYearSummary(header),
      schoolId: school.id,
      schoolName: school.name,
      dates: days.map((d) => ({ date: d.day, instructional: d.instructional, note: d.note })),
    };
  });
}
