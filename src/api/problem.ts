/**
 * The shape of every error the API answers (RFC 9457 problem+json; src/server/errors.ts makes them), declared once
 * for the routes' OpenAPI and for the web app, which reads `errors`, `findings` and `links` from it. src/api/ is the
 * home of the API contract shared by server and web: the web may import it (type-only), and it imports only zod.
 */
import { z } from 'zod';

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  code: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** A refused change: each rule it breaks as a stable code with the values its words need (src/domain/errors.ts RuleFinding). */
  findings: z
    .array(
      z.object({
        code: z.string(),
        citation: z.string(),
        severity: z.enum(['error', 'warning']),
        path: z.string(),
        message: z.string(),
        params: z.record(z.string(), z.unknown()),
      }),
    )
    .optional(),
  /** The records a refusal points to, e.g. rel "open-plan": the student's open plan that blocks starting another. */
  links: z.array(z.object({ rel: z.string(), href: z.string(), id: z.string() })).optional(),
});
