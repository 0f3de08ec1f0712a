/** HTTP routes — a meeting's team: choosing it, each member's entry, excusals; registered by ../routes.ts. No database access here. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireHandle } from '../../../server/auth';
import { claimOf, etag } from '../../../server/etag';
import { idParams, problemSchema } from '../../../server/schemas';
import { invitable } from '../get-meeting';
import { addParticipant, recordExcusal, removeParticipant, updateParticipant } from '../participants';
import {
  excusalSchema,
  invitableSchema,
  meetingSchema,
  participantParams,
  participantInputSchema,
  participantPatchSchema,
} from '../../../api/meetings';
import { errors, one, tags } from '../route-responses';

/** Choosing the team: who may be invited, adding a member. */
export function teamRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/meetings/:id/invitable',
    {
      schema: {
        tags,
        summary: 'Staff of the district and the student’s guardians, to choose the team from',
        params: idParams,
        response: { 200: invitableSchema, ...errors },
      },
    },
    async (request) => {
      const res = await invitable(requireHandle(request), { id: request.params.id });
      return { data: res.staff, guardians: res.guardians };
    },
  );

  r.post(
    '/api/v1/meetings/:id/participants',
    {
      schema: {
        tags,
        summary: 'Add a member to the team (invited; told in their inbox if they have an account)',
        params: idParams,
        body: participantInputSchema,
        response: { 201: meetingSchema, ...errors },
      },
    },
    async (request, reply) => {
      const m = await addParticipant(requireHandle(request), { id: request.params.id, input: request.body });
      return reply.code(201).header('ETag', etag(m.id, m.version)).send(m);
    },
  );
}

/** One member of the team: changing their entry, removing them, their excusal (34 CFR 300.321(e)). */
export function teamMemberRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.patch(
    '/api/v1/meetings/:id/participants/:participantId',
    {
      schema: {
        tags,
        summary:
          "Change a member's entry: role, attendance, agency consent, signature. If-Match with the member's ETag (`\"<participantId>.<version>\"`, from the meeting's participants) or `version` is required: 428 without it, 412 when stale. Answers the meeting; the ETag header is the member's new one",
        params: participantParams,
        body: participantPatchSchema,
        response: { ...one, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const { version, ...patch } = request.body;
      const r = await updateParticipant(requireHandle(request), {
        id: request.params.id,
        participantId: request.params.participantId,
        claim: claimOf(request.headers['if-match'], version),
        patch,
      });
      void reply.header('ETag', etag(r.participant.id, r.participant.version));
      return r.meeting;
    },
  );

  r.delete(
    '/api/v1/meetings/:id/participants/:participantId',
    {
      schema: {
        tags,
        summary:
          'Remove a member from the team of a scheduled meeting. If-Match with the member\'s ETag (`"<participantId>.<version>"`) is required: 428 without it, 412 when stale. Answers the meeting, with its ETag',
        params: participantParams,
        response: { ...one, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const m = await removeParticipant(requireHandle(request), {
        id: request.params.id,
        participantId: request.params.participantId,
        claim: claimOf(request.headers['if-match']),
      });
      void reply.header('ETag', etag(m.id, m.version));
      return m;
    },
  );

  r.post(
    '/api/v1/meetings/:id/participants/:participantId/excusal',
    {
      schema: {
        tags,
        summary:
          "Record (or withdraw) the excusal of a member: written parent agreement, area discussed, written input (34 CFR 300.321(e)). If-Match with the member's ETag (or `version`) is required: 428 without it, 412 when stale. Answers the meeting; the ETag header is the member's new one",
        params: participantParams,
        body: excusalSchema,
        response: { ...one, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const { version, ...input } = request.body;
      const r = await recordExcusal(requireHandle(request), {
        id: request.params.id,
        participantId: request.params.participantId,
        claim: claimOf(request.headers['if-match'], version),
        input,
      });
      void reply.header('ETag', etag(r.participant.id, r.participant.version));
      return r.meeting;
    },
  );
}
