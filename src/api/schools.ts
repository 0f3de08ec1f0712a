/** The schools API's shapes (zod), shared by the routes and the web app. */
import { z } from 'zod';

export const schoolSchema = z.object({
  id: z.string(),
  name: z.string(),
  gradeLow: z.string().nullable(),
  gradeHigh: z.string().nullable(),
});
