/** The goal bank API's shapes (zod), shared by the routes and the web app. */
import { z } from 'zod';
import { GOAL_AREAS, GRADE_BANDS } from '../domain/goal-bank';

/** An example goal, from the project's starter bank or the district's own. */
export const bankGoalSchema = z.object({
  id: z.string(),
  area: z.enum(GOAL_AREAS),
  gradeBand: z.enum(GRADE_BANDS),
  text: z.string(),
  measurement: z.string(),
  source: z.enum(['starter', 'district']),
});
export const goalBankQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  area: z.enum(GOAL_AREAS).optional(),
  gradeBand: z.enum(GRADE_BANDS).optional(),
});
/** Only measurable goals are accepted (422 otherwise). */
export const newBankGoalSchema = z.strictObject({
  area: z.enum(GOAL_AREAS),
  gradeBand: z.enum(GRADE_BANDS),
  text: z.string().trim().min(1).max(2000),
  measurement: z.string().trim().max(1000).default(''),
});

/** The goals of the bank that match a search. */
export const bankGoalListSchema = z.object({ data: z.array(bankGoalSchema) });
export type BankGoalList = z.infer<typeof bankGoalListSchema>;
