/** HTTP routes for summaries of performance (34 CFR 300.305(e)(3)). No database access here. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { optionalLangQuery, pdfResponse } from '../../api/params';
import { requireHandle } from '../../server/auth';
import { claimOf, etag } from '../../server/etag';
import { idParams, problemSchema } from '../../server/schemas';
import { sopContentSchema, sopListSchema, sopPatchSchema, sopProvideSchema, sopSchema } from '../../api/exit';
import {
  createSummary,
  getSummary,
  getSummaryDocument,
  listSummaries,
  provideSummary,
  updateSummary,
} from './summaries';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const tags = ['exit'];

/** A student's summaries of performance: list, start, read. */
function summaryReadRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/students/:id/summaries-of-performance',
    {
      schema: {
        tags,
        summary: "A student's summaries of performance (34 CFR 300.305(e)(3)); the family sees those provided",
        params: idParams,
        response: { 200: sopListSchema, ...errors },
      },
    },
    async (request) => listSummaries(requireHandle(request), { studentId: request.params.id }),
  );

  r.post(
    '/api/v1/students/:id/summaries-of-performance',
    {
      schema: {
        tags,
        summary: 'Start a summary of performance (prefilled with the postsecondary goals of the latest IEP)',
        params: idParams,
        body: sopContentSchema,
        response: { 201: sopSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { language, ...content } = request.body;
      const s = await createSummary(requireHandle(request), { studentId: request.params.id, content, language });
      return reply.code(201).header('ETag', etag(s.id, s.version)).send(s);
    },
  );

  r.get(
    '/api/v1/summaries-of-performance/:id',
    {
      schema: {
        tags,
        summary: 'One summary of performance',
        params: idParams,
        response: { 200: sopSchema, ...errors },
      },
    },
    async (request, reply) => {
      const s = await getSummary(requireHandle(request), { id: request.params.id });
      void reply.header('ETag', etag(s.id, s.version)).header('Cache-Control', 'no-store');
      return s;
    },
  );
}

/** Saving and providing a summary of performance, and its PDF. */
function summaryWriteRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.patch(
    '/api/v1/summaries-of-performance/:id',
    {
      schema: {
        tags,
        summary:
          'Save a draft summary; If-Match with the ETag from GET (or `version`) is required: 428 without it, 412 when stale',
        params: idParams,
        body: sopPatchSchema,
        response: { 200: sopSchema, ...errors, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const { version, ...patch } = request.body;
      const s = await updateSummary(requireHandle(request), {
        id: request.params.id,
        claim: claimOf(request.headers['if-match'], version),
        patch,
      });
      void reply.header('ETag', etag(s.id, s.version));
      return s;
    },
  );

  r.post(
    '/api/v1/summaries-of-performance/:id/provide',
    {
      schema: {
        tags,
        summary:
          'Provide the summary to the student (422 while a required part is blank); it never changes after. If-Match with the ETag (or `version`) is required: 428 without it, 412 when stale',
        params: idParams,
        body: sopProvideSchema,
        response: { 200: sopSchema, ...errors, 412: problemSchema, 422: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const s = await provideSummary(requireHandle(request), {
        id: request.params.id,
        claim: claimOf(request.headers['if-match'], request.body.version),
      });
      void reply.header('ETag', etag(s.id, s.version));
      return s;
    },
  );

  r.get(
    '/api/v1/summaries-of-performance/:id/document.pdf',
    {
      exposeHeadRoute: false,
      schema: {
        tags,
        summary: 'The summary of performance as a tagged PDF, in English or Spanish (application/pdf)',
        params: idParams,
        querystring: optionalLangQuery,
        response: { 200: pdfResponse, ...errors },
      },
    },
    async (request, reply) => {
      const doc = await getSummaryDocument(requireHandle(request), { id: request.params.id, lang: request.query.lang });
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `inline; filename="${doc.filename}"`)
        .header('Cache-Control', 'no-store')
        .send(doc.pdf);
    },
  );
}

export function exitRoutes(app: FastifyInstance): Promise<void> {
  summaryReadRoutes(app);
  summaryWriteRoutes(app);
  return Promise.resolve();
}
