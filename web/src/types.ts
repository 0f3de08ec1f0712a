/**
 * The API's shapes shared by several areas (students, schools, the session, plans, the goal bank): re-exports only,
 * each a `z.infer` of the server's own zod schema (type-only imports: nothing from the server reaches the bundle), so
 * a change to the API that the web app does not follow fails to compile. Nothing here is written by hand; an area's
 * own shapes live in its folder (e.g. case/types.ts, settings/api.ts).
 */
import type { z } from 'zod';
import type {
  accessLogEntrySchema,
  accessLogResponseSchema,
  guardianSchema,
  listResponseSchema,
  studentSchema,
  studentSummarySchema,
} from '../../src/api/students';
import type { IepContent, PlanDates, Section504Content } from '../../src/domain/plan';
import type { schoolSchema } from '../../src/api/schools';
import type {
  findingSchema,
  planChangesSchema,
  planSchema,
  planSummarySchema,
  planVersionsSchema,
} from '../../src/api/plans';
import type { bankGoalSchema, goalBankQuerySchema, newBankGoalSchema } from '../../src/api/goal-bank';
import type { meSchema, sessionResponseSchema } from '../../src/api/session';

export type StudentSummary = z.infer<typeof studentSummarySchema>;
export type Student = z.infer<typeof studentSchema>;
export type Guardian = z.infer<typeof guardianSchema>;
export type StudentPage = z.infer<typeof listResponseSchema>;
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;
export type AccessLogPage = z.infer<typeof accessLogResponseSchema>;

/** GET /api/v1/schools (src/features/schools/routes.ts). */
export type School = z.infer<typeof schoolSchema>;

/** The signed-in person, as GET /api/v1/me and POST /api/v1/session return them (src/api/session.ts). */
export type Me = z.infer<typeof meSchema>;
/** What the person may do across the app (src/policy/app.ts): menus, panels and wording come from these, never from the role. */
export type AppAbilities = Me['abilities'];
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

// ---- Plans (src/api/plans.ts; section shapes from src/domain/plan.ts) ----

export type PlanSummary = z.infer<typeof planSummarySchema>;
export type Plan = z.infer<typeof planSchema>;
export type PlanAbilities = Plan['abilities'];
/** A plan finding as the screens hold it: the API's (a code with its params) and the day the server computed it for (`asOf`). */
export type Finding = z.infer<typeof findingSchema> & { asOf: string };
export type { GoalCheck, GoalComponent } from '../../src/domain/goals';

/** Every section a plan may have, by name: an IEP's, a 504 plan's, and the dates both have (top-level in the API). */
export type AllSections = IepContent & Section504Content & { dates: PlanDates };
export type SectionKey = keyof AllSections;

/** GET /api/v1/plans/{id}/versions (src/api/plans.ts). */
export type PlanVersion = z.infer<typeof planVersionsSchema>['data'][number];
/** GET /api/v1/plans/{id}/changes: one change between this plan and the one it amends. */
export type PlanChange = z.infer<typeof planChangesSchema>['data'][number];

// ---- The goal bank (src/api/goal-bank.ts; the codes are src/domain/goal-bank.ts) ----

/** The areas a bank goal is filed under, in the API's order. */
export { GOAL_AREAS as GOAL_BANK_AREAS, GRADE_BANDS } from '../../src/domain/goal-bank';
export type { GoalArea as GoalBankArea, GradeBand } from '../../src/domain/goal-bank';

/** GET /api/v1/goal-bank: an example goal, from the project's starter bank or the district's own. */
export type BankGoal = z.infer<typeof bankGoalSchema>;
/** GET /api/v1/goal-bank: the filters, as the API reads them. */
export type GoalBankQuery = z.input<typeof goalBankQuerySchema>;
/** POST /api/v1/goal-bank: only measurable goals are accepted (422 otherwise). */
export type NewBankGoal = z.input<typeof newBankGoalSchema>;
