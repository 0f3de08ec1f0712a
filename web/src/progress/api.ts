/** The progress reports API (src/features/progress/routes.ts). A report's ETag is `"<id>.<version>"`: saves send If-Match. */
import { ifMatch, request } from '../api';

export const PROGRESS_RATINGS = ['mastered', 'sufficient', 'insufficient', 'not_yet_introduced', 'regression'] as const;
export type ProgressRating = (typeof PROGRESS_RATINGS)[number];

export interface ProgressEntry {
  goalId: string;
  rating: ProgressRating | null;
  note: string;
}

export interface ProgressReport {
  id: string;
  planId: string;
  periodLabel: string;
  status: 'draft' | 'issued';
  entries: ProgressEntry[];
  version: number;
  issuedOn: string | null;
  goals: { id: string; area: string; text: string; measurement: string; discipline: string | null }[];
  findings: { path: string; message: string }[];
  abilities: { view: boolean; edit: boolean; issue: boolean };
}

const path = (planId: string) => `/api/v1/plans/${encodeURIComponent(planId)}/progress-reports`;
const reportPath = (id: string) => `/api/v1/progress-reports/${encodeURIComponent(id)}`;

export function listProgress(planId: string, signal?: AbortSignal) {
  return request<{ data: ProgressReport[]; abilities: ProgressReport['abilities'] }>('GET', path(planId), { signal });
}
export function startProgress(planId: string, periodLabel: string) {
  return request<ProgressReport>('POST', path(planId), { body: { periodLabel } });
}
/** Saves a draft at the version the screen loaded (412 when someone saved since). */
export function saveProgress(r: Pick<ProgressReport, 'id' | 'version' | 'periodLabel' | 'entries'>) {
  return request<ProgressReport>('PATCH', reportPath(r.id), { body: { periodLabel: r.periodLabel, entries: r.entries }, headers: ifMatch(r.id, r.version) });
}
export function issueProgress(r: Pick<ProgressReport, 'id' | 'version'>) {
  return request<ProgressReport>('POST', `${reportPath(r.id)}/issue`, { headers: ifMatch(r.id, r.version) });
}
export const progressPdfUrl = (id: string, lang: 'en' | 'es') => `${reportPath(id)}/document.pdf?lang=${lang}`;
