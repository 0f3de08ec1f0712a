/** The OpenAPI tag and the problem responses every meetings route declares (routes.ts, team/routes.ts). */
import { meetingSchema } from '../../api/meetings';
import { problemSchema } from '../../server/schemas';

export const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

export const tags = ['meetings'];
export const one = { 200: meetingSchema, ...errors };
