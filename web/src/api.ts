/**
 * The API client. Sends the session cookie, keeps the CSRF token that POST /api/v1/session and
 * GET /api/v1/me return and sends it as X-CSRF-Token on every write, and turns problem+json
 * (RFC 9457) answers into an ApiError. A 401 that means "not signed in" (UNAUTHENTICATED,
 * SESSION_EXPIRED) is reported to the listener the session provider installs, which sends the
 * person to the sign-in page.
 */
import type { z } from 'zod';
import type { problemSchema } from '../../src/api/problem';
import type { AccessLogPage, Me, School, SessionResponse, Student, StudentPage } from './types';

/** A field a problem names (problem+json `errors[]`, src/api/problem.ts): its path and what is wrong with it. */
export type FieldError = NonNullable<z.infer<typeof problemSchema>['errors']>[number];

export class ApiError extends Error {
  readonly status: number;
  /** The problem's `code` (e.g. NOT_FOUND), or NETWORK when the server was not reached, or HTTP_<status> without a problem body. */
  readonly code: string;
  readonly detail: string;
  readonly title: string;
  readonly errors: FieldError[];
  /** The problem body as sent, for a feature that reads its extension members (e.g. a refusal's `findings`); null without one. */
  readonly problem: Record<string, unknown> | null;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail: string;
    errors?: FieldError[];
    problem?: Record<string, unknown>;
  }) {
    super(init.detail || init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.problem = init.problem ?? null;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/**
 * The API refused a write because the record changed since it was loaded: 412 (If-Match) or 409 VERSION_STALE (a body
 * `version`). Nothing was saved; the screen says so and offers to reload.
 */
export function isStale(e: unknown): boolean {
  return isApiError(e) && (e.status === 412 || e.code === 'PRECONDITION_FAILED' || e.code === 'VERSION_STALE');
}

/** The If-Match header naming the version of a record the screen loaded (its ETag is `"<id>.<version>"`). */
export function ifMatch(id: string, version: number): Record<string, string> {
  return { 'If-Match': `"${id}.${version}"` };
}

export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/** The codes with which the API says "you are not signed in (any more)". */
const SIGNED_OUT_CODES = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED']);

let csrfToken: string | null = null;
let unauthorizedListener: ((error: ApiError) => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called with every 401 UNAUTHENTICATED / SESSION_EXPIRED answer (except where a call opts out). */
export function onUnauthorized(listener: ((error: ApiError) => void) | null): void {
  unauthorizedListener = listener;
}

export type Query = Record<string, string | number | undefined | null>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not report a 401 to the listener (the first GET /me, which is expected to fail when signed out). */
  quiet401?: boolean;
  /** Extra request headers (e.g. If-Match). */
  headers?: Record<string, string>;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown, fallback: string): string {
  return typeof v === 'string' ? v : fallback;
}

async function toApiError(res: Response): Promise<ApiError> {
  const type = res.headers.get('content-type') ?? '';
  let body: unknown = null;
  if (type.includes('json')) {
    try {
      body = await res.json();
    } catch {
      body = null;
    }
  }
  if (isRecord(body)) {
    const errors = Array.isArray(body.errors)
      ? body.errors.filter(isRecord).map((e) => ({ path: str(e.path, ''), message: str(e.message, '') }))
      : [];
    return new ApiError({
      status: typeof body.status === 'number' ? body.status : res.status,
      code: str(body.code, `HTTP_${res.status}`),
      title: str(body.title, res.statusText),
      detail: str(body.detail, ''),
      errors,
      problem: body,
    });
  }
  return new ApiError({ status: res.status, code: `HTTP_${res.status}`, title: res.statusText, detail: '' });
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (WRITE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'include',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new ApiError({ status: 0, code: 'NETWORK', title: 'Network error', detail: '' });
  }

  if (!res.ok) {
    const error = await toApiError(res);
    if (error.status === 401 && SIGNED_OUT_CODES.has(error.code)) {
      csrfToken = null;
      if (!options.quiet401) unauthorizedListener?.(error);
    }
    throw error;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

// ---- The endpoints the web app uses ----

export async function signIn(email: string, password: string): Promise<SessionResponse> {
  const session = await request<SessionResponse>('POST', '/api/v1/session', { body: { email, password } });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(): Promise<void> {
  try {
    await request<undefined>('DELETE', '/api/v1/session', { quiet401: true });
  } finally {
    setCsrfToken(null);
  }
}

/** The signed-in person, or null when nobody is signed in. */
export async function getMe(
  signal?: AbortSignal,
): Promise<{ user: Me; expired: boolean } | { user: null; expired: boolean }> {
  try {
    const session = await request<SessionResponse>('GET', '/api/v1/me', { signal, quiet401: true });
    setCsrfToken(session.csrfToken);
    return { user: session.user, expired: false };
  } catch (e) {
    if (isApiError(e) && e.status === 401) return { user: null, expired: e.code === 'SESSION_EXPIRED' };
    throw e;
  }
}

export interface StudentQuery {
  q?: string;
  schoolId?: string;
  status?: string;
  limit?: number;
  cursor?: string | null;
}

export function listStudents(query: StudentQuery, signal?: AbortSignal): Promise<StudentPage> {
  return request<StudentPage>('GET', '/api/v1/students', { query: { ...query }, signal });
}

export function getStudent(id: string, signal?: AbortSignal): Promise<Student> {
  return request<Student>('GET', `/api/v1/students/${encodeURIComponent(id)}`, { signal });
}

/** One page of a student's access log, newest first; `before` is the `nextBefore` of the previous page. */
export const ACCESS_LOG_PAGE_SIZE = 25;
export function getAccessLog(id: string, before: string | null, signal?: AbortSignal): Promise<AccessLogPage> {
  return request<AccessLogPage>('GET', `/api/v1/students/${encodeURIComponent(id)}/access-log`, {
    query: { before, limit: ACCESS_LOG_PAGE_SIZE },
    signal,
  });
}

export async function listSchools(signal?: AbortSignal): Promise<School[]> {
  return (await request<{ data: School[] }>('GET', '/api/v1/schools', { signal })).data;
}
