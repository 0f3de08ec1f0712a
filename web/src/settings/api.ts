/**
 * District settings and school calendars (src/features/settings/routes.ts), typed from the server's zod schemas
 * (type-only imports). ETags follow the project's convention: the settings' is `"<districtId>.<version>"`, a
 * calendar year's `"<schoolId>.<schoolYear>.<version>"`; a stale one answers 412.
 */
import type { z } from 'zod';
import { request } from '../api';
import type {
  calendarImportResultSchema,
  calendarListSchema,
  calendarYearSchema,
  patchSettingsSchema,
  putCalendarSchema,
  settingsSchema,
} from '../../../src/api/settings';

export type DistrictSettings = z.infer<typeof settingsSchema>;
export type ProfileDefinition = DistrictSettings['profiles'][number];
export type EffectiveProfile = DistrictSettings['effectiveProfile'];
export type SettingsPatch = z.input<typeof patchSettingsSchema>;
export type CalendarList = z.infer<typeof calendarListSchema>;
export type CalendarYearSummary = CalendarList['data'][number];
export type CalendarYear = z.infer<typeof calendarYearSchema>;
export type CalendarImportResult = z.infer<typeof calendarImportResultSchema>;
export type CalendarInput = z.input<typeof putCalendarSchema>;

/** The settings screens' queries (TanStack Query keys); a save invalidates what it changed. */
export const settingsKeys = {
  district: ['district-settings'] as const,
  calendars: (schoolId: string) => ['calendars', schoolId] as const,
};

export const settingsEtag = (s: Pick<DistrictSettings, 'districtId' | 'version'>) => `"${s.districtId}.${s.version}"`;

export function getDistrictSettings(signal?: AbortSignal): Promise<DistrictSettings> {
  return request<DistrictSettings>('GET', '/api/v1/district/settings', { signal });
}

export function saveDistrictSettings(
  current: Pick<DistrictSettings, 'districtId' | 'version'>,
  patch: SettingsPatch,
): Promise<DistrictSettings> {
  return request<DistrictSettings>('PATCH', '/api/v1/district/settings', {
    body: patch,
    headers: { 'If-Match': settingsEtag(current) },
  });
}

export function listCalendars(schoolId: string, signal?: AbortSignal): Promise<CalendarList> {
  return request<CalendarList>('GET', `/api/v1/schools/${encodeURIComponent(schoolId)}/calendars`, { signal });
}

export function importCalendar(
  schoolId: string,
  body: { csv: string; dryRun: boolean; schoolYear?: string },
): Promise<CalendarImportResult> {
  return request<CalendarImportResult>('POST', `/api/v1/schools/${encodeURIComponent(schoolId)}/calendars/import`, {
    body,
  });
}

/** Replaces a school year's calendar; `version`: the one on record (null when the year has none yet). */
export function saveCalendarYear(
  schoolId: string,
  schoolYear: string,
  version: number | null,
  body: CalendarInput,
): Promise<CalendarYear> {
  const headers: Record<string, string> =
    version === null ? {} : { 'If-Match': `"${schoolId}.${schoolYear}.${version}"` };
  return request<CalendarYear>(
    'PUT',
    `/api/v1/schools/${encodeURIComponent(schoolId)}/calendars/${encodeURIComponent(schoolYear)}`,
    { body, headers },
  );
}
