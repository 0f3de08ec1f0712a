/**
 * Imports a school's calendar from CSV (the screen's upload or paste, and `openiep calendar import`): every row is
 * checked (src/domain/calendar-csv.ts); with any rejected row nothing is written and each is reported by line, field
 * and reason (422); otherwise each school year in the file is replaced whole, in one transaction, audited per year.
 * `dryRun`: the same checks and report, nothing written.
 */
import type { DataHandle } from '../../db/handle';
import { calendarImportAccepted, planCalendarImport, type CalendarIssue } from '../../domain/calendar-csv';
import { AppError } from '../../domain/errors';
import { readCalendarCsv } from './calendar-csv-text';
import { requireSchool, requireSettingsAccess } from './presenter';

/** A rejected import: every rejected row as `lines.<line>.<field>` (the header is line 1). */
export class CalendarImportRejected extends AppError {
  constructor(readonly issues: CalendarIssue[]) {
    super(
      'RULE_VIOLATION',
      `The calendar was not imported: ${issues.length} row${issues.length === 1 ? '' : 's'} rejected. Nothing was changed.`,
      issues.map((i) => ({ path: `lines.${i.line}.${i.field}`, message: i.reason })),
    );
  }
}

export async function importCalendar(
  handle: DataHandle,
  opts: { schoolId: string; csv: string; dryRun: boolean; schoolYear?: string | undefined; via?: 'api' | 'cli' },
) {
  const run = opts.dryRun ? handle.read.bind(handle) : handle.run.bind(handle);
  return run(async (scope) => {
    requireSettingsAccess(scope, 'editCalendars', 'calendar');
    const school = await requireSchool(scope, opts.schoolId);
    const read = readCalendarCsv(opts.csv);
    if ('issue' in read) throw new CalendarImportRejected([read.issue]);
    const plan = planCalendarImport(read.table, opts.schoolYear ? { onlySchoolYear: opts.schoolYear } : {});
    if (!calendarImportAccepted(plan))
      throw new CalendarImportRejected(plan.issues.filter((i) => i.severity === 'rejected'));
    const existing = new Map((await scope.calendars.years(school.id)).map((y) => [y.schoolYear, y]));
    const years = [];
    for (const y of plan.years) {
      const before = existing.get(y.schoolYear);
      let version: number | null = null;
      if (!opts.dryRun) {
        const r = await scope.calendars.replaceYear(school.id, y.schoolYear, y.days, {
          source: 'import',
          expectedVersion: null,
        });
        if (r === 'stale') throw new Error('unreachable: no version was expected');
        version = r.version;
        await scope.audit({
          action: 'calendar.replace',
          studentId: null,
          context: {
            schoolId: school.id,
            schoolYear: y.schoolYear,
            source: 'import',
            via: opts.via ?? 'api',
            fromVersion: before?.version ?? null,
            toVersion: r.version,
            days: y.days.length,
            instructionalDays: y.instructionalDays,
            replacedDays: r.replacedDays,
          },
        });
      }
      years.push({
        schoolYear: y.schoolYear,
        listed: y.listed,
        days: y.days.length,
        instructionalDays: y.instructionalDays,
        firstInstructionalDay: y.firstInstructionalDay,
        lastInstructionalDay: y.lastInstructionalDay,
        replaces: before ? { version: before.version, days: before.days } : null,
        version,
      });
    }
    return {
      schoolId: school.id,
      schoolName: school.name,
      dryRun: opts.dryRun,
      years,
      warnings: plan.issues
        .filter((i) => i.severity === 'warning')
        .map(({ line, field, reason }) => ({ line, field, reason })),
    };
  });
}
