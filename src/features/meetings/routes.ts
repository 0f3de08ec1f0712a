/** HTTP routes — Meetings: schedule, team, required-member check, excusals, notices, contact attempts, attendance, minutes. No database access here. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { optionalLangQuery, pdfResponse } from '../../api/params';
import { requireHandle } from '../../server/auth';
import { claimOf, etag } from '../../server/etag';
import { idParams, problemSchema } from '../../server/schemas';
import { recordContactAttempt } from './contact-attempts';
import { getMeeting } from './get-meeting';
import { cancelMeeting, holdMeeting } from './hold-meeting';
import { listMeetings } from './list-meetings';
import { getNoticeDocument, recordShorterNotice, sendNotice } from './notice';
import { respondToMeeting } from './respond';
import { scheduleMeeting } from './schedule-meeting';
import {
  cancelSchema,
  contactAttemptSchema,
  holdSchema,
  meetingSchema,
  meetingListSchema,
  noticeSchema,
  patchMeetingSchema,
  responseSchema,
  scheduleSchema,
  shorterNoticeSchema,
} from '../../api/meetings';
import { updateMeeting } from './update-meeting';
import { teamMemberRoutes, teamRoutes } from './team/routes';
import { errors, one, tags } from './route-responses';

/** A student's meetings; scheduling one, reading and changing it. */
function scheduleRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/students/:id/meetings',
    {
      schema: {
        tags,
        summary: "A student's meetings the caller may see, newest first",
        params: idParams,
        response: { 200: meetingListSchema, ...errors },
      },
    },
    async (request) => listMeetings(requireHandle(request), { studentId: request.params.id }),
  );

  r.post(
    '/api/v1/students/:id/meetings',
    {
      schema: {
        tags,
        summary:
          'Schedule a meeting (the parents holding educational rights are invited unless inviteParents is false)',
        params: idParams,
        body: scheduleSchema,
        response: { 201: meetingSchema, ...errors },
      },
    },
    async (request, reply) => {
      const m = await scheduleMeeting(requireHandle(request), { studentId: request.params.id, input: request.body });
      return reply.code(201).header('ETag', etag(m.id, m.version)).send(m);
    },
  );

  r.get(
    '/api/v1/meetings/:id',
    {
      schema: {
        tags,
        summary:
          'A meeting: details, notice and lead time, the team; for staff the 34 CFR 300.321 check and the contact log',
        params: idParams,
        response: one,
      },
    },
    async (request, reply) => {
      const m = await getMeeting(requireHandle(request), { id: request.params.id });
      void reply.header('ETag', etag(m.id, m.version)).header('Cache-Control', 'no-store');
      return m;
    },
  );

  r.patch(
    '/api/v1/meetings/:id',
    {
      schema: {
        tags,
        summary:
          'Change a meeting; If-Match with the ETag from GET (or `version`) is required: 428 without it, 412 when stale. A new day, time or place needs a new notice',
        params: idParams,
        body: patchMeetingSchema,
        response: { ...one, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const { version, ...patch } = request.body;
      const m = await updateMeeting(requireHandle(request), {
        id: request.params.id,
        claim: claimOf(request.headers['if-match'], version),
        patch,
      });
      void reply.header('ETag', etag(m.id, m.version));
      return m;
    },
  );
}

/** Arranging a time with the parents: contact attempts (34 CFR 300.322(d)) and a parent's response. */
function parentContactRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/meetings/:id/contact-attempts',
    {
      schema: {
        tags,
        summary: 'Log an attempt to arrange a time with the parents (34 CFR 300.322(d))',
        params: idParams,
        body: contactAttemptSchema,
        response: { 201: meetingSchema, ...errors },
      },
    },
    async (request, reply) => {
      const m = await recordContactAttempt(requireHandle(request), { id: request.params.id, input: request.body });
      return reply.code(201).header('ETag', etag(m.id, m.version)).send(m);
    },
  );

  r.post(
    '/api/v1/meetings/:id/response',
    {
      schema: {
        tags,
        summary: 'A parent accepts, declines or proposes another time; the case managers are told',
        params: idParams,
        body: responseSchema,
        response: one,
      },
    },
    async (request, reply) => {
      const m = await respondToMeeting(requireHandle(request), { id: request.params.id, input: request.body });
      void reply.header('ETag', etag(m.id, m.version));
      return m;
    },
  );
}

/** The meeting notice: sent, a shorter notice agreed, its PDF. */
function meetingNoticeRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/meetings/:id/notice',
    {
      schema: {
        tags,
        summary:
          "Record that the notice went out, on its real day: a notice later than the lead time is recorded and found late (notice.timing: notice.sent_late) unless the parent agreed to a shorter notice; 422 only when it lacks what it must say. With If-Match (the meeting's ETag), 412 when the meeting changed since",
        params: idParams,
        body: noticeSchema,
        response: { ...one, 412: problemSchema },
      },
    },
    async (request, reply) => {
      const m = await sendNotice(requireHandle(request), {
        id: request.params.id,
        claim: claimOf(request.headers['if-match']),
        input: request.body,
      });
      void reply.header('ETag', etag(m.id, m.version));
      return m;
    },
  );

  r.post(
    '/api/v1/meetings/:id/shorter-notice',
    {
      schema: {
        tags,
        summary:
          "Record the day the parent agreed to a shorter notice (34 CFR 300.322(a)(1)): before the notice, or after a late one, which it makes timely. With If-Match (the meeting's ETag), 412 when the meeting changed since",
        params: idParams,
        body: shorterNoticeSchema,
        response: { ...one, 412: problemSchema },
      },
    },
    async (request, reply) => {
      const m = await recordShorterNotice(requireHandle(request), {
        id: request.params.id,
        claim: claimOf(request.headers['if-match']),
        input: request.body,
      });
      void reply.header('ETag', etag(m.id, m.version));
      return m;
    },
  );

  r.get(
    '/api/v1/meetings/:id/notice.pdf',
    {
      exposeHeadRoute: false,
      schema: {
        tags,
        summary:
          'The meeting notice as a tagged PDF, in English or Spanish (default: the parents’ preferred language) (application/pdf)',
        params: idParams,
        querystring: optionalLangQuery,
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

/** Holding or cancelling the meeting. */
function meetingOutcomeRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/meetings/:id/hold',
    {
      schema: {
        tags,
        summary:
          "Mark the meeting held with attendance, minutes and the plan it produced (422 listing the findings unless properly constituted); If-Match with the meeting's ETag (or `version`) is required: 428 without it, 412 when stale",
        params: idParams,
        body: holdSchema,
        response: { ...one, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const { version, ...input } = request.body;
      const m = await holdMeeting(requireHandle(request), {
        id: request.params.id,
        claim: claimOf(request.headers['if-match'], version),
        input,
      });
      void reply.header('ETag', etag(m.id, m.version));
      return m;
    },
  );

  r.post(
    '/api/v1/meetings/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a scheduled meeting, with the reason',
        params: idParams,
        body: cancelSchema,
        response: one,
      },
    },
    async (request, reply) => {
      const m = await cancelMeeting(requireHandle(request), { id: request.params.id, reason: request.body.reason });
      void reply.header('ETag', etag(m.id, m.version));
      return m;
    },
  );
}

export function meetingRoutes(app: FastifyInstance): Promise<void> {
  scheduleRoutes(app);
  teamRoutes(app);
  teamMemberRoutes(app);
  parentContactRoutes(app);
  meetingNoticeRoutes(app);
  meetingOutcomeRoutes(app);
  return Promise.resolve();
}
