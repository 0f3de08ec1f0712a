/** HTTP routes — a student's discipline record (34 CFR 300.530–300.536). No database access here. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireHandle } from '../../server/auth';
import { idParams, problemSchema } from '../../server/schemas';
import { recordMdr } from './record-mdr';
import { recordNotice } from './record-notice';
import { recordPlacementDecision } from './record-placement-decision';
import { recordRemoval } from './record-removal';
import {
  disciplineSummarySchema,
  newMdrSchema,
  newNoticeSchema,
  newPlacementDecisionSchema,
  newRemovalSchema,
  recordedResponseSchema,
  summaryQuery,
  voidSchema,
} from '../../api/discipline';
import { getDiscipline } from './summary';
import { voidRecord } from './void-record';

const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

const tags = ['discipline'];

/** A student's discipline record, removals and placement decisions. */
function disciplineRecordRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/students/:id/discipline',
    {
      schema: {
        tags,
        summary:
          "A student's discipline in a school year: removals in school days, the count against 10, changes of placement, notices, MDRs, what to do next",
        params: idParams,
        querystring: summaryQuery,
        response: { 200: disciplineSummarySchema, ...errors },
      },
    },
    async (request, reply) => {
      void reply.header('Cache-Control', 'no-store');
      return getDiscipline(requireHandle(request), {
        studentId: request.params.id,
        schoolYear: request.query.schoolYear,
      });
    },
  );

  r.post(
    '/api/v1/students/:id/discipline/removals',
    {
      schema: {
        tags,
        summary:
          'Record a removal: type, first and last day (or school days), the facts that decide whether it counts; optionally the 300.530(h) notice',
        params: idParams,
        body: newRemovalSchema,
        response: { 201: recordedResponseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordRemoval(requireHandle(request), { studentId: request.params.id, body: request.body })),
  );

  r.post(
    '/api/v1/students/:id/discipline/placement-decisions',
    {
      schema: {
        tags,
        summary:
          'Record whether a series of removals is a pattern (300.536(a)(2), (b)(1)); a pattern is a decision to change placement',
        params: idParams,
        body: newPlacementDecisionSchema,
        response: { 201: recordedResponseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordPlacementDecision(requireHandle(request), { studentId: request.params.id, body: request.body }),
        ),
  );
}

/** Notices, manifestation determinations and voiding a record. */
function disciplineProtectionRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/students/:id/discipline/notices',
    {
      schema: {
        tags,
        summary:
          'Record that the parents were notified of a decision to change placement and given the safeguards notice (300.530(h))',
        params: idParams,
        body: newNoticeSchema,
        response: { 201: recordedResponseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordNotice(requireHandle(request), { studentId: request.params.id, body: request.body })),
  );

  r.post(
    '/api/v1/students/:id/discipline/mdrs',
    {
      schema: {
        tags,
        summary: 'Record a manifestation determination review: both questions and the outcome (300.530(e), (f))',
        params: idParams,
        body: newMdrSchema,
        response: { 201: recordedResponseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordMdr(requireHandle(request), { studentId: request.params.id, body: request.body })),
  );

  r.post(
    '/api/v1/discipline-records/:id/void',
    {
      schema: {
        tags,
        summary: 'Void a discipline record entered by mistake, with the reason (it stays visible, struck through)',
        params: idParams,
        body: voidSchema,
        response: { 200: disciplineSummarySchema, ...errors },
      },
    },
    async (request) => voidRecord(requireHandle(request), { id: request.params.id, reason: request.body.reason }),
  );
}

export function disciplineRoutes(app: FastifyInstance): Promise<void> {
  disciplineRecordRoutes(app);
  disciplineProtectionRoutes(app);
  return Promise.resolve();
}
