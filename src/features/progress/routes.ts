/** HTTP routes — progress reports on annual goals. No database access here. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentQuery } from '../../api/params';
import {
  issueProgressReportSchema,
  progressListSchema,
  progressPdfResponse,
  progressReportSchema as report,
  startProgressReportSchema,
  updateProgressReportSchema,
} from '../../api/progress';
import { requireHandle } from '../../server/auth';
import { claimOf, etag } from '../../server/etag';
import { idParams, problemSchema } from '../../server/schemas';
import { getReportDocument } from './document';
import { getReport, issueReport, listReports, startReport, updateReport } from './progress';

const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

/** A plan's progress reports: list, start, read. */
function progressReadRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/plans/:id/progress-reports',
    {
      schema: {
        tags: ['progress'],
        summary: "A plan's progress reports (the family: those sent to them)",
        params: idParams,
        response: { 200: progressListSchema, ...errors },
      },
    },
    async (request) => listReports(requireHandle(request), { planId: request.params.id }),
  );

  r.post(
    '/api/v1/plans/:id/progress-reports',
    {
      schema: {
        tags: ['progress'],
        summary: 'Start a progress report on the goals of the IEP in effect',
        params: idParams,
        body: startProgressReportSchema,
        response: { 201: report, ...errors },
      },
    },
    async (request, reply) => {
      const r = await startReport(requireHandle(request), {
        planId: request.params.id,
        periodLabel: request.body.periodLabel,
      });
      return reply.code(201).header('ETag', etag(r.id, r.version)).send(r);
    },
  );

  r.get(
    '/api/v1/progress-reports/:id',
    {
      schema: {
        tags: ['progress'],
        summary: 'One progress report',
        params: idParams,
        response: { 200: report, ...errors },
      },
    },
    async (request, reply) => {
      const r = await getReport(requireHandle(request), { id: request.params.id });
      void reply.header('ETag', etag(r.id, r.version)).header('Cache-Control', 'no-store');
      return r;
    },
  );
}

/** Saving and issuing a progress report, and its PDF. */
function progressWriteRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.patch(
    '/api/v1/progress-reports/:id',
    {
      schema: {
        tags: ['progress'],
        summary:
          'Save a draft; If-Match with the ETag from GET (or `version`) is required: 428 without it, 412 when stale (409 for a stale `version`)',
        params: idParams,
        body: updateProgressReportSchema,
        response: { 200: report, ...errors, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const { version, ...draft } = request.body;
      const r = await updateReport(requireHandle(request), {
        id: request.params.id,
        claim: claimOf(request.headers['if-match'], version),
        ...draft,
      });
      void reply.header('ETag', etag(r.id, r.version));
      return r;
    },
  );

  r.post(
    '/api/v1/progress-reports/:id/issue',
    {
      schema: {
        tags: ['progress'],
        summary:
          'Send the report to the family (422 until every goal is reported); If-Match with the ETag (or `version`) is required: 428 without it, 412 when stale (409 for a stale `version`)',
        params: idParams,
        body: issueProgressReportSchema,
        response: { 200: report, ...errors, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const r = await issueReport(requireHandle(request), {
        id: request.params.id,
        claim: claimOf(request.headers['if-match'], request.body?.version),
      });
      void reply.header('ETag', etag(r.id, r.version));
      return r;
    },
  );

  r.get(
    '/api/v1/progress-reports/:id/document.pdf',
    {
      exposeHeadRoute: false,
      schema: {
        tags: ['progress'],
        summary: 'The progress report as a tagged PDF in English or Spanish (application/pdf)',
        params: idParams,
        querystring: documentQuery,
        response: { 200: progressPdfResponse, ...errors },
      },
    },
    async (request, reply) => {
      const doc = await getReportDocument(requireHandle(request), { id: request.params.id, lang: request.query.lang });
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `inline; filename="${doc.filename}"`)
        .header('Cache-Control', 'no-store')
        .send(doc.pdf);
    },
  );
}

export function progressRoutes(app: FastifyInstance): Promise<void> {
  progressReadRoutes(app);
  progressWriteRoutes(app);
  return Promise.resolve();
}
