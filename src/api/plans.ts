/** The plans API's shapes (zod), mirroring src/domain/plan.ts. Sections are saved whole, one or several at a time. */
import { z } from 'zod';
import { EXIT_FOR_END_REASON, EXIT_REASONS, type PlanEndReason } from '../domain/exit';
import { isIsoDate } from '../domain/dates';
import { ASSESSMENT_PARTICIPATION, PLAN_STATUSES, PLAN_TYPES, SERVICE_KINDS, SERVICE_LOCATIONS } from '../domain/plan';
import { SETTINGS } from '../domain/placement';

const text = (max = 20_000) => z.string().max(max, `At most ${max} characters.`);
const isoDate = z.string().refine(isIsoDate, 'A date as YYYY-MM-DD.');
const itemId = z.string().min(1).max(64);
const minutes = z.number().int().min(0).max(100_000);

export const datesSchema = z.strictObject({
  meetingDate: isoDate.nullable(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  nextAnnualReview: isoDate.nullable(),
});
const factor = z.strictObject({ needed: z.boolean().nullable(), howAddressed: text(5000) });
const accommodation = z.strictObject({
  id: itemId,
  kind: z.enum(['classroom', 'testing', 'both']),
  description: text(2000),
  settings: text(1000),
  responsibleStaff: text(500),
});

export const iepSectionSchemas = {
  dates: datesSchema,
  presentLevels: z.strictObject({
    academic: text(),
    functional: text(),
    strengths: text(),
    parentConcerns: text(),
    studentInput: text(),
    impactOnGeneralCurriculum: text(),
  }),
  specialFactors: z.strictObject({
    behavior: factor,
    limitedEnglish: factor,
    braille: factor,
    communication: factor,
    assistiveTechnology: factor,
  }),
  goals: z
    .array(
      z.strictObject({
        id: itemId,
        area: text(200),
        baseline: text(5000),
        text: text(2000),
        measurement: text(2000),
        objectives: z.array(z.strictObject({ id: itemId, text: text(2000) })).max(20),
        discipline: z.string().max(40).nullable(),
      }),
    )
    .max(60),
  services: z
    .array(
      z.strictObject({
        id: itemId,
        kind: z.enum(SERVICE_KINDS),
        service: text(200),
        providerRole: text(200),
        minutesPerSession: minutes.nullable(),
        sessions: z.number().int().min(0).max(100).nullable(),
        per: z.enum(['week', 'month']).nullable(),
        location: z.enum(SERVICE_LOCATIONS).nullable(),
        locationDetail: text(500),
        startDate: isoDate.nullable(),
        endDate: isoDate.nullable(),
        discipline: z.string().max(40).nullable(),
      }),
    )
    .max(60),
  accommodations: z.array(accommodation).max(100),
  assessments: z
    .array(
      z.strictObject({
        id: itemId,
        assessment: text(200),
        participation: z.enum(ASSESSMENT_PARTICIPATION).nullable(),
        alternateReason: text(5000),
      }),
    )
    .max(40),
  placement: z.strictObject({
    setting: z.enum(SETTINGS),
    regularClassMinutesPerWeek: minutes.nullable(),
    schoolMinutesPerWeek: minutes.nullable(),
    nonParticipationExplanation: text(),
    extracurricular: text(),
  }),
  esy: z.strictObject({ determination: z.enum(['needed', 'not_needed', 'deferred']).nullable(), services: text() }),
  transition: z.strictObject({
    assessments: text(),
    educationTrainingGoal: text(),
    employmentGoal: text(),
    independentLivingGoal: text(),
    independentLivingNotAppropriate: z.boolean(),
    services: text(),
    courseOfStudy: text(),
    agenciesInvited: text(),
  }),
  ageOfMajority: z.strictObject({ informed: z.boolean(), informedOn: isoDate.nullable() }),
  progressReporting: z.strictObject({ frequency: text(500), method: text(1000) }),
};

export const plan504SectionSchemas = {
  dates: datesSchema,
  impairment: text(5000),
  majorLifeActivities: z.array(text(200)).max(30),
  accommodations: z.array(accommodation).max(100),
  reviewDate: isoDate.nullable(),
};

/** PATCH body: any sections (validated against the plan's type in the use case), plus `version` when If-Match is not sent. */
export const patchPlanSchema = z
  .looseObject({ version: z.number().int().positive().optional() })
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), 'Send at least one section to save.');

export const planAbilitiesSchema = z.object({
  view: z.boolean(),
  viewSections: z.array(z.string()),
  editSections: z.array(z.string()),
  finalize: z.boolean(),
  propose: z.boolean(),
  amend: z.boolean(),
  end: z.boolean(),
  share: z.boolean(),
  print: z.boolean(),
  withdraw: z.boolean(),
  /** The goals and services the caller changes are only those of their own discipline (a provider's, /me `discipline`). */
  ownDisciplineOnly: z.boolean(),
});

