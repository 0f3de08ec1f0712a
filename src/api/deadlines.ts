/** The deadline calculator's shapes (zod), shared by the route and the web app. */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { DEADLINE_RULES } from '../domain/deadlines';

export const calculateDeadlineQuery = z.strictObject({
  rule: z.enum(DEADLINE_RULES),
  from: z.string().refine(isIsoDate, 'A date as YYYY-MM-DD.'),
  profile: z
    .string()
    .max(32)
    .optional()
    .describe('a state profile code (default: your district’s profile, with its settings)'),
  schoolId: z.uuid({ error: 'Must be a UUID.' }).optional(),
});
export type CalculateDeadlineQuery = z.infer<typeof calculateDeadlineQuery>;

export const calculatedDeadlineSchema = z.object({
  rule: z.string(),
  from: z.string(),
  due: z.string(),
  citation: z.string(),
  basis: z.string(),
  earliest: z.string().optional(),
  estimated: z.boolean(),
  profile: z.string(),
});
export type CalculatedDeadline = z.infer<typeof calculatedDeadlineSchema>;
