/** One school year's calendar, day by day, with its version (district administrators; 404 when the year has none). */
import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { presentYearSummary, requireSchool, requireSettingsAccess } from './presenter';

export async function getCalendar(handle: DataHandle, opts: { schoolId: string; schoolYear: string }) {
  return handle.read(async (scope) => {
    requireSettingsAccess(scope, 'view', 'calendar');
    const school = await requireSchool(scope, opts.schoolId);
    const year = await scope.calendars.year(school.id, opts.schoolYear);
    if (!year) throw new AppError('NOT_FOUND', `${school.name} has no calendar for ${opts.schoolYear}.`);
    await scope.audit({
      action: 'calendar.read',
      studentId: null,
      context: { schoolId: school.id, schoolYear: opts.schoolYear },
    });
    return {
      ...presentYearSummary(year.header),
      schoolId: school.id,
      schoolName: school.name,
      dates: year.days.map((d) => ({ date: d.day, instructional: d.instructional, note: d.note })),
    };
  });
}
