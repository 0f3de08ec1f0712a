/** ETags of the settings and the calendars, and the version an If-Match names (read after the caller is authorized). */
import { AppError } from '../../domain/errors';

export const settingsTag = (districtId: string, version: number) => `"${districtId}.${version}"`;
export const calendarTag = (schoolId: string, schoolYear: string, version: number) => `"${schoolId}.${schoolYear}.${version}"`;

/**
 * The version an If-Match header names (null when there is none); 412 when it names something else. Called inside
 * the use case once access is granted, so someone the record is not for gets 404 whatever they send.
 */
export function versionFromIfMatch(header: string | undefined, prefix: string, what: string): number | null {
  if (header === undefined) return null;
  const m = /^(?:W\/)?"(.+)\.(\d+)"$/.exec(header.trim());
  if (!m || m[1] !== prefix) throw new AppError('PRECONDITION_FAILED', `If-Match does not name a version of ${what}. Use the ETag from GET.`);
  return Number(m[2]);
}
