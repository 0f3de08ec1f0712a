/** HTTP routes — What the family does from the portal: concerns and student input, records requests, meeting requests, preparation checklists, the safeguards notice. No database access here. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { pdfResponse } from '../../api/params';
import { requireHandle } from '../../server/auth';
import { claimOf, etag } from '../../server/etag';
import { idParams, problemSchema } from '../../server/schemas';
import { acknowledgeInput, addFamilyInput, addInputToDraft, listFamilyInput } from './family-input';
import { listMeetingRequests, requestMeeting, updateMeetingRequest } from './meeting-requests';
import {
  getPreparation,
  listSharedPreparations,
  preparationTag,
  savePreparation,
  sharePreparation,
} from './preparation';
import { listRecordsRequests, requestRecords } from './records-requests';
import { getSafeguardsDocument } from './safeguards';
import {
  addToDraftResponseSchema,
  familyInputBodySchema,
  familyInputListSchema,
  familyInputSchema,
  meetingRequestBodySchema,
  meetingRequestListSchema,
  meetingRequestSchema,
  meetingRequestUpdateSchema,
  preparationBodySchema,
  preparationSchema,
  recordsRequestBodySchema,
  recordsRequestListSchema,
  recordsRequestSchema,
  safeguardsQuerySchema,
  sharedPreparationsSchema,
} from '../../api/family';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const tags = ['family'];

/** Parent concerns and student input. */
function familyInputRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/students/:id/family-input',
    {
      schema: {
        tags,
        summary:
          'Parent concerns and student input: all of them for the staff who manage the case, their own for the family',
        params: idParams,
        response: { 200: familyInputListSchema, ...errors },
      },
    },
    async (request) => listFamilyInput(requireHandle(request), { studentId: request.params.id }),
  );

  r.post(
    '/api/v1/students/:id/family-input',
    {
      schema: {
        tags,
        summary: 'A parent adds a concern, or the student their input, for the next IEP (34 CFR 300.324(a)(1)(ii))',
        params: idParams,
        body: familyInputBodySchema,
        response: { 201: familyInputSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addFamilyInput(requireHandle(request), { studentId: request.params.id, text: request.body.text })),
  );

  r.post(
    '/api/v1/family-input/:id/add-to-draft',
    {
      schema: {
        tags,
        summary: "Add a family input to the draft IEP's present levels (parentConcerns or studentInput)",
        params: idParams,
        response: { 200: addToDraftResponseSchema, ...errors, 422: problemSchema },
      },
    },
    async (request) => addInputToDraft(requireHandle(request), { inputId: request.params.id }),
  );

  r.post(
    '/api/v1/family-input/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'Mark a family input as read',
        params: idParams,
        response: { 200: familyInputSchema, ...errors },
      },
    },
    async (request) => acknowledgeInput(requireHandle(request), { inputId: request.params.id }),
  );
}

