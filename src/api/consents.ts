/** The consents and prior written notices API's shapes (zod), mirroring src/domain/consent.ts and prior-written-notice.ts. */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { CONSENT_DECISIONS, CONSENT_METHODS, CONSENT_STATUSES, CONSENT_TYPES } from '../domain/consent';
import { NOTICE_ACTIONS, NOTICE_STATUSES, NOTICE_SUBJECTS } from '../domain/prior-written-notice';
import { LOCALES } from '../documents/messages';

const text = (max: number) => z.string().max(max, `At most ${max} characters.`);
const isoDate = z.string().refine(isIsoDate, 'A date as YYYY-MM-DD.');
/** A language tag as stored for people (en, es, vi, zh-Hant…). */
const language = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A language code such as en or es.');

export const requestConsentSchema = z.strictObject({
  type: z.enum(CONSENT_TYPES),
  description: text(5000),
  recordsToRelease: text(5000).nullish(),
  releaseTo: text(1000).nullish(),
  /** The form's language; the parents' preferred language when not given. */
  language: language.optional(),
  /** The day the parents were asked, when the request went out (on paper) before it is recorded; today when not given. */
  requestedOn: isoDate.optional(),
});

/**
 * Answer a request. A parent in the portal: `{ decision, typedName, confirm: true }`. Staff recording a paper form:
 * `{ decision, method: 'paper', signedOn, signerName }`. Which fields are required is checked in the use case, so
 * that each missing one is named.
 */
export const answerConsentSchema = z.strictObject({
  decision: z.enum(CONSENT_DECISIONS, { error: 'Use given or refused.' }),
  method: z.enum(CONSENT_METHODS).default('portal'),
  typedName: text(500).optional(),
  confirm: z.boolean({ error: 'Must be true: the box confirming the signature.' }).optional(),
  signedOn: isoDate.optional(),
  signerName: text(500).optional(),
});

/** A written revocation: in the portal (typed name + confirm) or recorded by staff from paper (signedOn + signerName). */
export const revokeConsentSchema = z.strictObject({
  method: z.enum(CONSENT_METHODS).default('portal'),
  typedName: text(500).optional(),
  confirm: z.boolean({ error: 'Must be true: the box confirming the signature.' }).optional(),
  signedOn: isoDate.optional(),
  signerName: text(500).optional(),
  note: text(2000).optional(),
});

export const consentAbilitiesSchema = z.object({
  view: z.boolean(),
  answer: z.boolean(),
  recordPaperAnswer: z.boolean(),
  revoke: z.boolean(),
  print: z.boolean(),
});

export const consentSchema = z.object({
  id: z.string(),
  studentId: z.string(),
  type: z.enum(CONSENT_TYPES),
  description: z.string(),
  recordsToRelease: z.string().nullable(),
  releaseTo: z.string().nullable(),
  language: z.string(),
  requestedOn: z.string(),
  requestedByName: z.string(),
  status: z.enum(CONSENT_STATUSES),
  answer: z
    .object({
      decision: z.enum(CONSENT_DECISIONS),
      method: z.enum(CONSENT_METHODS),
      on: z.string(),
      at: z.string(),
      signerName: z.string(),
      /** Staff only: who recorded a paper answer, and the IP address a portal answer came from. */
      recordedByName: z.string().nullable().optional(),
      ip: z.string().nullable().optional(),
    })
    .nullable(),
  revocation: z
    .object({
      on: z.string(),
      at: z.string(),
      method: z.enum(CONSENT_METHODS),
      signerName: z.string(),
      note: z.string().nullable(),
      recordedByName: z.string().nullable().optional(),
    })
    .nullable(),
  /** What revoking this consent would do (or did): e.g. revoking consent for services ends them, after prior written notice. */
  revocationEffect: z.object({
    endsServices: z.boolean(),
    requiresPriorWrittenNotice: z.boolean(),
    stops: z.string(),
    citation: z.string(),
  }),
  citation: z.string(),
  version: z.number(),
  abilities: consentAbilitiesSchema,
});

export const consentListSchema = z.object({
  data: z.array(consentSchema),
  abilities: z.object({ request: z.boolean() }),
  /** Today for the district's clocks (the latest date a paper form can carry). */
  asOf: z.string(),
});

export const answeredConsentSchema = consentSchema.extend({
  /** After a revocation of consent for services: the draft prior written notice started for the case manager. */
  noticeId: z.string().nullable().optional(),
});

// ---- prior written notices ----

const elementText = text(20_000);
export const elementsSchema = z.strictObject({
  actionDescription: elementText,
  reasons: elementText,
  evaluationsUsed: elementText,
  safeguardsStatement: elementText,
  assistanceSources: elementText,
  optionsConsidered: elementText,
  otherFactors: elementText,
});

export const createNoticeSchema = z.strictObject({
  action: z.enum(NOTICE_ACTIONS),
  subject: z.enum(NOTICE_SUBJECTS),
  /** The notice's language: the parents' preferred language when not given (300.503(c)). */
  language: z.enum(LOCALES, { error: 'Use en or es.' }).optional(),
  /** Any elements written already; (4) and (5) start from the district's standard text when not given. */
  elements: elementsSchema.partial().optional(),
  consentId: z.uuid({ error: 'Must be a UUID.' }).optional(),
});

export const patchNoticeSchema = z
  .strictObject({
    action: z.enum(NOTICE_ACTIONS).optional(),
    subject: z.enum(NOTICE_SUBJECTS).optional(),
    language: z.enum(LOCALES, { error: 'Use en or es.' }).optional(),
    elements: elementsSchema.partial().optional(),
    version: z.number().int().positive().optional(),
  })
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), 'Send at least one field to save.');

export const noticeFindingSchema = z.object({
  rule: z.string(),
  path: z.string(),
  citation: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

export const noticeSchema = z.object({
  id: z.string(),
  studentId: z.string(),
  action: z.enum(NOTICE_ACTIONS),
  subject: z.enum(NOTICE_SUBJECTS),
  consentId: z.string().nullable(),
  elements: z.object({
    actionDescription: z.string(),
    reasons: z.string(),
    evaluationsUsed: z.string(),
    safeguardsStatement: z.string(),
    assistanceSources: z.string(),
    optionsConsidered: z.string(),
    otherFactors: z.string(),
  }),
  language: z.string(),
  /** The languages of the parents who hold educational rights (300.503(c)). */
  parentLanguages: z.array(z.string()),
  status: z.enum(NOTICE_STATUSES),
  issuedOn: z.string().nullable(),
  issuedByName: z.string().nullable(),
  createdByName: z.string(),
  version: z.number(),
  updatedAt: z.string(),
  findings: z.array(noticeFindingSchema),
  abilities: z.object({ view: z.boolean(), edit: z.boolean(), issue: z.boolean(), print: z.boolean() }),
});

export const noticeListSchema = z.object({ data: z.array(noticeSchema), abilities: z.object({ create: z.boolean() }) });