export const planSummarySchema = z.object({
  id: z.string(),
  studentId: z.string(),
  type: z.enum(PLAN_TYPES),
  status: z.enum(PLAN_STATUSES),
  amendmentOf: z.string().nullable(),
  amendmentMethod: z.enum(['meeting', 'written_agreement']).nullable(),
  dates: z.object({
    meetingDate: z.string().nullable(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    nextAnnualReview: z.string().nullable(),
  }),
  sharedWithFamily: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
  finalizedAt: z.string().nullable(),
  /** The first day in effect (null: never in effect — a draft, a proposal, waiting for or refused consent, 300.300(b)). */
  inEffectFrom: z.string().nullable(),
  /** The first day no longer in effect, and why (an exit names its basis: `exit:<reason>`; `consent_refused`). */
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  /** The plan of its type that was current when this one was started (finalizing answers 409 once it no longer is). */
  basedOn: z.string().nullable(),
  /** A withdrawn open plan: when, by whom and why (kept, never in effect). */
  withdrawn: z.object({ at: z.string(), byName: z.string().nullable(), reason: z.string() }).nullable(),
  abilities: planAbilitiesSchema,
});

export const withdrawSchema = z.strictObject({
  reason: z.string().trim().min(1, 'Say why the plan is withdrawn.').max(1000),
  /** The version withdrawn, when If-Match is not sent. */
  version: z.number().int().positive().optional(),
});

/**
 * The values a plan finding's words need (src/domain/plan-rules.ts): numbers (ages), ISO days (turnsOn, planEnd,
 * meetingDate, heldOn, startDate, endDate, latestEnd, latestReview, planStart), codes (factor, endBasis) and lists of
 * codes (missing, vagueVerbs). Which are set depends on the code.
 */
export const findingParamsSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]),
);

/**
 * A finding on a plan: `code` (PLAN_FINDING_RULES; `rule` is the same, kept for older clients), its citation,
 * severity, the path of the field it is about, the values its words need, and `message` in English for a client that
 * does not know the code.
 */
export const findingSchema = z.object({
  code: z.string(),
  rule: z.string(),
  citation: z.string(),
  severity: z.enum(['error', 'warning']),
  path: z.string(),
  params: findingParamsSchema,
  message: z.string(),
});

/** GET /plans/{id}/findings: the findings, and the district's day they were computed for (a day before it is past: "turned 16"). */
export const findingsResponseSchema = z.object({ data: z.array(findingSchema), asOf: z.string() });

export const planSchema = planSummarySchema.extend({
  /** The sections the caller may read (others are omitted). */
  content: z.record(z.string(), z.unknown()),
  environmentCode: z.string().nullable().optional(),
});

export const createPlanSchema = z.strictObject({
  type: z.enum(PLAN_TYPES),
  /** Start from the plan in effect of the same type (an annual review), or from an empty draft. */
  startFrom: z.enum(['empty', 'active']).default('empty'),
});
export const amendSchema = z.strictObject({ method: z.enum(['meeting', 'written_agreement']) });
export const endSchema = z.strictObject({
  reason: z.enum(Object.keys(EXIT_FOR_END_REASON) as [PlanEndReason, ...PlanEndReason[]]),
  note: z.string().trim().max(1000).default(''),
  /** For an IEP: the basis of the student's exit, when it differs from the one the reason implies. */
  exitReason: z.enum(EXIT_REASONS).optional(),
});
export const shareSchema = z.strictObject({ shared: z.boolean(), version: z.number().int().positive().optional() });
export const goalCheckBodySchema = z.strictObject({
  text: z.string().trim().min(1, 'Write the goal first.').max(2000, 'At most 2000 characters.'),
});

/** GET /api/v1/plans/{id}/versions: the versions of a plan that left draft, oldest first. */
export const planVersionsSchema = z.object({
  data: z.array(
    z.object({
      version: z.number(),
      status: z.enum(PLAN_STATUSES),
      savedAt: z.string(),
      savedBy: z.string().nullable(),
      dates: z.object({
        meetingDate: z.string().nullable(),
        startDate: z.string().nullable(),
        endDate: z.string().nullable(),
        nextAnnualReview: z.string().nullable(),
      }),
      content: z.record(z.string(), z.unknown()),
    }),
  ),
});

/** GET /api/v1/plans/{id}/changes: what changed between this plan and another of the student (by default, the plan it amends). */
export const planChangesSchema = z.object({
  against: z.string(),
  data: z.array(
    z.object({
      section: z.string(),
      path: z.string(),
      change: z.enum(['added', 'removed', 'changed']),
      before: z.unknown(),
      after: z.unknown(),
      field: z
        .string()
        .describe(
          "The field within its list item or section ('meetingDate', 'text', 'behavior.needed'); '' for a whole item or section.",
        ),
      item: z
        .object({ list: z.string(), id: z.string(), index: z.number().int(), label: z.string() })
        .optional()
        .describe(
          'The list item the change is in: its list, id, position (in the newer plan, or the older for one removed) and its own words.',
        ),
    }),
  ),
});

/** A student's plans the caller may see. */
export const planListSchema = z.object({ data: z.array(planSummarySchema) });
export type PlanList = z.infer<typeof planListSchema>;

/** `?against=`: the plan to compare with (by default, the plan it amends). */
export const planChangesQuery = z.strictObject({ against: z.uuid({ error: 'Must be a UUID.' }).optional() });
export type PlanChangesQuery = z.infer<typeof planChangesQuery>;

const goalComponent = z.object({ found: z.boolean(), matched: z.string().nullable() });
/** What the goal measurability check found (src/domain/goals.ts). */
export const goalCheckResponseSchema = z.object({
  measurable: z.boolean(),
  components: z.object({
    condition: goalComponent,
    behavior: goalComponent,
    criterion: goalComponent,
    timeframe: goalComponent,
  }),
  missing: z.array(z.string()),
  vagueVerbs: z.array(z.string()),
  suggestions: z.array(z.string()),
});
export type GoalCheckResponse = z.infer<typeof goalCheckResponseSchema>;
