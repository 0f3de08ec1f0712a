/** The discipline API's shapes (zod): what each record asks for, and the school year's summary it answers with. */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import {
  BEHAVIOR_PLAN_ACTIONS,
  CHANGE_OF_PLACEMENT_BASES,
  NOTICE_METHODS,
  PLACEMENT_OUTCOMES,
  REMOVAL_TYPES,
  SPECIAL_CIRCUMSTANCES,
} from '../domain/discipline';
import { isSchoolYear, NEXT_STEP_CODES } from '../domain/discipline-year';

const isoDate = z.string().refine(isIsoDate, 'A date as YYYY-MM-DD.');
const uuid = z.uuid({ error: 'Must be a UUID.' });
const text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);
const required = (max: number, what: string) => z.string().trim().min(1, what).max(max, `At most ${max} characters.`);

export const parentNoticeSchema = z.strictObject({
  notifiedOn: isoDate,
  method: z.enum(NOTICE_METHODS, { error: `One of ${NOTICE_METHODS.join(', ')}.` }),
  /** The procedural safeguards notice (300.504) was given with it, as 300.530(h) requires. */
  safeguardsNoticeProvided: z.boolean(),
});

export const newRemovalSchema = z
  .strictObject({
    type: z.enum(REMOVAL_TYPES, { error: `One of ${REMOVAL_TYPES.join(', ')}.` }),
    /** The day the removal was decided (default: its first day). */
    decidedOn: isoDate.optional(),
    firstDay: isoDate,
    /** The last school day of the removal; or give `schoolDays` and the calendar finds it. */
    lastDay: isoDate.optional(),
    schoolDays: z
      .number()
      .int()
      .min(1, 'At least 1 school day.')
      .max(250, 'At most 250 school days; record a longer removal by its last day.')
      .optional(),
    inSchool: z
      .strictObject({ generalCurriculum: z.boolean(), iepServices: z.boolean(), nondisabledPeers: z.boolean() })
      .optional(),
    bus: z.strictObject({ transportationInIep: z.boolean(), otherTransportationProvided: z.boolean() }).optional(),
    specialCircumstance: z
      .enum(SPECIAL_CIRCUMSTANCES, { error: `One of ${SPECIAL_CIRCUMSTANCES.join(', ')}.` })
      .optional(),
    behavior: required(2000, 'Describe the conduct (it is what a later pattern determination compares).'),
    note: text(2000).optional(),
    parentNotice: parentNoticeSchema.optional(),
  })
  .superRefine((b, ctx) => {
    if ((b.lastDay === undefined) === (b.schoolDays === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lastDay'],
        message: 'Give either the last day of the removal or its number of school days.',
      });
    }
  });

export const newPlacementDecisionSchema = z.strictObject({
  decidedOn: isoDate,
  /** The series of removals considered (300.536(a)(2)). */
  removalIds: z.array(uuid).min(1, 'Name the removals considered.').max(100),
  pattern: z.boolean(),
  substantiallySimilarBehavior: z.boolean(),
  lengthOfRemovals: required(2000, 'Say how long each removal was (300.536(a)(2)(iii)).'),
  totalTimeRemoved: required(2000, 'Say the total time removed (300.536(a)(2)(iii)).'),
  proximity: required(2000, 'Say how close together the removals were (300.536(a)(2)(iii)).'),
  determinedBy: required(500, 'Say who determined it (300.536(b)(1): the public agency, case by case).'),
  note: text(2000).optional(),
  parentNotice: parentNoticeSchema.optional(),
});

export const newNoticeSchema = parentNoticeSchema.extend({ decisionId: uuid, note: text(2000).optional() }).strict();

export const newMdrSchema = z.strictObject({
  decisionId: uuid,
  heldOn: isoDate,
  causedByDisability: z.boolean(),
  failureToImplementIep: z.boolean(),
  behaviorPlan: z.enum(BEHAVIOR_PLAN_ACTIONS, { error: `One of ${BEHAVIOR_PLAN_ACTIONS.join(', ')}.` }).optional(),
  placement: z.enum(PLACEMENT_OUTCOMES, { error: `One of ${PLACEMENT_OUTCOMES.join(', ')}.` }).optional(),
  returnedOn: isoDate.optional(),
  remedySteps: text(2000).optional(),
  services: text(2000).optional(),
  participants: text(1000).optional(),
  note: text(2000).optional(),
});

export const voidSchema = z.strictObject({
  reason: z.string().trim().min(1, 'Say why the record is voided.').max(2000, 'At most 2000 characters.'),
});

