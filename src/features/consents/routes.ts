/** HTTP routes — Consent requests and answers, revocation, prior written notice. No database access here. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentQuery, pdfResponse } from '../../api/params';
import { requireHandle } from '../../server/auth';
import { claimOf, etag } from '../../server/etag';
import { idParams, problemSchema } from '../../server/schemas';
import { answerConsent, revokeConsent } from './answer-consent';
import { getConsentDocument, getNoticeDocument } from './documents';
import { createNotice, getNotice, issueNotice, listNotices, updateNotice } from './notices';
import { getConsent, listConsents, requestConsent } from './request-consent';
import {
  answerConsentSchema,
  answeredConsentSchema,
  consentListSchema,
  consentSchema,
  createNoticeSchema,
  noticeListSchema,
  noticeSchema,
  patchNoticeSchema,
  requestConsentSchema,
  revokeConsentSchema,
} from '../../api/consents';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** A student's consent requests: list, request, read. */
function consentRequestRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/students/:id/consents',
    {
      schema: {
        tags: ['consents'],
        summary: "A student's consent requests and answers",
        params: idParams,
        response: { 200: consentListSchema, ...errors },
      },
    },
    async (request) => listConsents(requireHandle(request), { studentId: request.params.id }),
  );

  r.post(
    '/api/v1/students/:id/consents',
    {
      schema: {
        tags: ['consents'],
        summary: 'Ask the parents for consent (34 CFR 300.300; 300.622): the family is notified in the portal',
        params: idParams,
        body: requestConsentSchema,
        response: { 201: consentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const c = await requestConsent(requireHandle(request), { studentId: request.params.id, ...request.body });
      return reply.code(201).send(c);
    },
  );

  r.get(
    '/api/v1/consents/:id',
    {
      schema: {
        tags: ['consents'],
        summary: 'A consent request and its answer',
        params: idParams,
        response: { 200: consentSchema, ...errors },
      },
    },
    async (request) => getConsent(requireHandle(request), { id: request.params.id }),
  );
}

/** Answering and revoking a consent, and its PDF. */
function consentAnswerRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/consents/:id/answer',
    {
      schema: {
        tags: ['consents'],
        summary:
          "Give or refuse consent: a parent in the portal (typedName + confirm: true), or staff recording a paper form (method: 'paper', signedOn, signerName)",
        params: idParams,
        body: answerConsentSchema,
        response: { 200: consentSchema, ...errors },
      },
    },
    async (request) => answerConsent(requireHandle(request), { id: request.params.id, ...request.body }),
  );

  r.post(
    '/api/v1/consents/:id/revoke',
    {
      schema: {
        tags: ['consents'],
        summary:
          "Revoke a given consent in writing (34 CFR 300.9(c)): a parent in the portal, or staff recording a written revocation (method: 'paper')",
        params: idParams,
        body: revokeConsentSchema,
        response: { 200: answeredConsentSchema, ...errors },
      },
    },
    async (request) => revokeConsent(requireHandle(request), { id: request.params.id, ...request.body }),
  );

  r.get(
    '/api/v1/consents/:id/document.pdf',
    {
      exposeHeadRoute: false,
      schema: {
        tags: ['consents'],
        summary:
          'The consent form as a tagged PDF, in English or Spanish, with the answer once given (application/pdf)',
        params: idParams,
        querystring: documentQuery,
        response: { 200: pdfResponse, ...errors },
      },
    },
    async (request, reply) => {
      const doc = await getConsentDocument(requireHandle(request), { id: request.params.id, lang: request.query.lang });
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `inline; filename="${doc.filename}"`)
        .header('Cache-Control', 'no-store')
        .send(doc.pdf);
    },
  );
}

/** A student's prior written notices: list, start, read. */
function noticeDraftRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/students/:id/notices',
    {
      schema: {
        tags: ['notices'],
        summary: "A student's prior written notices (the family: issued ones only)",
        params: idParams,
        response: { 200: noticeListSchema, ...errors },
      },
    },
    async (request) => listNotices(requireHandle(request), { studentId: request.params.id }),
  );

  r.post(
    '/api/v1/students/:id/notices',
    {
      schema: {
        tags: ['notices'],
        summary: 'Start a draft prior written notice (34 CFR 300.503)',
        params: idParams,
        body: createNoticeSchema,
        response: { 201: noticeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const n = await createNotice(requireHandle(request), { studentId: request.params.id, ...request.body });
      return reply.code(201).header('ETag', etag(n.id, n.version)).send(n);
    },
  );

  r.get(
    '/api/v1/notices/:id',
    {
      schema: {
        tags: ['notices'],
        summary: 'A prior written notice, with what it still lacks (each with its citation)',
        params: idParams,
        response: { 200: noticeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const n = await getNotice(requireHandle(request), { id: request.params.id });
      void reply.header('ETag', etag(n.id, n.version)).header('Cache-Control', 'no-store');
      return n;
    },
  );
}

/** Saving, issuing and printing a prior written notice. */
function noticeIssueRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.patch(
    '/api/v1/notices/:id',
    {
      schema: {
        tags: ['notices'],
        summary:
          'Save a draft notice; If-Match with the ETag from GET (or `version`) is required: 428 without it, 412 when stale',
        params: idParams,
        body: patchNoticeSchema,
        response: { 200: noticeSchema, ...errors, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const { version, ...patch } = request.body;
      const n = await updateNotice(requireHandle(request), {
        id: request.params.id,
        claim: claimOf(request.headers['if-match'], version),
        ...patch,
      });
      void reply.header('ETag', etag(n.id, n.version));
      return n;
    },
  );

  r.post(
    '/api/v1/notices/:id/issue',
    {
      schema: {
        tags: ['notices'],
        summary:
          'Issue a draft notice to the parents (422 listing each missing element of 34 CFR 300.503(b), with its citation); with If-Match, 412 when the notice changed since',
        params: idParams,
        response: { 200: noticeSchema, ...errors, 412: problemSchema, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const n = await issueNotice(requireHandle(request), {
        id: request.params.id,
        claim: claimOf(request.headers['if-match']),
      });
      void reply.header('ETag', etag(n.id, n.version));
      return n;
    },
  );

  r.get(
    '/api/v1/notices/:id/document.pdf',
    {
      exposeHeadRoute: false,
      schema: {
        tags: ['notices'],
        summary: 'The prior written notice as a tagged PDF, in English or Spanish (application/pdf)',
        params: idParams,
        querystring: documentQuery,
        response: { 200: pdfResponse, ...errors },
      },
    },
    async (request, reply) => {
      const doc = await getNoticeDocument(requireHandle(request), { id: request.params.id, lang: request.query.lang });
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `inline; filename="${doc.filename}"`)
        .header('Cache-Control', 'no-store')
        .send(doc.pdf);
    },
  );
}

export function consentRoutes(app: FastifyInstance): Promise<void> {
  consentRequestRoutes(app);
  consentAnswerRoutes(app);
  noticeDraftRoutes(app);
  noticeIssueRoutes(app);
  return Promise.resolve();
}
