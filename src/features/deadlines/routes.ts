/** The deadline calculator (the clocks of IDEA, by state profile and school calendar). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates';
import { DEADLINE_RULES } from '../../domain/deadlines';
import { requireHandle } from '../../server/auth';
import { problemSchema } from '../../server/schemas';
import { calculate } from './calculate';

export async function deadlineRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/deadlines/calculate',
    {
      schema: {
        tags: ['deadlines'],
        summary:
          'When a legal clock runs out: rule, starting date, state profile (default: your district’s), school calendar',
        querystring: z.strictObject({
          rule: z.enum(DEADLINE_RULES),
          from: z.string().refine(isIsoDate, 'A date as YYYY-MM-DD.'),
          profile: z
            .string()
            .max(32)
            .optional()
            .describe('a state profile code (default: your district’s profile, with its settings)'),
          schoolId: z.uuid({ message: 'Must be a UUID.' }).optional(),
        }),
        response: {
          200: z.object({
            rule: z.string(),
            from: z.string(),
            due: z.string(),
            citation: z.string(),
            basis: z.string(),
            earliest: z.string().optional(),
            estimated: z.boolean(),
            profile: z.string(),
          }),
          400: problemSchema,
          401: problemSchema,
        },
      },
    },
    async (request) => calculate(requireHandle(request), request.query),
  );
}
