import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { calculateDeadline, calendarFromDays, WEEKDAY_CALENDAR, type DeadlineRule } from '../../domain/deadlines';
import { stateProfile } from '../../domain/state-profiles';

/** The due date of one rule from one date, with the district's profile (or another) and a school's calendar. */
export async function calculate(handle: DataHandle, opts: { rule: DeadlineRule; from: string; profile?: string | undefined; schoolId?: string | undefined }) {
  return handle.read(async (scope) => {
    let calendar = WEEKDAY_CALENDAR;
    if (opts.schoolId) {
      const days = await scope.calendars.days(opts.schoolId);
      if (!days) throw new AppError('VALIDATION_FAILED', 'No such school in your district.', [{ path: 'query.schoolId', message: 'Not a school of your district.' }]);
      calendar = calendarFromDays(days);
    }
    const profile = stateProfile(opts.profile ?? scope.actor.stateProfile ?? 'federal');
    const d = calculateDeadline({ rule: opts.rule, from: opts.from, profile, calendar });
    return { ...d, profile: profile.code, from: opts.from };
  });
}
