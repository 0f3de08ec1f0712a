/** HTTP routes for students. Parse with zod → use case → response. No database access here. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireHandle } from '../../server/auth';
import { claimOf, etag } from '../../server/etag';
import { idParams, problemSchema } from '../../server/schemas';
import { getAccessLog } from './get-access-log';
import { getStudent } from './get-student';
import { listStudents } from './list-students';
import {
  accessLogQuerySchema,
  accessLogResponseSchema,
  listQuerySchema,
  listResponseSchema,
  patchBodySchema,
  studentSchema,
  studentReadQuery,
} from '../../api/students';
import { updateStudent } from './update-student';

const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema };

export function studentRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/students',
    {
      schema: {
        tags: ['students'],
        summary: 'Students the caller may see (search by name, filter by school and status)',
        querystring: listQuerySchema,
        response: { 200: listResponseSchema, ...errors },
      },
    },
    async (request) => listStudents(requireHandle(request), request.query),
  );

  r.get(
    '/api/v1/students/:id',
    {
      schema: {
        tags: ['students'],
        summary: "A student's record, with guardians and the caller's abilities",
        params: idParams,
        querystring: studentReadQuery,
        response: { 200: studentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const s = await getStudent(requireHandle(request), { id: request.params.id, purpose: request.query.purpose });
      void reply.header('ETag', etag(s.id, s.version)).header('Cache-Control', 'no-store');
      return s;
    },
  );

  r.patch(
    '/api/v1/students/:id',
    {
      schema: {
        tags: ['students'],
        summary:
          "Change a student's record; If-Match with the ETag from GET (or `version`) is required: 428 without it, 412 when stale",
        params: idParams,
        body: patchBodySchema,
        response: {
          200: studentSchema,
          ...errors,
          409: problemSchema,
          412: problemSchema,
          422: problemSchema,
          428: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { version, ...patch } = request.body;
      const s = await updateStudent(requireHandle(request), {
        id: request.params.id,
        claim: claimOf(request.headers['if-match'], version),
        patch,
      });
      void reply.header('ETag', etag(s.id, s.version));
      return s;
    },
  );

  r.get(
    '/api/v1/students/:id/access-log',
    {
      schema: {
        tags: ['students'],
        summary: "Who saw or changed this student's records, when and why (34 CFR 300.614)",
        params: idParams,
        querystring: accessLogQuerySchema,
        response: { 200: accessLogResponseSchema, ...errors },
      },
    },
    async (request) => getAccessLog(requireHandle(request), { id: request.params.id, ...request.query }),
  );
  return Promise.resolve();
}
