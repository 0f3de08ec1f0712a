/** The case clock API's shapes (zod): case events by kind, deadline items, the compliance summary. */
import { z } from 'zod';
import {
  CASE_EVENT_KINDS,
  CONSENT_TYPES,
  DELAY_REASON_CODES,
  EXIT_REASONS,
  MEETING_PURPOSES,
  REFERRAL_SOURCES,
} from '../domain/case-events';
import { CLOCK_RULES, type ClockRule } from '../domain/case-clock';
import { DISCIPLINE_EVENT_KINDS } from '../domain/discipline';
import { DISABILITY_CATEGORY_CODES } from '../domain/disability';
import { isIsoDate } from '../domain/dates';

const isoDate = z.string().refine(isIsoDate, 'A date as YYYY-MM-DD.');
const note = z.string().max(2000, 'At most 2000 characters.');
const none = z.strictObject({ note: note.optional() });
const consent = z.strictObject({ consentType: z.enum(CONSENT_TYPES), note: note.optional() });
const uuid = z.uuid({ error: 'Must be a UUID.' });

/** The details each kind of event carries. */
export const EVENT_DETAILS = {
  referral: z.strictObject({ source: z.enum(REFERRAL_SOURCES), note: note.optional() }),
  // partCEligibleOn: the date the child was found eligible for Part C early intervention (SPP/APR indicator 12 (e)).
  part_c_referral: z.strictObject({
    program: z.string().max(200).optional(),
    partCEligibleOn: isoDate.optional(),
    note: note.optional(),
  }),
  safeguards_notice: z.strictObject({ language: z.string().max(10).optional(), note: note.optional() }),
  consent_requested: consent,
  consent_given: consent,
  consent_refused: consent,
  consent_revoked: consent,
  evaluation_planned: z.strictObject({ areas: z.array(z.string().max(200)).max(30).optional(), note: note.optional() }),
  evaluation_completed: z.strictObject({
    reevaluation: z.boolean(),
    reportSharedOn: isoDate.optional(),
    note: note.optional(),
  }),
  eligibility: z.strictObject({
    eligible: z.boolean(),
    categories: z.array(z.enum(DISABILITY_CATEGORY_CODES)).max(3).default([]),
    referredTo504: z.boolean().default(false),
    note: note.optional(),
  }),
  iep_meeting: z.strictObject({ purpose: z.enum(MEETING_PURPOSES), meetingId: uuid.optional(), note: note.optional() }),
  progress_report: z.strictObject({ planId: uuid.optional(), note: note.optional() }),
  age_of_majority_notice: none,
  records_request: z.strictObject({
    requestedBy: z.string().max(200).optional(),
    scope: z.string().max(2000).optional(),
    note: note.optional(),
  }),
  records_provided: z.strictObject({ requestId: uuid.optional(), note: note.optional() }),
  state_complaint_filed: none,
  state_complaint_decided: none,
  due_process_filed: z.strictObject({
    filedBy: z.enum(['parent', 'district']).optional(),
    overridesConsent: z.enum(CONSENT_TYPES).optional(),
    note: note.optional(),
  }),
  resolution_meeting_scheduled: z.strictObject({ scheduledFor: isoDate, note: note.optional() }),
  resolution_meeting_held: none,
  hearing_scheduled: z.strictObject({ scheduledFor: isoDate, note: note.optional() }),
  due_process_decided: none,
  delay: z.strictObject({
    rule: z.enum(CLOCK_RULES as [string, ...string[]]),
    reason: z.enum(DELAY_REASON_CODES),
    note: note.optional(),
  }),
  exit: z.strictObject({ reason: z.enum(EXIT_REASONS), note: note.optional() }),
} satisfies Record<GenericEventKind, z.ZodType>;

/** Kinds recorded here; discipline records go through the discipline API (src/features/discipline), which applies 300.530–300.536. */
export type GenericEventKind = Exclude<(typeof CASE_EVENT_KINDS)[number], (typeof DISCIPLINE_EVENT_KINDS)[number]>;
export const isGenericEventKind = (k: (typeof CASE_EVENT_KINDS)[number]): k is GenericEventKind =>
  !(DISCIPLINE_EVENT_KINDS as readonly string[]).includes(k);

export const newEventSchema = z.strictObject({
  kind: z.enum(CASE_EVENT_KINDS),
  occurredOn: isoDate,
  details: z.record(z.string(), z.unknown()).default({}),
});

export const voidSchema = z.strictObject({
  reason: z.string().trim().min(1, 'Say why the event is voided.').max(2000),
});

