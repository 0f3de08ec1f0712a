/** The deadline calculator (the clocks of IDEA, by state profile and school calendar). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { calculateDeadlineQuery, calculatedDeadlineSchema } from '../../api/deadlines';
import { requireHandle } from '../../server/auth';
import { problemSchema } from '../../server/schemas';
import { calculate } from './calculate';

export function deadlineRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/deadlines/calculate',
    {
      schema: {
        tags: ['deadlines'],
        summary:
          'When a legal clock runs out: rule, starting date, state profile (default: your district’s), school calendar',
        querystring: calculateDeadlineQuery,
        response: {
          200: calculatedDeadlineSchema,
          400: problemSchema,
          401: problemSchema,
        },
      },
    },
    async (request) => calculate(requireHandle(request), request.query),
  );
  return Promise.resolve();
}