/** A family's requests to see the records. */
function recordsRequestRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/students/:id/records-requests',
    {
      schema: {
        tags,
        summary: "A student's records requests with their 45-day due dates (34 CFR 300.613)",
        params: idParams,
        response: { 200: recordsRequestListSchema, ...errors },
      },
    },
    async (request) => listRecordsRequests(requireHandle(request), { studentId: request.params.id }),
  );

  r.post(
    '/api/v1/students/:id/records-requests',
    {
      schema: {
        tags,
        summary: "A parent asks to inspect their child's records: the 45-day clock starts (34 CFR 300.613)",
        params: idParams,
        body: recordsRequestBodySchema,
        response: { 201: recordsRequestSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await requestRecords(requireHandle(request), { studentId: request.params.id, scope: request.body.scope }),
        ),
  );
}

/** A family's requests for a meeting. */
function meetingRequestRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/students/:id/meeting-requests',
    {
      schema: {
        tags,
        summary: 'Meeting requests: all for the staff who manage the case, their own for the family',
        params: idParams,
        response: { 200: meetingRequestListSchema, ...errors },
      },
    },
    async (request) => listMeetingRequests(requireHandle(request), { studentId: request.params.id }),
  );

  r.post(
    '/api/v1/students/:id/meeting-requests',
    {
      schema: {
        tags,
        summary: 'A parent (or the student) asks the team for a meeting',
        params: idParams,
        body: meetingRequestBodySchema,
        response: { 201: meetingRequestSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await requestMeeting(requireHandle(request), {
          studentId: request.params.id,
          reason: request.body.reason,
          preferredTimes: request.body.preferredTimes,
        }),
      ),
  );

  r.patch(
    '/api/v1/meeting-requests/:id',
    {
      schema: {
        tags,
        summary:
          'Mark a meeting request scheduled or closed (once); If-Match with the request\'s ETag (`"<id>.<version>"`, from the list) or `version` is required: 428 without it, 412 when stale',
        params: idParams,
        body: meetingRequestUpdateSchema,
        response: { 200: meetingRequestSchema, ...errors, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const { version, status, note } = request.body;
      const r = await updateMeetingRequest(requireHandle(request), {
        requestId: request.params.id,
        claim: claimOf(request.headers['if-match'], version),
        status,
        note,
      });
      void reply.header('ETag', etag(r.id, r.version));
      return r;
    },
  );
}

/** Preparing for a meeting. */
function preparationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // The meeting's id is `:id`, as in the meetings feature's /api/v1/meetings/:id (one parameter name per path position).
  r.get(
    '/api/v1/meetings/:id/preparation',
    {
      schema: {
        tags,
        summary:
          'The caller\'s own preparation checklist for a meeting of their child (empty, version 0, until saved); its ETag is `"<meetingId>.preparation.<version>"`',
        params: idParams,
        response: { 200: preparationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const p = await getPreparation(requireHandle(request), { meetingId: request.params.id });
      void reply.header('ETag', etag(preparationTag(p.meetingId), p.version)).header('Cache-Control', 'no-store');
      return p;
    },
  );

  r.put(
    '/api/v1/meetings/:id/preparation',
    {
      schema: {
        tags,
        summary:
          'Save the preparation checklist; If-Match with the ETag from GET (version 0 for a new one) or `version` is required: 428 without it, 412 when stale',
        params: idParams,
        body: preparationBodySchema,
        response: { 200: preparationSchema, ...errors, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const { version, ...checklist } = request.body;
      const p = await savePreparation(requireHandle(request), {
        meetingId: request.params.id,
        claim: claimOf(request.headers['if-match'], version),
        ...checklist,
      });
      void reply.header('ETag', etag(preparationTag(p.meetingId), p.version));
      return p;
    },
  );

  r.post(
    '/api/v1/meetings/:id/preparation/share',
    {
      schema: {
        tags,
        summary: 'Share the preparation checklist with the team (the case managers are told)',
        params: idParams,
        response: { 200: preparationSchema, ...errors },
      },
    },
    async (request) => sharePreparation(requireHandle(request), { meetingId: request.params.id }),
  );

  r.get(
    '/api/v1/meetings/:id/preparations',
    {
      schema: {
        tags,
        summary: 'The checklists the family shared for a meeting (staff who manage the case)',
        params: idParams,
        response: { 200: sharedPreparationsSchema, ...errors },
      },
    },
    async (request) => listSharedPreparations(requireHandle(request), { meetingId: request.params.id }),
  );
}

/** The procedural safeguards notice. */
function proceduralSafeguardsRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/procedural-safeguards.pdf',
    {
      exposeHeadRoute: false,
      schema: {
        tags,
        summary:
          'The procedural safeguards notice (34 CFR 300.504) in plain language, English or Spanish (application/pdf)',
        querystring: safeguardsQuerySchema,
        response: { 200: pdfResponse, ...errors },
      },
    },
    async (request, reply) => {
      const doc = await getSafeguardsDocument(requireHandle(request), {
        lang: request.query.lang,
        studentId: request.query.studentId,
      });
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `inline; filename="${doc.filename}"`)
        .header('Cache-Control', 'no-store')
        .send(doc.pdf);
    },
  );
}

export function familyRoutes(app: FastifyInstance): Promise<void> {
  familyInputRoutes(app);
  recordsRequestRoutes(app);
  meetingRequestRoutes(app);
  preparationRoutes(app);
  proceduralSafeguardsRoutes(app);
  return Promise.resolve();
}
