/**
 * The summary of performance API (src/features/exit/routes.ts), through the app's one client. Shapes come from the
 * server's zod schemas (src/api/exit.ts). A summary's ETag is `"<id>.<version>"`: saves send If-Match.
 */
import type { z } from 'zod';
import type { SummaryOfPerformance, SummaryOfPerformanceList, sopPatchSchema } from '../../../src/api/exit';
import { request } from '../api';

export type { SummaryOfPerformance, SummaryOfPerformanceList };
/** What a save sends (PATCH; the version goes in If-Match). */
export type SopPatch = Omit<z.input<typeof sopPatchSchema>, 'version'>;
export type SopText = Pick<
  SummaryOfPerformance,
  'academicAchievement' | 'functionalPerformance' | 'postsecondaryGoals' | 'recommendations' | 'studentPerspective'
>;

const listPath = (studentId: string) => `/api/v1/students/${encodeURIComponent(studentId)}/summaries-of-performance`;
const onePath = (id: string) => `/api/v1/summaries-of-performance/${encodeURIComponent(id)}`;

export function listSummaries(studentId: string, signal?: AbortSignal): Promise<SummaryOfPerformanceList> {
  return request<SummaryOfPerformanceList>('GET', listPath(studentId), { signal });
}

export function createSummary(studentId: string): Promise<SummaryOfPerformance> {
  return request<SummaryOfPerformance>('POST', listPath(studentId), { body: {} });
}

export function saveSummary(id: string, version: number, patch: SopPatch): Promise<SummaryOfPerformance> {
  return request<SummaryOfPerformance>('PATCH', onePath(id), {
    body: patch,
    headers: { 'If-Match': `"${id}.${version}"` },
  });
}

export function provideSummary(id: string, version: number): Promise<SummaryOfPerformance> {
  return request<SummaryOfPerformance>('POST', `${onePath(id)}/provide`, {
    body: {},
    headers: { 'If-Match': `"${id}.${version}"` },
  });
}

export function summaryPdfUrl(id: string, lang: 'en' | 'es'): string {
  return `${onePath(id)}/document.pdf?lang=${lang}`;
}
