/** District settings and school calendars: the API's shapes (zod), shared with the web app (types only). */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { isSchoolYear } from '../domain/calendar';
import { MAX_CALENDAR_NOTE } from '../domain/calendar-csv';
import { EVALUATION_COUNTINGS, NOTICE_COUNTINGS } from '../domain/state-profiles';

const isoDate = z.string().refine(isIsoDate, 'A date as YYYY-MM-DD.');
const counting = z.enum(NOTICE_COUNTINGS as ['calendar', 'school']);
const lawNotice = z.object({ days: z.number(), counting });

export const citationsSchema = z.object({
  evaluationTimeline: z.string(),
  meetingNotice: z.string(),
  transitionAge: z.string(),
  ageOfMajority: z.string(),
  developmentalDelayAges: z.string(),
  studentPortalAge: z.string(),
});

/** A profile as a state's law says it (built in, or added with `openiep profile add`). */
export const profileDefinitionSchema = z.object({
  code: z.string(),
  name: z.string(),
  builtIn: z.boolean(),
  evaluationTimeline: z.object({
    days: z.number(),
    counting: z.enum(EVALUATION_COUNTINGS as ['calendar', 'school', 'calendar_excluding_breaks']),
    excludeBreaksOverSchoolDays: z.number().optional(),
  }),
  /** The lead time the law sets; null where it says only "early enough" (the district sets its own). */
  meetingNotice: lawNotice.nullable(),
  transitionAge: z.number(),
  ageOfMajority: z.number(),
  developmentalDelayAges: z.object({ min: z.number(), max: z.number() }).nullable(),
  studentPortalAge: z.number(),
  /** The 34 CFR 303.211 option: Part C services past the third birthday (SPP/APR indicator 12 (f)). */
  partCServicesPastAgeThree: z.object({ offered: z.boolean(), citation: z.string() }),
  citations: citationsSchema,
});

/** The profile the district works to: its state's, with the district's lead time resolved. */
export const effectiveProfileSchema = profileDefinitionSchema.omit({ meetingNotice: true, builtIn: true }).extend({
  meetingNotice: z.object({
    days: z.number(),
    counting,
    source: z.enum(['law', 'district_default']),
    citation: z.string(),
    lawMinimum: lawNotice.nullable(),
    setByDistrict: z.boolean(),
  }),
});

export const schoolCalendarStatusSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Whether the school has its calendar for the current school year (else its school-day clocks are estimates). */
  hasCurrentCalendar: z.boolean(),
});

export const settingsSchema = z.object({
  districtId: z.string(),
  districtName: z.string(),
  version: z.number(),
  updatedAt: z.string().nullable(),
  stateProfile: z.string(),
  childCountDate: z.object({
    /** The district's month and day (MM-DD), or null: the first Thursday of October. */
    setting: z.string().nullable(),
    /** The count date the reports use by default today. */
    current: z.string(),
    citation: z.string(),
  }),
  /** The district's meeting notice lead time, or null (the law's, or OpenIEP's 10 calendar days). */
  meetingNoticeDefault: z.object({ days: z.number(), counting }).nullable(),
  effectiveProfile: effectiveProfileSchema,
  profiles: z.array(profileDefinitionSchema),
  currentSchoolYear: z.string(),
  schools: z.array(schoolCalendarStatusSchema),
  abilities: z.object({ edit: z.boolean(), editCalendars: z.boolean() }),
});

export const patchSettingsSchema = z.strictObject({
  stateProfile: z.string().max(32).optional(),
  childCountDate: z
    .string()
    .max(10)
    .nullable()
    .optional()
    .describe('MM-DD from 10-01 to 12-01, or null for the first Thursday of October'),
  meetingNoticeDefault: z
    .strictObject({ days: z.number().int('A whole number of days.'), counting })
    .nullable()
    .optional()
    .describe(
      'the lead time where the state law sets none (or more than the law); null to use the law’s or OpenIEP’s default',
    ),
});

// ---- calendars ----

const schoolYear = z.string().refine(isSchoolYear, 'A school year as YYYY-YYYY, e.g. 2026-2027.');
export const schoolYearParams = z.strictObject({ id: z.uuid({ error: 'Must be a UUID.' }), schoolYear });

export const calendarYearSummarySchema = z.object({
  schoolYear: z.string(),
  version: z.number(),
  source: z.string(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
  days: z.number(),
  instructionalDays: z.number(),
  firstInstructionalDay: z.string().nullable(),
  lastInstructionalDay: z.string().nullable(),
});

export const calendarListSchema = z.object({
  schoolId: z.string(),
  schoolName: z.string(),
  currentSchoolYear: z.string(),
  hasCurrentCalendar: z.boolean(),
  data: z.array(calendarYearSummarySchema),
});

export const calendarDaySchema = z.object({
  date: z.string(),
  instructional: z.boolean(),
  note: z.string().nullable(),
});
export const calendarYearSchema = calendarYearSummarySchema.extend({
  schoolId: z.string(),
  schoolName: z.string(),
  dates: z.array(calendarDaySchema),
});

const closure = z.strictObject({
  from: isoDate,
  to: isoDate,
  note: z.string().max(200, 'At most 200 characters.').default(''),
});
/** Replace a year: from its first and last day and closures, or day by day (unlisted dates of the year: no school). */
export const putCalendarSchema = z.union([
  z.strictObject({ firstDay: isoDate, lastDay: isoDate, closures: z.array(closure).max(100).default([]) }),
  z.strictObject({
    dates: z
      .array(
        z.strictObject({
          date: isoDate,
          instructional: z.boolean(),
          note: z.string().max(MAX_CALENDAR_NOTE, `At most ${MAX_CALENDAR_NOTE} characters.`).nullable().default(null),
        }),
      )
      .min(1)
      .max(366),
  }),
]);

export const importCalendarSchema = z.strictObject({
  csv: z.string().min(1, 'The CSV text is empty.').max(500_000, 'At most 500,000 characters.'),
  dryRun: z.boolean().default(false),
  /** Only this school year: a row of another year is rejected. */
  schoolYear: schoolYear.optional(),
});

export const importIssueSchema = z.object({ line: z.number(), field: z.string(), reason: z.string() });
export const calendarImportResultSchema = z.object({
  schoolId: z.string(),
  dryRun: z.boolean(),
  years: z.array(
    z.object({
      schoolYear: z.string(),
      listed: z.number(),
      days: z.number(),
      instructionalDays: z.number(),
      firstInstructionalDay: z.string().nullable(),
      lastInstructionalDay: z.string().nullable(),
      /** The calendar the year had before (null: none). A dry run says what would be replaced. */
      replaces: z.object({ version: z.number(), days: z.number() }).nullable(),
      /** The year's version after the import (null on a dry run). */
      version: z.number().nullable(),
    }),
  ),
  warnings: z.array(importIssueSchema),
});
