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
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
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

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
    readonly deniedAudit: DeniedAudit | null = null,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
