/**
 * Changes the district's settings: resolve → authorize (district administrators; anyone else 404) → check the values
 * against the law (the profile exists; the count date is from October 1 to December 1, 34 CFR 300.641(a); the
 * meeting-notice lead time is not below what the state's law sets) → check the version (If-Match; 428 without it,
 * 412 when stale) → write + audit (each setting before and after) in one transaction.
 */
import type { DataHandle } from '../../db/handle';
import type { DistrictSettingsRow, SettingsChange } from '../../db/district-repo';
import { countDateSettingProblem } from '../../domain/count-date';
import { AppError, type FieldError } from '../../domain/errors';
import { meetingNoticeDefaultProblem } from '../../domain/state-profiles';
import { versionFromIfMatch } from './if-match';
import { availableProfiles, requireSettingsAccess, settingsView } from './presenter';

export interface SettingsPatch {
  stateProfile?: string | undefined;
  childCountDate?: string | null | undefined;
  meetingNoticeDefault?: { days: number; counting: 'calendar' | 'school' } | null | undefined;
}

const snapshot = (
  r: Pick<DistrictSettingsRow, 'stateProfile' | 'childCountDate' | 'meetingNoticeDays' | 'meetingNoticeCounting'>,
) => ({
  stateProfile: r.stateProfile,
  childCountDate: r.childCountDate,
  meetingNoticeDefault:
    r.meetingNoticeDays !== null ? { days: r.meetingNoticeDays, counting: r.meetingNoticeCounting } : null,
});

export async function updateSettings(handle: DataHandle, opts: { ifMatch: string | undefined; patch: SettingsPatch }) {
  return handle.run(async (scope) => {
    requireSettingsAccess(scope, 'edit', 'settings');
    const expectedVersion = versionFromIfMatch(opts.ifMatch, scope.actor.districtId, 'the settings');
    if (expectedVersion === null) {
      throw new AppError('VERSION_REQUIRED', 'Send If-Match with the ETag of the settings you loaded.', [
        { path: 'If-Match', message: 'Required: the version of the settings you are changing.' },
      ]);
    }
    const before = await scope.district.settings();
    const profiles = await availableProfiles(scope);
    const p = opts.patch;
    const next: SettingsChange = {
      stateProfile: p.stateProfile ?? before.stateProfile,
      childCountDate: p.childCountDate !== undefined ? p.childCountDate : before.childCountDate,
      meetingNoticeDays:
        p.meetingNoticeDefault !== undefined ? (p.meetingNoticeDefault?.days ?? null) : before.meetingNoticeDays,
      meetingNoticeCounting:
        p.meetingNoticeDefault !== undefined
          ? (p.meetingNoticeDefault?.counting ?? null)
          : before.meetingNoticeCounting,
    };

    const invalid: FieldError[] = [];
    const profile = profiles.find((x) => x.definition.code === next.stateProfile);
    if (!profile)
      invalid.push({
        path: 'stateProfile',
        message: `Not a profile of this server: one of ${profiles.map((x) => x.definition.code).join(', ')}.`,
      });
    const countProblem = next.childCountDate === null ? null : countDateSettingProblem(next.childCountDate);
    if (countProblem) invalid.push({ path: 'childCountDate', message: `The count date ${countProblem}.` });
    if (invalid.length)
      throw new AppError('VALIDATION_FAILED', 'The settings were not changed: fix the fields named.', invalid);

    if (profile && next.meetingNoticeDays !== null && next.meetingNoticeCounting !== null) {
      const problem = meetingNoticeDefaultProblem(profile.definition, {
        days: next.meetingNoticeDays,
        counting: next.meetingNoticeCounting,
      });
      if (problem) {
        const changedProfileOnly = p.meetingNoticeDefault === undefined && p.stateProfile !== undefined;
        const message = changedProfileOnly
          ? `${problem.message} Change the district's lead time, or clear it (null) to follow the law's.`
          : problem.message;
        throw new AppError('RULE_VIOLATION', 'The meeting notice lead time breaks the state’s law.', [
          { path: problem.path, message },
        ]);
      }
    }

    if (before.version !== expectedVersion)
      throw new AppError(
        'PRECONDITION_FAILED',
        'The settings were changed by someone else since you loaded them. Reload to see the change, then apply yours.',
      );
    const after = await scope.district.updateSettings(expectedVersion, next);
    if (!after)
      throw new AppError(
        'PRECONDITION_FAILED',
        'The settings were changed by someone else since you loaded them. Reload to see the change, then apply yours.',
      );
    const b = snapshot(before);
    const a = snapshot(after);
    const changed = (Object.keys(a) as (keyof typeof a)[]).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    await scope.audit({
      action: 'district.settings.update',
      studentId: null,
      context: { fromVersion: before.version, toVersion: after.version, changed, before: b, after: a },
    });
    return settingsView(scope, after, profiles);
  });
}
