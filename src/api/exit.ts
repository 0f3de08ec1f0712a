/** The summary of performance API's shapes (zod), shared by the routes and the web app. */
import { z } from 'zod';
import { EXIT_REASONS } from '../domain/exit';
import { SOP_FIELD_MAX } from '../domain/summary-of-performance';
import { LOCALES } from '../documents/messages';

const text = z.string().max(SOP_FIELD_MAX, `At most ${SOP_FIELD_MAX} characters.`);

export const sopContentSchema = z.strictObject({
  academicAchievement: text.optional(),
  functionalPerformance: text.optional(),
  postsecondaryGoals: text.optional(),
  recommendations: text.optional(),
  studentPerspective: text.optional(),
  language: z.enum(LOCALES, { error: 'Use en or es.' }).optional(),
});

export const sopPatchSchema = sopContentSchema.extend({ version: z.number().int().min(1).optional() });
export const sopProvideSchema = z.strictObject({ version: z.number().int().min(1).optional() });

export const sopSchema = z.object({
  id: z.string(),
  studentId: z.string(),
  academicAchievement: z.string(),
  functionalPerformance: z.string(),
  postsecondaryGoals: z.string(),
  recommendations: z.string(),
  studentPerspective: z.string(),
  language: z.string(),
  status: z.enum(['draft', 'provided']),
  providedOn: z.string().nullable(),
  providedByName: z.string().nullable(),
  createdByName: z.string(),
  version: z.number(),
  updatedAt: z.string(),
  /** Required parts still blank (the summary cannot be provided while any remain). */
  missing: z.array(z.object({ path: z.string(), message: z.string() })),
  abilities: z.object({ edit: z.boolean(), provide: z.boolean(), print: z.boolean() }),
});
export type SummaryOfPerformance = z.infer<typeof sopSchema>;

export const sopListSchema = z.object({
  data: z.array(sopSchema),
  abilities: z.object({ create: z.boolean() }),
  /** The exit the student is out on (34 CFR 300.102, 300.305(e)) and what it needs; null while in special education. */
  exit: z
    .object({
      occurredOn: z.string(),
      reason: z.enum(EXIT_REASONS),
      requires: z.array(z.enum(['summary_of_performance', 'prior_written_notice', 'evaluation'])),
    })
    .nullable(),
  /** Whether a summary of performance is likely needed: an exit that needs one, one on record, or a student of transition age. */
  relevant: z.boolean(),
});
export type SummaryOfPerformanceList = z.infer<typeof sopListSchema>;
