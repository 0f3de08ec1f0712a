/** The schools API's shapes (zod), shared by the routes and the web app. */
import { z } from 'zod';

export const schoolSchema = z.object({
  id: z.string(),
  name: z.string(),
  gradeLow: z.string().nullable(),
  gradeHigh: z.string().nullable(),
});

/** The schools the caller may know of. */
export const schoolListSchema = z.object({ data: z.array(schoolSchema) });
export type SchoolList = z.infer<typeof schoolListSchema>;
