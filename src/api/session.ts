/** The signed-in person's shapes (zod): GET /api/v1/me and POST /api/v1/session (src/server/auth.ts), and the web app's `Me`. */
import { z } from 'zod';

/** What the person may do across the app (src/policy/app.ts): the web app shows menus, panels and wording from these, never from the role. */
export const appAbilitiesSchema = z.object({
  searchStudents: z.boolean(),
  dueScope: z.enum(['caseload', 'schools', 'district']).nullable(),
  viewCompliance: z.enum(['district', 'schools']).nullable(),
  downloadReports: z.boolean(),
  readOutbox: z.boolean(),
  manageDistrictSettings: z.boolean(),
  readGoalBank: z.boolean(),
  addToGoalBank: z.boolean(),
  portal: z.enum(['parent', 'student']).nullable(),
});

export const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  /** The role's code, for showing its name; what the person may do is in `abilities`. */
  role: z.string(),
  discipline: z.string().nullable(),
  districtId: z.string(),
  studentId: z.string().nullable(),
  preferredLanguage: z.string(),
  abilities: appAbilitiesSchema,
});

export const sessionResponseSchema = z.object({
  user: meSchema,
  csrfToken: z.string(),
  expiresAt: z.string().optional(),
});
