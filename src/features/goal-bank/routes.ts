/** The goal bank: searchable example goals by area and grade band; a district adds its own. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireHandle } from '../../server/auth';
import { problemSchema } from '../../server/schemas';
import { addToGoalBank, searchGoalBank } from './goal-bank';
import {
  bankGoalListSchema,
  bankGoalSchema as bankGoal,
  goalBankQuerySchema,
  newBankGoalSchema,
} from '../../api/goal-bank';

export function goalBankRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/goal-bank',
    {
      schema: {
        tags: ['plans'],
        summary: 'Example goals by area and grade band (the starter bank and the district’s own)',
        querystring: goalBankQuerySchema,
        response: {
          200: bankGoalListSchema,
          400: problemSchema,
          401: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => searchGoalBank(requireHandle(request), request.query),
  );
  r.post(
    '/api/v1/goal-bank',
    {
      schema: {
        tags: ['plans'],
        summary: 'Add a measurable goal to the district’s bank',
        body: newBankGoalSchema,
        response: { 201: bankGoal, 400: problemSchema, 401: problemSchema, 403: problemSchema, 422: problemSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await addToGoalBank(requireHandle(request), request.body)),
  );
  return Promise.resolve();
}
