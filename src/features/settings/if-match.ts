/** ETags of the settings and the calendars, and the version an If-Match names (read after the caller is authorized). */

export const settingsTag = (districtId: string, version: number) => `"${districtId}.${version}"`;
export const calendarTag = (schoolId: string, schoolYear: string, version: number) =>
  `"${schoolId}.${schoolYear}.${version}"`;

/** The version an If-Match header names (src/server/etag.ts): read inside the use case once access is granted, so someone the record is not for gets 404 whatever they send. */
export { versionFromIfMatch } from '../../server/etag';
