import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { calculateDeadline, calendarFromDays, WEEKDAY_CALENDAR, type DeadlineRule } from '../../domain/deadlines';
import { districtProfile, isBuiltInProfile, STATE_PROFILES } from '../../domain/state-profiles';
import { actorProfile } from '../../policy/actor';

/**
 * The due date of one rule from one date, with the district's effective profile (or another state's, as that state's
 * law says it with no district setting) and a school's calendar.
 */
export async function calculate(
  handle: DataHandle,
  opts: { rule: DeadlineRule; from: string; profile?: string | undefined; schoolId?: string | undefined },
) {
  return handle.read(async (scope) => {
    let calendar = WEEKDAY_CALENDAR;
    if (opts.schoolId) {
      const days = await scope.calendars.days(opts.schoolId);
      if (!days)
        throw new AppError('VALIDATION_FAILED', 'No such school in your district.', [
          { path: 'query.schoolId', message: 'Not a school of your district.' },
        ]);
      calendar = calendarFromDays(days);
    }
    let profile = actorProfile(scope.actor);
    if (opts.profile && opts.profile !== profile.code) {
      const added = isBuiltInProfile(opts.profile)
        ? null
        : (await scope.district.addedProfiles()).find((p) => p.code === opts.profile);
      if (isBuiltInProfile(opts.profile)) profile = STATE_PROFILES[opts.profile];
      else if (added)
        profile = districtProfile({ code: added.code, addedDefinition: added.definition, meetingNoticeDefault: null });
      else
        throw new AppError('VALIDATION_FAILED', 'No such state profile.', [
          {
            path: 'query.profile',
            message: 'Not a profile of this server (GET /api/v1/district/settings lists them).',
          },
        ]);
    }
    const d = calculateDeadline({ rule: opts.rule, from: opts.from, profile, calendar });
    return { ...d, profile: profile.code, from: opts.from };
  });
}
