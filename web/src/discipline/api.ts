/** The discipline endpoints (src/features/discipline/routes.ts). */
import { request } from '../api';
import type {
  DisciplineSummary,
  NewMdrBody,
  NewNoticeBody,
  NewPlacementDecisionBody,
  NewRemovalBody,
  Recorded,
} from './types';

/** The discipline record's queries (TanStack Query keys): one student's record for a school year (null: the current one). */
export const disciplineKeys = {
  summary: (studentId: string, schoolYear: string | null) => ['discipline', studentId, schoolYear] as const,
};

const base = (studentId: string) => `/api/v1/students/${encodeURIComponent(studentId)}/discipline`;

export function getDiscipline(
  studentId: string,
  schoolYear: string | null,
  signal?: AbortSignal,
): Promise<DisciplineSummary> {
  return request<DisciplineSummary>('GET', base(studentId), { query: { schoolYear }, signal });
}
export const recordRemoval = (studentId: string, body: NewRemovalBody) =>
  request<Recorded>('POST', `${base(studentId)}/removals`, { body });
export const recordPlacementDecision = (studentId: string, body: NewPlacementDecisionBody) =>
  request<Recorded>('POST', `${base(studentId)}/placement-decisions`, { body });
export const recordNotice = (studentId: string, body: NewNoticeBody) =>
  request<Recorded>('POST', `${base(studentId)}/notices`, { body });
export const recordMdr = (studentId: string, body: NewMdrBody) =>
  request<Recorded>('POST', `${base(studentId)}/mdrs`, { body });
export const voidRecord = (id: string, reason: string) =>
  request<DisciplineSummary>('POST', `/api/v1/discipline-records/${encodeURIComponent(id)}/void`, { body: { reason } });
