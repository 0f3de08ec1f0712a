/** The federal reports' request shapes (zod), shared by the route and the web app. */
import { z } from 'zod';

export const reportParams = z.strictObject({
  file: z
    .string()
    .describe(
      'child-count.csv, environments.csv, exiting.csv, spp.csv, indicator-5.csv, indicator-11.csv, indicator-12.csv or indicator-13.csv',
    ),
});
export type ReportParams = z.infer<typeof reportParams>;

export const reportQuery = z.object({
  date: z
    .string()
    .optional()
    .describe(
      'the count date, YYYY-MM-DD (default: the count date in the district settings, else the first Thursday of October; the most recent one): child-count, environments, spp, indicator-5',
    ),
  schoolYear: z
    .string()
    .optional()
    .describe(
      'the reporting year July 1 – June 30 as YYYY-YYYY (default: the one today falls in): indicator-11, indicator-12, exiting',
    ),
});
export type ReportQuery = z.infer<typeof reportQuery>;
