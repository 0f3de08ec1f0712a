/** Shared zod schemas for the HTTP layer. */
import { z } from 'zod';

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  code: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export const uuidParam = z.uuid({ message: 'Must be a UUID.' });
export const idParams = z.strictObject({ id: uuidParam });
