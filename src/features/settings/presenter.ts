/** The settings as the API shows them: explicit field lists, the profiles the district may choose, the schools' calendars. */
import type { Scope } from '../../db/handle';
import type { DistrictSettingsRow } from '../../db/district-repo';
import type { CalendarYearRow } from '../../db/calendar-repo';
import { schoolYearOf } from '../../domain/calendar';
import { COUNT_DATE_CITATION, currentCountDate } from '../../domain/count-date';
import { AppError } from '../../domain/errors';
import {
  BUILT_IN_PROFILES,
  districtProfile,
  isBuiltInProfile,
  validateProfileDefinition,
  type StateProfile,
  type StateProfileDefinition,
} from '../../domain/state-profiles';
import { districtSettingsAbilities } from '../../policy/district-settings';

export function presentDefinition(d: StateProfileDefinition, builtIn: boolean) {
  return {
    code: d.code,
    name: d.name,
    builtIn,
    evaluationTimeline: { ...d.evaluationTimeline },
    meetingNotice: d.meetingNotice ? { ...d.meetingNotice } : null,
    transitionAge: d.transitionAge,
    ageOfMajority: d.ageOfMajority,
    developmentalDelayAges: d.developmentalDelayAges ? { ...d.developmentalDelayAges } : null,
    studentPortalAge: d.studentPortalAge,
    partCServicesPastAgeThree: { ...d.partCServicesPastAgeThree },
    citations: { ...d.citations },
  };
}

export function presentEffective(p: StateProfile) {
  return {
    code: p.code,
    name: p.name,
    evaluationTimeline: { ...p.evaluationTimeline },
    meetingNotice: {
      ...p.meetingNotice,
      lawMinimum: p.meetingNotice.lawMinimum ? { ...p.meetingNotice.lawMinimum } : null,
    },
    transitionAge: p.transitionAge,
    ageOfMajority: p.ageOfMajority,
    developmentalDelayAges: p.developmentalDelayAges ? { ...p.developmentalDelayAges } : null,
    studentPortalAge: p.studentPortalAge,
    partCServicesPastAgeThree: { ...p.partCServicesPastAgeThree },
    citations: { ...p.citations },
  };
}

export interface AvailableProfile {
  definition: StateProfileDefinition;
  builtIn: boolean;
}

/** The profiles a district may choose: the built-in ones, then those added to the database (a stored one that no longer validates is left out). */
export async function availableProfiles(scope: Scope): Promise<AvailableProfile[]> {
  const out: AvailableProfile[] = Object.values(BUILT_IN_PROFILES).map((definition) => ({ definition, builtIn: true }));
  for (const row of await scope.district.addedProfiles()) {
    if (isBuiltInProfile(row.code)) continue;
    const v = validateProfileDefinition(row.definition);
    if (v.ok && v.profile.code === row.code) out.push({ definition: v.profile, builtIn: false });
  }
  return out;
}

/** The district's effective profile for a settings row (not the session's: the row may have just changed). */
export function profileOfRow(
  row: Pick<DistrictSettingsRow, 'stateProfile' | 'meetingNoticeDays' | 'meetingNoticeCounting'>,
  profiles: readonly AvailableProfile[],
): StateProfile {
  const added = profiles.find((p) => !p.builtIn && p.definition.code === row.stateProfile)?.definition ?? null;
  return districtProfile({
    code: row.stateProfile,
    addedDefinition: added,
    meetingNoticeDefault:
      row.meetingNoticeDays !== null && row.meetingNoticeCounting !== null
        ? { days: row.meetingNoticeDays, counting: row.meetingNoticeCounting }
        : null,
  });
}

export async function settingsView(scope: Scope, row: DistrictSettingsRow, profiles: readonly AvailableProfile[]) {
  const currentSchoolYear = schoolYearOf(scope.today);
  const schools = await scope.schools.list();
  const withYear = await scope.calendars.schoolsWithYear(
    schools.map((s) => s.id),
    currentSchoolYear,
  );
  const abilities = districtSettingsAbilities(scope.actor);
  return {
    districtId: row.districtId,
    districtName: row.name,
    version: row.version,
    updatedAt: row.updatedAt,
    stateProfile: row.stateProfile,
    childCountDate: {
      setting: row.childCountDate,
      current: currentCountDate(scope.today, row.childCountDate),
      citation: COUNT_DATE_CITATION,
    },
    meetingNoticeDefault:
      row.meetingNoticeDays !== null && row.meetingNoticeCounting !== null
        ? { days: row.meetingNoticeDays, counting: row.meetingNoticeCounting }
        : null,
    effectiveProfile: presentEffective(profileOfRow(row, profiles)),
    profiles: profiles.map((p) => presentDefinition(p.definition, p.builtIn)),
    currentSchoolYear,
    schools: schools.map((s) => ({ id: s.id, name: s.name, hasCurrentCalendar: withYear.has(s.id) })),
    abilities: { edit: abilities.edit, editCalendars: abilities.editCalendars },
  };
}
export type SettingsView = Awaited<ReturnType<typeof settingsView>>;

export function presentYearSummary(y: CalendarYearRow) {
  return {
    schoolYear: y.schoolYear,
    version: y.version,
    source: y.source,
    updatedAt: y.updatedAt,
    updatedByName: y.updatedByName,
    days: y.days,
    instructionalDays: y.instructionalDays,
    firstInstructionalDay: y.firstInstructionalDay,
    lastInstructionalDay: y.lastInstructionalDay,
  };
}

/** 404 for anyone the settings are not for (recorded as a refused attempt), as if they did not exist. */
export function requireSettingsAccess(scope: Scope, need: 'view' | 'edit' | 'editCalendars', what: string): void {
  if (!districtSettingsAbilities(scope.actor)[need]) {
    throw new AppError('NOT_FOUND', 'Not found.', [], {
      action: 'district.settings.denied',
      studentId: null,
      context: { what },
    });
  }
}

/** The school, if it is the actor's district's; else 404 (recorded as refused). */
export async function requireSchool(scope: Scope, schoolId: string) {
  const school = await scope.calendars.school(schoolId);
  if (!school)
    throw new AppError('NOT_FOUND', 'No school with this id.', [], {
      action: 'district.settings.denied',
      studentId: null,
      context: { what: 'calendar', schoolId },
    });
  return school;
}
