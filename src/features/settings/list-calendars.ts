/** A school's calendars: the school years it has, and whether the current one is there (district administrators). */
import type { DataHandle } from '../../db/handle';
import { schoolYearOf } from '../../domain/calendar';
import { presentYearSummary, requireSchool, requireSettingsAccess } from './presenter';

export async function listCalendars(handle: DataHandle, opts: { schoolId: string }) {
  return handle.read(async (scope) => {
    requireSettingsAccess(scope, 'view', 'calendar');
    const school = await requireSchool(scope, opts.schoolId);
    const years = await scope.calendars.years(school.id);
    const currentSchoolYear = schoolYearOf(scope.today);
    await scope.audit({ action: 'calendar.read', studentId: null, context: { schoolId: school.id } });
    return {
      schoolId: school.id,
      schoolName: school.name,
      currentSchoolYear,
      hasCurrentCalendar: years.some((y) => y.schoolYear === currentSchoolYear),
      data: years.map(presentYearSummary),
    };
  });
}
