/**
 * The API's shapes, inferred from the server's own zod schemas (type-only imports: nothing from the
 * server reaches the bundle), so a change to the API that the web app does not follow fails to compile.
 */
import type { z } from 'zod';
import type {
  accessLogEntrySchema,
  accessLogResponseSchema,
  guardianSchema,
  listResponseSchema,
  studentSchema,
  studentSummarySchema,
} from '../../src/features/students/schemas';
import type { IepContent, PlanDates, Section504Content } from '../../src/domain/plan';
import type { findingSchema, planSchema, planSummarySchema } from '../../src/features/plans/schemas';

export type StudentSummary = z.infer<typeof studentSummarySchema>;
export type Student = z.infer<typeof studentSchema>;
export type Guardian = z.infer<typeof guardianSchema>;
export type StudentPage = z.infer<typeof listResponseSchema>;
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;
export type AccessLogPage = z.infer<typeof accessLogResponseSchema>;

/** GET /api/v1/schools (src/features/schools/routes.ts). */
export interface School {
  id: string;
  name: string;
  gradeLow: string | null;
  gradeHigh: string | null;
}

/** The signed-in person, as GET /api/v1/me and POST /api/v1/session return them (src/server/auth.ts). */
export interface Me {
  id: string;
  email: string;
  name: string;
  role: string;
  discipline: string | null;
  districtId: string;
  studentId: string | null;
  preferredLanguage: string;
}
export interface SessionResponse {
  user: Me;
  csrfToken: string;
  expiresAt?: string;
}

// ---- Plans (src/features/plans/schemas.ts; section shapes from src/domain/plan.ts) ----

export type PlanSummary = z.infer<typeof planSummarySchema>;
export type Plan = z.infer<typeof planSchema>;
export type PlanAbilities = Plan['abilities'];
export type Finding = z.infer<typeof findingSchema>;
export type { GoalCheck, GoalComponent } from '../../src/domain/goals';

/** Every section a plan may have, by name: an IEP's, a 504 plan's, and the dates both have (top-level in the API). */
export type AllSections = IepContent & Section504Content & { dates: PlanDates };
export type SectionKey = keyof AllSections;

/** GET /api/v1/plans/{id}/versions (src/features/plans/routes.ts). */
export interface PlanVersion {
  version: number;
  status: string;
  savedAt: string;
  savedBy: string | null;
  dates: PlanDates;
  content: Record<string, unknown>;
}
