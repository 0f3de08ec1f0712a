/** The family portal API's shapes (zod). Text limits come from src/domain/family.ts; the web app infers its types from these. */
import { z } from 'zod';
import {
  FAMILY_AUTHOR_ROLES,
  FAMILY_INPUT_KINDS,
  FAMILY_LIMITS,
  MEETING_REQUEST_STATUSES,
  PREPARATION_ITEMS,
  PREPARATION_NOTES,
} from '../domain/family';
import { LOCALES, DEFAULT_LOCALE } from '../documents/messages';

const text = (max: number) => z.string().max(max, `At most ${max} characters.`);

export const familyInputBodySchema = z.strictObject({
  text: text(FAMILY_LIMITS.inputText),
});

export const familyInputSchema = z.object({
  id: z.string(),
  studentId: z.string(),
  kind: z.enum(FAMILY_INPUT_KINDS),
  authorName: z.string(),
  authorRole: z.enum(FAMILY_AUTHOR_ROLES),
  text: z.string(),
  createdAt: z.string(),
  planId: z.string().nullable(),
  acknowledgedByName: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
});

export const familyAbilitiesSchema = z.object({
  addInput: z.enum(FAMILY_INPUT_KINDS).nullable(),
  requestRecords: z.boolean(),
  requestMeeting: z.boolean(),
  prepare: z.boolean(),
  readInput: z.enum(['all', 'own', 'none']),
  manage: z.boolean(),
});

export const familyInputListSchema = z.object({
  data: z.array(familyInputSchema),
  abilities: familyAbilitiesSchema,
  /** For staff: the draft IEP input would be added to (null when there is none). */
  draftPlanId: z.string().nullable(),
  /** For a student account below the portal age: the day it opens. */
  portalOpensOn: z.string().nullable(),
});

export const addToDraftResponseSchema = z.object({
  input: familyInputSchema,
  plan: z.object({ id: z.string(), version: z.number(), field: z.enum(['parentConcerns', 'studentInput']) }),
});

export const recordsRequestBodySchema = z.strictObject({
  /** What the parent wants to see (optional): "all records", "the last evaluation"… */
  scope: text(FAMILY_LIMITS.recordsScope).default(''),
});

export const recordsRequestSchema = z.object({
  id: z.string(),
  studentId: z.string(),
  requestedOn: z.string(),
  requestedBy: z.string(),
  scope: z.string(),
  /** The case clock's date: 45 days after the request, or sooner when an IEP meeting comes first (300.613(a)). */
  due: z.string(),
  citation: z.string(),
  /** How the date was reached, in words (English). */
  basis: z.string(),
  status: z.enum(['upcoming', 'due_soon', 'overdue', 'delayed', 'met', 'met_late']),
  providedOn: z.string().nullable(),
});

export const meetingRequestBodySchema = z.strictObject({
  reason: text(FAMILY_LIMITS.meetingReason),
  preferredTimes: text(FAMILY_LIMITS.preferredTimes).default(''),
});

export const meetingRequestSchema = z.object({
  id: z.string(),
  studentId: z.string(),
  requestedByName: z.string(),
  reason: z.string(),
  preferredTimes: z.string(),
  createdAt: z.string(),
  status: z.enum(MEETING_REQUEST_STATUSES),
  handledByName: z.string().nullable(),
  handledAt: z.string().nullable(),
  handledNote: z.string(),
  /** Its ETag is `"<id>.<version>"`: send it as If-Match to mark the request scheduled or closed. */
  version: z.number().int(),
});

export const meetingRequestUpdateSchema = z.strictObject({
  status: z.enum(['scheduled', 'closed']),
  note: text(FAMILY_LIMITS.closeNote).default(''),
  /** The version of the request you are answering, when you do not send If-Match. */
  version: z.number().int().positive().optional(),
});

export const checklistSchema = z.object({
  items: z.array(z.enum(PREPARATION_ITEMS)),
  notes: z.object(
    Object.fromEntries(PREPARATION_NOTES.map((n) => [n, z.string()])) as Record<
      (typeof PREPARATION_NOTES)[number],
      z.ZodString
    >,
  ),
});

export const preparationBodySchema = z.strictObject({
  /** The version being replaced (0 when there is no checklist yet), when you do not send If-Match. */
  version: z.number().int().min(0).optional(),
  items: z.array(z.string().max(64)).max(40),
  notes: z.record(
    z.string().max(64),
    z.string().max(FAMILY_LIMITS.checklistNote, `At most ${FAMILY_LIMITS.checklistNote} characters.`),
  ),
});

export const preparationSchema = z.object({
  meetingId: z.string(),
  studentId: z.string(),
  /** 0 when nothing has been saved yet (the checklist is then the empty one). */
  version: z.number(),
  checklist: checklistSchema,
  progress: z.object({ done: z.number(), total: z.number() }),
  updatedAt: z.string().nullable(),
  sharedAt: z.string().nullable(),
});

export const sharedPreparationsSchema = z.object({
  data: z.array(preparationSchema.extend({ authorName: z.string() })),
});

export const safeguardsQuerySchema = z.strictObject({
  lang: z.enum(LOCALES, { error: 'Use en or es.' }).default(DEFAULT_LOCALE),
  /** The student it is downloaded for (recorded in that student's access log); optional. */
  studentId: z.uuid({ error: 'Must be a UUID.' }).optional(),
});

/** A student's records requests. */
export const recordsRequestListSchema = z.object({ data: z.array(recordsRequestSchema) });
export type RecordsRequestList = z.infer<typeof recordsRequestListSchema>;

/** A student's meeting requests. */
export const meetingRequestListSchema = z.object({ data: z.array(meetingRequestSchema) });
export type MeetingRequestList = z.infer<typeof meetingRequestListSchema>;
