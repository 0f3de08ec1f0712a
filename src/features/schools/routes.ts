/** Schools (for filters and labels). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireHandle } from '../../server/auth';
import { problemSchema } from '../../server/schemas';
import { listSchools } from './list-schools';
import { schoolListSchema } from '../../api/schools';

export function schoolRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/schools',
    {
      schema: {
        tags: ['schools'],
        summary: 'Schools the caller may know of',
        response: { 200: schoolListSchema, 401: problemSchema },
      },
    },
    async (request) => listSchools(requireHandle(request)),
  );
  return Promise.resolve();
}
