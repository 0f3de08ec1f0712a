/** The case clock's endpoints (src/features/case/routes.ts). */
import { request } from '../api';
import type { CaseEventRecord, ComplianceSummary, DeadlineList, DeadlineQuery, NewCaseEventBody } from './types';

const student = (id: string) => `/api/v1/students/${encodeURIComponent(id)}`;

/**
 * The case clock's queries (TanStack Query keys). Recording or voiding an event invalidates `caseKeys.all`: every list of
 * deadlines, a student's history and the compliance numbers load again wherever they are shown.
 */
export const caseKeys = {
  all: ['case'] as const,
  deadlines: (query: DeadlineQuery) => ['case', 'deadlines', query] as const,
  studentDeadlines: (studentId: string) => ['case', 'student', studentId, 'deadlines'] as const,
  studentEvents: (studentId: string) => ['case', 'student', studentId, 'events'] as const,
  compliance: (schoolId: string | null) => ['case', 'compliance', schoolId] as const,
};

/** Everything due for the caller's students, most urgent first. */
export function listDeadlines(query: DeadlineQuery, signal?: AbortSignal): Promise<DeadlineList> {
  return request<DeadlineList>('GET', '/api/v1/deadlines', {
    query: { status: query.status?.join(','), rule: query.rule, schoolId: query.schoolId, limit: query.limit },
    signal,
  });
}

/** All of one student's deadlines, met and delayed ones too. */
export function studentDeadlines(studentId: string, signal?: AbortSignal): Promise<DeadlineList> {
  return request<DeadlineList>('GET', `${student(studentId)}/deadlines`, { signal });
}

export async function studentEvents(studentId: string, signal?: AbortSignal): Promise<CaseEventRecord[]> {
  return (await request<{ data: CaseEventRecord[] }>('GET', `${student(studentId)}/events`, { signal })).data;
}

export function recordEvent(studentId: string, body: NewCaseEventBody): Promise<CaseEventRecord> {
  return request<CaseEventRecord>('POST', `${student(studentId)}/events`, { body });
}

export function voidEvent(eventId: string, reason: string): Promise<CaseEventRecord> {
  return request<CaseEventRecord>('POST', `/api/v1/case-events/${encodeURIComponent(eventId)}/void`, {
    body: { reason },
  });
}

export function complianceSummary(schoolId: string | null, signal?: AbortSignal): Promise<ComplianceSummary> {
  return request<ComplianceSummary>('GET', '/api/v1/compliance/summary', { query: { schoolId }, signal });
}
