/**
 * problem+json (RFC 9457) for every failure. The only place that maps error codes to HTTP statuses.
 * Never a stack trace, SQL text or student data in a response.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { routePattern } from './logging';
import {
  AppError,
  type ErrorCode,
  type ErrorDetails,
  type FieldError,
  type ProblemLink,
  type RuleFinding,
} from '../domain/errors';

export const HTTP_FOR_CODE = {
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  UNAUTHENTICATED: { status: 401, title: 'Sign in required' },
  SESSION_EXPIRED: { status: 401, title: 'Your session has ended' },
  INVALID_CREDENTIALS: { status: 401, title: 'Email or password is incorrect' },
  CSRF_TOKEN_MISSING: { status: 403, title: 'Missing or wrong X-CSRF-Token header' },
  FORBIDDEN: { status: 403, title: 'You may see this record but not make this change' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  REQUEST_TIMEOUT: { status: 408, title: 'The request took too long to arrive' },
  INVALID_STATE: { status: 409, title: "Not possible in the record's current state" },
  VERSION_STALE: { status: 409, title: 'Edited by someone else' },
  MAIL_NOT_CONFIGURED: { status: 409, title: 'This installation does not send mail' },
  PRECONDITION_FAILED: { status: 412, title: 'The record changed since you loaded it' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  URI_TOO_LONG: { status: 414, title: 'The address is too long' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Send application/json' },
  RULE_VIOLATION: { status: 422, title: 'The change breaks a rule' },
  VERSION_REQUIRED: { status: 428, title: 'Say which version you are editing' },
  ACCOUNT_LOCKED: { status: 429, title: 'Too many failed sign-in attempts' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  HEADERS_TOO_LARGE: { status: 431, title: 'The request headers are too large' },
  INTERNAL: { status: 500, title: 'Something went wrong on our side' },
} as const satisfies Record<ErrorCode, { status: number; title: string }>;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: FieldError[];
  /** The rules a refused change breaks, as codes and values (AppError.details.findings), when the thrower gave them. */
  findings?: RuleFinding[];
  /** The records the refusal points to (e.g. rel "open-plan": the open plan that blocks starting another). */
  links?: ProblemLink[];
}

export function problemFor(
  code: ErrorCode,
  detail: string,
  errors: FieldError[] = [],
  details: ErrorDetails | null = null,
): Problem {
  const h = HTTP_FOR_CODE[code];
  const p: Problem = {
    type: `https://openiep.org/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: h.title,
    status: h.status,
    detail,
    code,
  };
  if (errors.length) p.errors = errors;
  if (details?.findings?.length) p.findings = [...details.findings];
  if (details?.links?.length) p.links = [...details.links];
  return p;
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

function zodErrors(err: FastifyError): FieldError[] {
  const ctx = (err as FastifyError & { validationContext?: string }).validationContext;
  const prefix = ctx === 'querystring' ? 'query.' : ctx === 'params' ? 'params.' : ctx === 'headers' ? 'headers.' : '';
  return (err.validation ?? []).flatMap((v) => {
    // fastify-type-provider-zod puts the zod issue code in `keyword` and the other fields
    // (for unrecognized_keys: `keys`) in `params`.
    const keys = (v.params as { keys?: unknown } | undefined)?.keys;
    const base = ((v.instancePath as string | undefined) ?? '').replace(/^\//, '').replace(/\//g, '.');
    if (v.keyword === 'unrecognized_keys' && Array.isArray(keys) && keys.length) {
      return keys.map((k) => ({
        path: prefix + (base ? `${base}.${String(k)}` : String(k)),
        message: 'Unknown field: not accepted here.',
      }));
    }
    return [
      { path: base ? prefix + base : prefix ? prefix.slice(0, -1) : '(body)', message: v.message ?? 'Invalid value.' },
    ];
  });
}

/** Turns any thrown error into a problem. Unknown errors are logged, and answered without detail. */
export function toProblem(err: unknown, request: FastifyRequest): Problem {
  if (err instanceof AppError) return problemFor(err.code, err.message, err.errors, err.details);
  const fe = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) {
    return problemFor('VALIDATION_FAILED', 'Some fields are missing or not valid; see errors.', zodErrors(fe));
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problemFor('VALIDATION_FAILED', 'The body is not valid JSON.', [
        { path: '(body)', message: 'Not valid JSON.' },
      ]);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problemFor('PAYLOAD_TOO_LARGE', 'The request body is larger than this endpoint accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problemFor('UNSUPPORTED_MEDIA_TYPE', 'This endpoint accepts application/json bodies only.');
    case 'FST_ERR_VALIDATION':
      return problemFor('VALIDATION_FAILED', 'The request is not valid.', []);
    case 'FST_ERR_BAD_URL':
      return problemFor('VALIDATION_FAILED', 'The address is not valid percent-encoding.', [
        { path: '(url)', message: 'Not valid percent-encoding (RFC 3986).' },
      ]);
    default:
      break;
  }
  // Any other client error Fastify raises, by its status: never its own JSON shape, never a 500.
  switch (fe.statusCode) {
    case 404:
      return problemFor('NOT_FOUND', 'Not found.');
    case 408:
      return problemFor('REQUEST_TIMEOUT', 'The request did not arrive in time.');
    case 413:
      return problemFor('PAYLOAD_TOO_LARGE', 'The request body is larger than this endpoint accepts.');
    case 414:
      return problemFor('URI_TOO_LONG', 'The address is too long.');
    case 415:
      return problemFor('UNSUPPORTED_MEDIA_TYPE', 'This endpoint accepts application/json bodies only.');
    case 429:
      return problemFor('RATE_LIMITED', 'Too many requests; wait a minute and try again.');
    case 431:
      return problemFor('HEADERS_TOO_LARGE', 'The request headers are larger than the server accepts.');
    default:
      break;
  }
  if (fe instanceof SyntaxError || (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500)) {
    return problemFor('VALIDATION_FAILED', 'The request could not be read.');
  }
  // The error's type, code, message and stack (src/server/logging.ts), the method and the route pattern: never the
  // URL, the headers or the body.
  request.log.error({ err, method: request.method, route: routePattern(request) }, 'unhandled error');
  return problemFor('INTERNAL', 'The error was logged. Please try again.');
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply) => {
    void sendProblem(reply, toProblem(err, request));
  });
  app.setNotFoundHandler((request, reply) => {
    void sendProblem(reply, problemFor('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`));
  });
}
