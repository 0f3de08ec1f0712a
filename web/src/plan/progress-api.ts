/** The progress reports API (src/features/progress/routes.ts). A report's ETag is `"<id>.<version>"`: saves send If-Match. */
import type { z } from 'zod';
import { PROGRESS_RATINGS } from '../../../src/domain/progress';
import type { progressListSchema, progressReportSchema } from '../../../src/api/progress';
import { ifMatch, request } from '../api';

export { PROGRESS_RATINGS };
export type ProgressRating = (typeof PROGRESS_RATINGS)[number];
/** A progress report as the API sends it (inferred from the server's schema: type-only, nothing of the server is bundled). */
export type ProgressReport = z.infer<typeof progressReportSchema>;
export type ProgressEntry = ProgressReport['entries'][number];
export type ProgressList = z.infer<typeof progressListSchema>;

const path = (planId: string) => `/api/v1/plans/${encodeURIComponent(planId)}/progress-reports`;
const reportPath = (id: string) => `/api/v1/progress-reports/${encodeURIComponent(id)}`;

export function listProgress(planId: string, signal?: AbortSignal) {
  return request<ProgressList>('GET', path(planId), { signal });
}
export function startProgress(planId: string, periodLabel: string) {
  return request<ProgressReport>('POST', path(planId), { body: { periodLabel } });
}
/** Saves a draft at the version the screen loaded (412 when someone saved since). */
export function saveProgress(r: Pick<ProgressReport, 'id' | 'version' | 'periodLabel' | 'entries'>) {
  return request<ProgressReport>('PATCH', reportPath(r.id), {
    body: { periodLabel: r.periodLabel, entries: r.entries },
    headers: ifMatch(r.id, r.version),
  });
}
export function issueProgress(r: Pick<ProgressReport, 'id' | 'version'>) {
  return request<ProgressReport>('POST', `${reportPath(r.id)}/issue`, { headers: ifMatch(r.id, r.version) });
}
export const progressPdfUrl = (id: string, lang: 'en' | 'es') => `${reportPath(id)}/document.pdf?lang=${lang}`;
