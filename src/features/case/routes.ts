/** HTTP routes — case events, per-student deadlines, the caller's deadlines, the compliance summary. No database access here. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireHandle } from '../../server/auth';
import { idParams, problemSchema } from '../../server/schemas';
import { complianceSummary } from './compliance';
import { listDeadlines, studentDeadlines } from './deadlines';
import { listEvents, recordEvent, voidEvent } from './events';
import {
  deadlinesQuery,
  deadlinesResponse,
  eventListSchema,
  eventSchema,
  newEventSchema,
  summaryQuery,
  summaryResponse,
  voidSchema,
} from '../../api/case';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** Deadlines: the caller's and a student's. */
function caseDeadlineRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/deadlines',
    {
      schema: {
        tags: ['deadlines'],
        summary: "Everything due for the caller's students, most urgent first (default: not yet met)",
        querystring: deadlinesQuery,
        response: { 200: deadlinesResponse, ...errors },
      },
    },
    async (request, reply) => {
      void reply.header('Cache-Control', 'no-store');
      return listDeadlines(requireHandle(request), request.query);
    },
  );

  r.get(
    '/api/v1/students/:id/deadlines',
    {
      schema: {
        tags: ['deadlines'],
        summary: "A student's deadlines: every clock running or met in its current cycle",
        params: idParams,
        response: { 200: deadlinesResponse, ...errors },
      },
    },
    async (request, reply) => {
      void reply.header('Cache-Control', 'no-store');
      return studentDeadlines(requireHandle(request), { studentId: request.params.id });
    },
  );
}

/** A student's case events (read, record, void) and the compliance summary. */
function caseEventRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/students/:id/events',
    {
      schema: {
        tags: ['case'],
        summary: "A student's case events (the timeline), voided ones included",
        params: idParams,
        response: { 200: eventListSchema, ...errors },
      },
    },
    async (request) => listEvents(requireHandle(request), { studentId: request.params.id }),
  );

  r.post(
    '/api/v1/students/:id/events',
    {
      schema: {
        tags: ['case'],
        summary:
          'Record a case event (referral, notice, consent, evaluation, eligibility, meeting, delay with its reason, exit…)',
        params: idParams,
        body: newEventSchema,
        response: { 201: eventSchema, ...errors, 422: problemSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordEvent(requireHandle(request), { studentId: request.params.id, ...request.body })),
  );

  r.post(
    '/api/v1/case-events/:id/void',
    {
      schema: {
        tags: ['case'],
        summary: 'Void a case event recorded by mistake (it stays in the timeline, struck through, with the reason)',
        params: idParams,
        body: voidSchema,
        response: { 200: eventSchema, ...errors },
      },
    },
    async (request) => voidEvent(requireHandle(request), { id: request.params.id, reason: request.body.reason }),
  );

  r.get(
    '/api/v1/compliance/summary',
    {
      schema: {
        tags: ['deadlines'],
        summary:
          'Counts by rule, status and school, with SPP/APR indicators 11, 12 and 13 (administrators, principals)',
        querystring: summaryQuery,
        response: { 200: summaryResponse, ...errors },
      },
    },
    async (request) => complianceSummary(requireHandle(request), request.query),
  );
}

export function caseRoutes(app: FastifyInstance): Promise<void> {
  caseDeadlineRoutes(app);
  caseEventRoutes(app);
  return Promise.resolve();
}