export const eventSchema = z.object({
  id: z.string(),
  studentId: z.string(),
  kind: z.enum(CASE_EVENT_KINDS),
  occurredOn: z.string(),
  details: z.record(z.string(), z.unknown()),
  sourceType: z.string().nullable(),
  sourceId: z.string().nullable(),
  recordedByName: z.string(),
  recordedAt: z.string(),
  voided: z.boolean(),
  voidedAt: z.string().nullable(),
  voidedByName: z.string().nullable(),
  voidReason: z.string().nullable(),
});

const DEADLINE_STATUS_CODES = ['upcoming', 'due_soon', 'overdue', 'delayed', 'met', 'met_late'] as const;
const clockRule = z.enum(CLOCK_RULES as [ClockRule, ...ClockRule[]]);

/** What clears a deadline (src/domain/case-clock.ts ClockAction): record an event, or go where the work is done. */
const clockActionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('record_event'),
    eventKind: z.enum(CASE_EVENT_KINDS),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
  z.object({ kind: z.literal('open_plan'), planId: z.string(), section: z.literal('progress').optional() }),
  z.object({ kind: z.literal('new_plan') }),
  z.object({ kind: z.literal('open_meeting'), meetingId: z.string() }),
  z.object({ kind: z.literal('schedule_meeting'), purpose: z.string() }),
  z.object({ kind: z.literal('open_section'), section: z.enum(['consents', 'notices', 'exit']) }),
  z.object({ kind: z.literal('open_discipline') }),
]);

const countsSchema = z.object({
  upcoming: z.number(),
  due_soon: z.number(),
  overdue: z.number(),
  delayed: z.number(),
  met: z.number(),
  met_late: z.number(),
});

export const deadlineItemSchema = z.object({
  id: z.string(),
  studentId: z.string(),
  studentName: z.string(),
  schoolId: z.string(),
  schoolName: z.string(),
  rule: clockRule,
  due: z.string(),
  status: z.enum(DEADLINE_STATUS_CODES),
  citation: z.string(),
  basis: z.string(),
  startedOn: z.string().nullable(),
  metOn: z.string().nullable(),
  daysLeft: z.number(),
  delay: z.object({ reason: z.string(), allowed: z.boolean(), citation: z.string(), note: z.string() }).nullable(),
  action: clockActionSchema,
  /** The date counts school days the school's calendar does not cover (Monday–Friday assumed): an estimate. */
  estimated: z.boolean(),
});

const STATUS = DEADLINE_STATUS_CODES;
export const deadlinesQuery = z.strictObject({
  status: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      const list = s.split(',').map((x) => x.trim());
      const bad = list.filter((x) => !(STATUS as readonly string[]).includes(x));
      if (bad.length) {
        ctx.addIssue({
          code: 'custom',
          message: `Unknown status ${bad.join(', ')}; use ${STATUS.join(', ')} (comma-separated).`,
        });
        return z.NEVER;
      }
      return list as (typeof STATUS)[number][];
    }),
  rule: z.enum(CLOCK_RULES as [string, ...string[]]).optional(),
  schoolId: uuid.optional(),
  studentId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});

/** Schools of the students listed that have no calendar for the current school year (their school-day clocks are estimates). */
export const missingCalendarSchema = z.object({ schoolId: z.string(), schoolName: z.string(), schoolYear: z.string() });
export const deadlinesResponse = z.object({
  asOf: z.string(),
  data: z.array(deadlineItemSchema),
  missingCalendars: z.array(missingCalendarSchema),
});

export const summaryQuery = z.strictObject({ schoolId: uuid.optional() });
export const summaryResponse = z.object({
  asOf: z.string(),
  students: z.number(),
  totals: countsSchema,
  byRule: z.array(z.object({ rule: clockRule, citation: z.string(), counts: countsSchema })),
  bySchool: z.array(
    z.object({
      schoolId: z.string(),
      schoolName: z.string(),
      counts: countsSchema,
      byRule: z.array(z.object({ rule: clockRule, counts: countsSchema })),
    }),
  ),
  abilities: z.object({ downloadReports: z.boolean() }),
  indicators: z.array(
    z.object({
      id: z.enum(['spp11', 'spp12', 'spp13']),
      numerator: z.number(),
      denominator: z.number(),
      percent: z.number().nullable(),
      citation: z.string(),
      /** The reporting year measured (July 1 – June 30, to date); null for indicator 13 (as of today). */
      schoolYear: z.string().nullable(),
      /** Children listed but not counted yet (their timeline has not ended). */
      pending: z.number(),
      /** Children left out of the denominator, by reason (a delay-reason code or the measurement's category). */
      excluded: z.array(z.object({ reason: z.string(), citation: z.string(), children: z.number() })),
    }),
  ),
});

/** A student's case events. */
export const eventListSchema = z.object({ data: z.array(eventSchema) });
export type EventList = z.infer<typeof eventListSchema>;
