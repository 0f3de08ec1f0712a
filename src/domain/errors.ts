/**
 * The one error-code registry. Domain and use-case code throws `AppError(code)`; only the HTTP shell
 * (src/server/errors.ts) knows the status numbers. Messages never carry student data.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'CSRF_TOKEN_MISSING',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_STATE',
  'VERSION_REQUIRED',
  'VERSION_STALE',
  'PRECONDITION_FAILED',
  'RULE_VIOLATION',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'RATE_LIMITED',
  'MAIL_NOT_CONFIGURED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'URI_TOO_LONG',
  'HEADERS_TOO_LARGE',
  'REQUEST_TIMEOUT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  path: string;
  message: string;
}

/** An audit entry to write even though the work was rolled back (a refused attempt). */
export interface DeniedAudit {
  action: string;
  studentId: string | null;
  context?: Record<string, unknown>;
}

/**
 * A rule a refused change breaks, as data: a stable code and the values its words need, so a client can say it in
 * its reader's language; `message` is the English for a client that does not know the code.
 */
export interface RuleFinding {
  code: string;
  citation: string;
  severity: 'error' | 'warning';
  /** The field or record part it is about (as in FieldError.path). */
  path: string;
  message: string;
  /** The values the words need (names, dates, counts); JSON values only. */
  params: Record<string, unknown>;
}

/** Structured detail beyond `errors`, sent as extension members of the problem when set. */
/** A record the refusal points to (RFC 9457 extension member `links`): e.g. the open plan that blocks a second one. */
export interface ProblemLink {
  rel: string;
  href: string;
  id: string;
}

export interface ErrorDetails {
  findings?: readonly RuleFinding[];
  links?: readonly ProblemLink[];
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
    readonly deniedAudit: DeniedAudit | null = null,
    readonly details: ErrorDetails | null = null,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
