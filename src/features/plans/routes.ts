/** HTTP routes for plans (IEP and 504) and the goal measurability check. No database access here. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { checkGoal } from '../../domain/goals';
import { documentQuery, pdfResponse } from '../../api/params';
import { requireHandle } from '../../server/auth';
import { claimOf, etag } from '../../server/etag';
import { idParams, problemSchema } from '../../server/schemas';
import { amendPlan, createPlan } from './create-plan';
import { endPlan } from './end-plan';
import { finalizePlan } from './finalize-plan';
import { getFindings } from './get-findings';
import { planHistory } from './plan-history';
import { proposePlan } from './propose-plan';
import { sharePlan } from './share-plan';
import { getPlan } from './get-plan';
import { getPlanDocument } from './get-plan-document';
import { listPlans } from './list-plans';
import { planChanges } from './plan-changes';
import {
  amendSchema,
  endSchema,
  createPlanSchema,
  findingsResponseSchema,
  goalCheckBodySchema,
  goalCheckResponseSchema,
  patchPlanSchema,
  planSchema,
  planListSchema,
  planChangesQuery,
  planChangesSchema,
  planVersionsSchema,
  shareSchema,
  withdrawSchema,
} from '../../api/plans';
import { withdrawPlan } from './withdraw-plan';
import { updatePlan } from './update-plan';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** RFC 5987 value characters: percent-encode everything else (encodeURIComponent leaves ' ( ) * alone). */
const encodeRfc5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A student's plans: list them, start one. */
function studentPlanRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/students/:id/plans',
    {
      schema: {
        tags: ['plans'],
        summary: "A student's plans the caller may see",
        params: idParams,
        response: { 200: planListSchema, ...errors },
      },
    },
    async (request) => listPlans(requireHandle(request), { studentId: request.params.id }),
  );

  r.post(
    '/api/v1/students/:id/plans',
    {
      schema: {
        tags: ['plans'],
        summary: 'Start a draft IEP or 504 plan',
        params: idParams,
        body: createPlanSchema,
        response: { 201: planSchema, ...errors },
      },
    },
    async (request, reply) => {
      const p = await createPlan(requireHandle(request), { studentId: request.params.id, ...request.body });
      return reply.code(201).header('ETag', etag(p.id, p.version)).send(p);
    },
  );
}

