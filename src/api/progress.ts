/** The progress reports API's shapes (zod), shared by the routes and the web app. */
import { z } from 'zod';
import { PROGRESS_RATINGS } from '../domain/progress';

const abilities = z.object({ view: z.boolean(), edit: z.boolean(), issue: z.boolean() });
const entry = z.object({ goalId: z.string(), rating: z.enum(PROGRESS_RATINGS).nullable(), note: z.string() });
export const progressReportSchema = z.object({
  id: z.string(),
  studentId: z.string(),
  planId: z.string(),
  planVersion: z.number(),
  periodLabel: z.string(),
  status: z.enum(['draft', 'issued']),
  entries: z.array(entry),
  version: z.number(),
  createdAt: z.string(),
  issuedOn: z.string().nullable(),
  issuedByName: z.string().nullable(),
  goals: z.array(
    z.object({
      id: z.string(),
      area: z.string(),
      text: z.string(),
      measurement: z.string(),
      discipline: z.string().nullable(),
    }),
  ),
  findings: z.array(z.object({ path: z.string(), message: z.string() })),
  abilities,
});
export const periodLabelSchema = z
  .string()
  .trim()
  .min(1, 'Name the reporting period.')
  .max(200, 'At most 200 characters.');

export const progressListSchema = z.object({ data: z.array(progressReportSchema), abilities });

/** Starting a report for a period. */
export const startProgressReportSchema = z.strictObject({ periodLabel: periodLabelSchema });
export type StartProgressReport = z.infer<typeof startProgressReportSchema>;

/** Saving a report: its period and one entry per goal (with the version the editor loaded). */
export const updateProgressReportSchema = z.strictObject({
  version: z.number().int().min(1).optional(),
  periodLabel: periodLabelSchema,
  entries: z
    .array(
      z.strictObject({
        goalId: z.string().min(1).max(64),
        rating: z.enum(PROGRESS_RATINGS).nullable(),
        note: z.string().max(5000, 'At most 5000 characters.'),
      }),
    )
    .max(100),
});
export type UpdateProgressReport = z.infer<typeof updateProgressReportSchema>;

/** Sending a report: the version the editor loaded (or If-Match). */
export const issueProgressReportSchema = z.strictObject({ version: z.number().int().min(1).optional() }).nullish();
export type IssueProgressReport = z.infer<typeof issueProgressReportSchema>;

/** The report as a PDF (the body is not JSON). */
export const progressPdfResponse = z.any();