export const summaryQuery = z.strictObject({
  schoolYear: z
    .string()
    .refine(isSchoolYear, 'A school year as YYYY-YYYY (July 1 to June 30), e.g. 2026-2027.')
    .optional(),
});

// ---- The answer ----

const meta = { recordedByName: z.string(), recordedAt: z.string(), note: z.string() };

const removalView = z.object({
  id: z.string(),
  type: z.enum(REMOVAL_TYPES),
  decidedOn: z.string(),
  firstDay: z.string(),
  lastDay: z.string(),
  inSchool: z
    .object({ generalCurriculum: z.boolean(), iepServices: z.boolean(), nondisabledPeers: z.boolean() })
    .nullable(),
  bus: z.object({ transportationInIep: z.boolean(), otherTransportationProvided: z.boolean() }).nullable(),
  specialCircumstance: z.enum(SPECIAL_CIRCUMSTANCES).nullable(),
  behavior: z.string(),
  legacy: z.boolean(),
  counts: z.boolean(),
  countReason: z.string(),
  schoolDays: z.number(),
  daysRemoved: z.number(),
  dayNumbers: z.object({ first: z.number(), last: z.number() }).nullable(),
  servicesFrom: z.string().nullable(),
  servicesDays: z.number(),
  servicesDecidedBy: z.enum(['school_personnel_with_teacher', 'iep_team']).nullable(),
  returnedOn: z.string().nullable(),
  changeOfPlacementId: z.string().nullable(),
  overSpecialCircumstancesLimit: z.boolean(),
  estimated: z.boolean(),
  ...meta,
});

const status = z.enum(['upcoming', 'due_soon', 'overdue', 'delayed', 'met', 'met_late']);
const review = z.object({
  id: z.string(),
  heldOn: z.string(),
  decisionId: z.string().nullable(),
  causedByDisability: z.boolean().nullable(),
  failureToImplementIep: z.boolean().nullable(),
  manifestation: z.boolean().nullable(),
  behaviorPlan: z.enum(BEHAVIOR_PLAN_ACTIONS).nullable(),
  placement: z.enum(PLACEMENT_OUTCOMES).nullable(),
  returnedOn: z.string().nullable(),
  remedySteps: z.string(),
  services: z.string(),
  participants: z.string(),
  fromMeeting: z.boolean(),
  ...meta,
});

const decisionView = z.object({
  id: z.string(),
  basis: z.enum(CHANGE_OF_PLACEMENT_BASES),
  decidedOn: z.string(),
  removalIds: z.array(z.string()),
  citation: z.string(),
  notice: z.object({
    due: z.string(),
    status,
    notifiedOn: z.string().nullable(),
    method: z.string().nullable(),
    withoutSafeguardsOn: z.string().nullable(),
  }),
  mdr: z.object({
    due: z.string(),
    status,
    estimated: z.boolean(),
    review: review.nullable(),
    consequences: z.array(z.string()),
  }),
});

const determination = z.object({
  id: z.string(),
  determinedOn: z.string(),
  pattern: z.boolean(),
  removalIds: z.array(z.string()),
  substantiallySimilarBehavior: z.boolean(),
  lengthOfRemovals: z.string(),
  totalTimeRemoved: z.string(),
  proximity: z.string(),
  determinedBy: z.string(),
  ...meta,
});

const nextStep = z.object({
  code: z.enum(NEXT_STEP_CODES),
  severity: z.enum(['overdue', 'due', 'late', 'todo', 'info']),
  citation: z.string(),
  due: z.string().nullable(),
  removalId: z.string().nullable(),
  decisionId: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const disciplineSummarySchema = z.object({
  student: z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), schoolName: z.string() }),
  asOf: z.string(),
  schoolYear: z.string(),
  from: z.string(),
  to: z.string(),
  limit: z.number(),
  warningDay: z.number(),
  total: z.number(),
  toDate: z.number(),
  servicesFrom: z.string().nullable(),
  estimated: z.boolean(),
  removals: z.array(removalView),
  decisions: z.array(decisionView),
  determinations: z.array(determination),
  nextSteps: z.array(nextStep),
  years: z.array(z.string()),
  voided: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      occurredOn: z.string(),
      voidedAt: z.string(),
      voidedByName: z.string(),
      voidReason: z.string(),
    }),
  ),
  abilities: z.object({ view: z.boolean(), record: z.boolean() }),
});

export const recordedResponseSchema = z.object({
  recorded: z.object({ id: z.string(), kind: z.string(), occurredOn: z.string() }),
  discipline: disciplineSummarySchema,
});
