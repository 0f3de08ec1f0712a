/**
 * The consents and prior written notices API (src/features/consents/routes.ts), through the app's one client
 * (web/src/api.ts: cookie, CSRF header, problem+json → ApiError). Types are inferred from the server's zod schemas.
 */
import type { z } from 'zod';
import { request } from '../api';
import type {
  consentListSchema,
  consentSchema,
  answeredConsentSchema,
  createNoticeSchema,
  noticeListSchema,
  noticeSchema,
  patchNoticeSchema,
  requestConsentSchema,
} from '../../../src/api/consents';

export type Consent = z.infer<typeof consentSchema>;
export type ConsentList = z.infer<typeof consentListSchema>;
export type RevokedConsent = z.infer<typeof answeredConsentSchema>;
export type Notice = z.infer<typeof noticeSchema>;
export type NoticeList = z.infer<typeof noticeListSchema>;

/** The consents section's queries (TanStack Query keys): a student's consent requests and their notices. */
export const consentKeys = {
  consents: (studentId: string) => ['consents', studentId, 'consents'] as const,
  notices: (studentId: string) => ['consents', studentId, 'notices'] as const,
};

const student = (id: string) => `/api/v1/students/${encodeURIComponent(id)}`;
const consentPath = (id: string) => `/api/v1/consents/${encodeURIComponent(id)}`;
const noticePath = (id: string) => `/api/v1/notices/${encodeURIComponent(id)}`;

export function listConsents(studentId: string, signal?: AbortSignal): Promise<ConsentList> {
  return request<ConsentList>('GET', `${student(studentId)}/consents`, { signal });
}

export type ConsentRequestInput = z.input<typeof requestConsentSchema>;

export function requestConsent(studentId: string, body: ConsentRequestInput): Promise<Consent> {
  return request<Consent>('POST', `${student(studentId)}/consents`, { body });
}

/** A parent in the portal: typed name and the checkbox (must be true). */
export function signConsent(
  id: string,
  decision: 'given' | 'refused',
  typedName: string,
  confirm: boolean,
): Promise<Consent> {
  return request<Consent>('POST', `${consentPath(id)}/answer`, { body: { decision, typedName, confirm } });
}

/** Staff recording a paper form. */
export function recordPaperAnswer(
  id: string,
  decision: 'given' | 'refused',
  signerName: string,
  signedOn: string,
): Promise<Consent> {
  return request<Consent>('POST', `${consentPath(id)}/answer`, {
    body: { decision, method: 'paper', signerName, signedOn },
  });
}

export function revokeInPortal(id: string, typedName: string, confirm: boolean, note: string): Promise<RevokedConsent> {
  return request<RevokedConsent>('POST', `${consentPath(id)}/revoke`, {
    body: { method: 'portal', typedName, confirm, ...(note.trim() ? { note } : {}) },
  });
}

export function recordWrittenRevocation(
  id: string,
  signerName: string,
  signedOn: string,
  note: string,
): Promise<RevokedConsent> {
  return request<RevokedConsent>('POST', `${consentPath(id)}/revoke`, {
    body: { method: 'paper', signerName, signedOn, ...(note.trim() ? { note } : {}) },
  });
}

export const consentPdfUrl = (id: string, lang: 'en' | 'es') => `${consentPath(id)}/document.pdf?lang=${lang}`;
export const noticePdfUrl = (id: string, lang: 'en' | 'es') => `${noticePath(id)}/document.pdf?lang=${lang}`;

export function listNotices(studentId: string, signal?: AbortSignal): Promise<NoticeList> {
  return request<NoticeList>('GET', `${student(studentId)}/notices`, { signal });
}

export function createNotice(
  studentId: string,
  body: Pick<z.input<typeof createNoticeSchema>, 'action' | 'subject' | 'language'>,
): Promise<Notice> {
  return request<Notice>('POST', `${student(studentId)}/notices`, { body });
}

export type NoticePatch = Omit<z.input<typeof patchNoticeSchema>, 'version'>;

/** Saves a draft at `version` (If-Match); 412 when someone saved since. */
export function saveNotice(id: string, version: number, patch: NoticePatch): Promise<Notice> {
  return request<Notice>('PATCH', noticePath(id), { body: patch, headers: { 'If-Match': `"${id}.${version}"` } });
}

export function issueNotice(id: string, version: number): Promise<Notice> {
  return request<Notice>('POST', `${noticePath(id)}/issue`, { headers: { 'If-Match': `"${id}.${version}"` } });
}
