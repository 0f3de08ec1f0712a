/** The students API's shapes (zod): parsed on the way in, serialized on the way out, and the OpenAPI document. */
import { z } from 'zod';
import { DISABILITY_CATEGORY_CODES } from '../domain/disability';
import { GRADES } from '../domain/grades';
import { SPED_STATUSES } from '../domain/sped-status';

export const studentAbilitiesSchema = z.object({
  view: z.boolean(),
  viewDisability: z.boolean(),
  viewGuardians: z.boolean(),
  viewIdentifiers: z.boolean(),
  viewAccessLog: z.boolean(),
  edit: z.boolean(),
});

export const studentSummarySchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  grade: z.string(),
  schoolId: z.string(),
  schoolName: z.string(),
  spedStatus: z.enum(SPED_STATUSES),
  primaryDisability: z.enum(DISABILITY_CATEGORY_CODES).nullable().optional(),
  caseManagers: z.array(z.object({ id: z.string(), name: z.string() })),
  abilities: studentAbilitiesSchema,
});

export const guardianSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  relationship: z.string(),
  educationalRights: z.boolean(),
  livesWith: z.boolean(),
  preferredLanguage: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

/**
 * What the caller may do with the parts of the record that have their own routes (src/features/students/record-abilities.ts),
 * each the answer of the policy those routes ask: the web app shows a section, a button or a form from these.
 */
export const recordAbilitiesSchema = z.object({
  /** The case clock: see the deadlines and the case history; record and void events (src/policy/case.ts). */
  caseAbilities: z.object({ view: z.boolean(), record: z.boolean() }),
  /** Consents and prior written notices: see them; request consent; write notices; see draft notices (src/policy/consent.ts). */
  consentAbilities: z.object({
    view: z.boolean(),
    request: z.boolean(),
    writeNotices: z.boolean(),
    viewDraftNotices: z.boolean(),
  }),
  /** Meetings: list them; schedule one (src/policy/meeting.ts). */
  meetingAbilities: z.object({ list: z.boolean(), schedule: z.boolean() }),
  /** The family area: whether it answers the caller; whether they act on what the family sent (src/policy/family.ts). */
  familyAbilities: z.object({ view: z.boolean(), manage: z.boolean() }),
  /** What the caller may do with the student's discipline record (src/policy/discipline.ts). */
  disciplineAbilities: z.object({ view: z.boolean(), record: z.boolean() }),
  /** The student's exit and summaries of performance (34 CFR 300.305(e)(3)): whether the caller may read them (and drafts), and write them. */
  summaryAbilities: z.object({ view: z.boolean(), drafts: z.boolean(), write: z.boolean() }),
});

export const studentSchema = studentSummarySchema.extend({
  ...recordAbilitiesSchema.shape,
  middleName: z.string().nullable(),
  localId: z.string().optional(),
  stateId: z.string().nullable().optional(),
  primaryLanguage: z.string(),
  homeLanguage: z.string(),
  englishLearner: z.boolean(),
  hispanicLatino: z.boolean().optional(),
  races: z.array(z.string()).optional(),
  sex: z.string().optional(),
  secondaryDisability: z.enum(DISABILITY_CATEGORY_CODES).nullable().optional(),
  guardians: z.array(guardianSchema).optional(),
  version: z.number(),
  updatedAt: z.string(),
});

export const listQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  schoolId: z.uuid({ error: 'Must be a UUID.' }).optional(),
  status: z.enum(SPED_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
});

export const listResponseSchema = z.object({ data: z.array(studentSummarySchema), nextCursor: z.string().nullable() });

const language = z.string().regex(/^[a-z]{2,3}$/, 'Use an ISO 639 language code such as en or es.');

export const patchBodySchema = z.strictObject({
  version: z.number().int().positive().optional(),
  grade: z.enum(GRADES).optional(),
  stateId: z.string().trim().min(1).max(40).nullable().optional(),
  primaryLanguage: language.optional(),
  homeLanguage: language.optional(),
  englishLearner: z.boolean().optional(),
  spedStatus: z.enum(SPED_STATUSES).optional(),
  primaryDisability: z.enum(DISABILITY_CATEGORY_CODES).nullable().optional(),
  secondaryDisability: z.enum(DISABILITY_CATEGORY_CODES).nullable().optional(),
});
export type PatchBody = z.infer<typeof patchBodySchema>;

export const accessLogEntrySchema = z.object({
  id: z.string(),
  occurredAt: z.string(),
  actor: z.object({ name: z.string().nullable(), role: z.string().nullable() }),
  action: z.string(),
  description: z.string(),
  outcome: z.string(),
  purpose: z.string().nullable(),
  ip: z.string().nullable().optional(),
});
export const accessLogQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  // An audit id: digits that fit PostgreSQL's bigint (a larger number would fail in the database).
  before: z
    .string()
    .refine((v) => /^\d{1,19}$/.test(v) && BigInt(v) <= 9223372036854775807n, 'Use the id of the last entry you have.')
    .optional(),
});
export const accessLogResponseSchema = z.object({
  data: z.array(accessLogEntrySchema),
  nextBefore: z.string().nullable(),
});

/** Why the record is read (written into the access log), when the reader says. */
export const studentReadQuery = z.strictObject({ purpose: z.string().trim().max(200).optional() });
export type StudentReadQuery = z.infer<typeof studentReadQuery>;
