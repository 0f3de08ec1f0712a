/** The goal bank: searchable example goals by area and grade band; a district adds its own. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireHandle } from '../../server/auth';
import { problemSchema } from '../../server/schemas';
import { addToGoalBank, searchGoalBank } from './goal-bank';
import { GOAL_AREAS, GRADE_BANDS } from './starter';

const bankGoal = z.object({ id: z.string(), area: z.string(), gradeBand: z.string(), text: z.string(), measurement: z.string(), source: z.enum(['starter', 'district']) });

export async function goalBankRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/goal-bank',
    {
      schema: {
        tags: ['plans'],
        summary: 'Example goals by area and grade band (the starter bank and the district’s own)',
        querystring: z.strictObject({ q: z.string().trim().max(100).optional(), area: z.enum(GOAL_AREAS).optional(), gradeBand: z.enum(GRADE_BANDS).optional() }),
        response: { 200: z.object({ data: z.array(bankGoal) }), 400: problemSchema, 401: problemSchema, 404: problemSchema },
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
        body: z.strictObject({ area: z.enum(GOAL_AREAS), gradeBand: z.enum(GRADE_BANDS), text: z.string().trim().min(1).max(2000), measurement: z.string().trim().max(1000).default('') }),
        response: { 201: bankGoal, 400: problemSchema, 401: problemSchema, 403: problemSchema, 422: problemSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await addToGoalBank(requireHandle(request), request.body)),
  );
}