/** One plan: read it, its PDF, save the draft. */
function planDraftRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/plans/:id',
    {
      schema: {
        tags: ['plans'],
        summary: 'A plan, with the sections the caller may read',
        params: idParams,
        response: { 200: planSchema, ...errors },
      },
    },
    async (request, reply) => {
      const p = await getPlan(requireHandle(request), { id: request.params.id });
      void reply.header('ETag', etag(p.id, p.version)).header('Cache-Control', 'no-store');
      return p;
    },
  );

  r.get(
    '/api/v1/plans/:id/document.pdf',
    {
      // No automatic HEAD: it would render and audit a print that nobody receives.
      exposeHeadRoute: false,
      schema: {
        tags: ['plans'],
        summary:
          'The plan as a tagged PDF, in English or Spanish, with the sections the caller may read (application/pdf)',
        params: idParams,
        querystring: documentQuery,
        // The body is the PDF itself (a Buffer is sent as is, not serialized).
        response: { 200: pdfResponse, ...errors },
      },
    },
    async (request, reply) => {
      const doc = await getPlanDocument(requireHandle(request), { id: request.params.id, lang: request.query.lang });
      return reply
        .type('application/pdf')
        .header(
          'Content-Disposition',
          `inline; filename="${doc.filename}"; filename*=UTF-8''${encodeRfc5987(doc.filenameUtf8)}`,
        )
        .header('Cache-Control', 'no-store')
        .send(doc.pdf);
    },
  );

  r.patch(
    '/api/v1/plans/:id',
    {
      schema: {
        tags: ['plans'],
        summary:
          'Save whole sections of a draft; If-Match with the ETag from GET (or `version`) is required: 428 without it, 412 when stale',
        params: idParams,
        body: patchPlanSchema,
        response: { 200: planSchema, ...errors, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const { version, ...sections } = request.body as { version?: number } & Record<string, unknown>;
      const p = await updatePlan(requireHandle(request), {
        id: request.params.id,
        claim: claimOf(request.headers['if-match'], version),
        sections,
      });
      void reply.header('ETag', etag(p.id, p.version));
      return p;
    },
  );
}

/** The plan's findings, finalizing and proposing it. */
function planFinalizeRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/plans/:id/findings',
    {
      schema: {
        tags: ['plans'],
        summary:
          'What the plan still lacks: each finding as a code with its citation and values, and the day it was computed for',
        params: idParams,
        response: { 200: findingsResponseSchema, ...errors },
      },
    },
    async (request) => getFindings(requireHandle(request), { id: request.params.id }),
  );

  r.post(
    '/api/v1/plans/:id/finalize',
    {
      schema: {
        tags: ['plans'],
        summary:
          'Make a draft the plan in effect (422 while error findings remain); with If-Match, 412 when the plan changed since',
        params: idParams,
        response: { 200: planSchema, ...errors, 412: problemSchema, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const p = await finalizePlan(requireHandle(request), {
        id: request.params.id,
        claim: claimOf(request.headers['if-match']),
      });
      void reply.header('ETag', etag(p.id, p.version));
      return p;
    },
  );

  r.post(
    '/api/v1/plans/:id/propose',
    {
      schema: {
        tags: ['plans'],
        summary:
          'Propose a draft to the family (422 while error findings remain); it becomes immutable; with If-Match, 412 when the plan changed since',
        params: idParams,
        response: { 200: planSchema, ...errors, 412: problemSchema, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const p = await proposePlan(requireHandle(request), {
        id: request.params.id,
        claim: claimOf(request.headers['if-match']),
      });
      void reply.header('ETag', etag(p.id, p.version));
      return p;
    },
  );
}

/** Withdrawing, ending and amending a plan. */
function planChangeRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/plans/:id/withdraw',
    {
      schema: {
        tags: ['plans'],
        summary:
          'Withdraw a draft or a proposal nobody will finalize (kept, never in effect), with the reason. If-Match (or `version`) required: 428 without, 412 when stale',
        params: idParams,
        body: withdrawSchema,
        response: { 200: planSchema, ...errors, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const p = await withdrawPlan(requireHandle(request), {
        id: request.params.id,
        claim: claimOf(request.headers['if-match'], request.body.version),
        reason: request.body.reason,
      });
      void reply.header('ETag', etag(p.id, p.version));
      return p;
    },
  );

  r.post(
    '/api/v1/plans/:id/end',
    {
      schema: {
        tags: ['plans'],
        summary: 'End the plan in effect, with the reason',
        params: idParams,
        body: endSchema,
        response: { 200: planSchema, ...errors },
      },
    },
    async (request) =>
      endPlan(requireHandle(request), {
        id: request.params.id,
        reason: request.body.reason,
        note: request.body.note,
        exitReason: request.body.exitReason,
      }),
  );

  r.post(
    '/api/v1/plans/:id/amendments',
    {
      schema: {
        tags: ['plans'],
        summary: 'Amend the plan in effect between annual reviews (34 CFR 300.324(a)(4))',
        params: idParams,
        body: amendSchema,
        response: { 201: planSchema, ...errors },
      },
    },
    async (request, reply) => {
      const p = await amendPlan(requireHandle(request), { id: request.params.id, method: request.body.method });
      return reply.code(201).header('ETag', etag(p.id, p.version)).send(p);
    },
  );
}

/** Sharing a plan, its versions and changes; the goal check. */
function planHistoryRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/plans/:id/share',
    {
      schema: {
        tags: ['plans'],
        summary: 'Share a draft with the family, or withdraw it',
        params: idParams,
        body: shareSchema,
        response: { 200: planSchema, ...errors },
      },
    },
    async (request) => sharePlan(requireHandle(request), { id: request.params.id, shared: request.body.shared }),
  );

  r.get(
    '/api/v1/plans/:id/versions',
    {
      schema: {
        tags: ['plans'],
        summary: 'The versions of a plan that left draft',
        params: idParams,
        response: {
          200: planVersionsSchema,
          ...errors,
        },
      },
    },
    async (request) => planHistory(requireHandle(request), { id: request.params.id }),
  );

  r.get(
    '/api/v1/plans/:id/changes',
    {
      schema: {
        tags: ['plans'],
        summary: 'What changed between this plan and another of the student (by default, the plan it amends)',
        params: idParams,
        querystring: planChangesQuery,
        response: {
          200: planChangesSchema,
          ...errors,
        },
      },
    },
    async (request) => planChanges(requireHandle(request), { id: request.params.id, against: request.query.against }),
  );

  r.post(
    '/api/v1/goal-checks',
    {
      schema: {
        tags: ['plans'],
        summary: 'Is this goal measurable? (34 CFR 300.320(a)(2)(i))',
        body: goalCheckBodySchema,
        response: { 200: goalCheckResponseSchema, 400: problemSchema, 401: problemSchema },
      },
    },
    (request) => {
      requireHandle(request);
      return Promise.resolve(checkGoal(request.body.text));
    },
  );
}

export function planRoutes(app: FastifyInstance): Promise<void> {
  studentPlanRoutes(app);
  planDraftRoutes(app);
  planFinalizeRoutes(app);
  planChangeRoutes(app);
  planHistoryRoutes(app);
  return Promise.resolve();
}
