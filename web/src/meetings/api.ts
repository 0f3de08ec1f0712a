/**
 * The meetings API (src/features/meetings/routes.ts), through the app's one client (web/src/api.ts). Types are
 * inferred from the server's zod schemas (type-only imports). A meeting's ETag is `"<id>.<version>"`; a member's entry
 * on the team has its own (`"<participantId>.<version>"`), sent to change, excuse or remove that member.
 */
import type { z } from 'zod';
import { ifMatch, request } from '../api';
import type {
  invitableSchema,
  meetingSchema,
  meetingSummarySchema,
  participantSchema,
} from '../../../src/api/meetings';
import type { sharedPreparationsSchema } from '../../../src/api/family';

export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;
export type Participant = z.infer<typeof participantSchema>;
export type MeetingFinding = Meeting['notice']['findings'][number];
/** A preparation checklist the family shared with the team (the family feature's GET /api/v1/meetings/{id}/preparations). */
export type SharedPreparation = z.infer<typeof sharedPreparationsSchema>['data'][number];
/** Staff and guardians to choose the team from. */
export type Invitable = z.infer<typeof invitableSchema>;

const path = (id: string) => `/api/v1/meetings/${encodeURIComponent(id)}`;

export async function listMeetings(studentId: string, signal?: AbortSignal): Promise<MeetingSummary[]> {
  return (
    await request<{ data: MeetingSummary[] }>('GET', `/api/v1/students/${encodeURIComponent(studentId)}/meetings`, {
      signal,
    })
  ).data;
}
export function scheduleMeeting(studentId: string, body: Record<string, unknown>): Promise<Meeting> {
  return request<Meeting>('POST', `/api/v1/students/${encodeURIComponent(studentId)}/meetings`, { body });
}
export function getMeeting(id: string, signal?: AbortSignal): Promise<Meeting> {
  return request<Meeting>('GET', path(id), { signal });
}
export function updateMeeting(m: Pick<Meeting, 'id' | 'version'>, patch: Record<string, unknown>): Promise<Meeting> {
  return request<Meeting>('PATCH', path(m.id), { body: patch, headers: { 'If-Match': `"${m.id}.${m.version}"` } });
}
export function getInvitable(id: string, signal?: AbortSignal): Promise<Invitable> {
  return request<Invitable>('GET', `${path(id)}/invitable`, { signal });
}
export function addParticipant(id: string, body: Record<string, unknown>): Promise<Meeting> {
  return request<Meeting>('POST', `${path(id)}/participants`, { body });
}
type Member = Pick<Participant, 'id' | 'version'>;
const memberPath = (id: string, p: Member) => `${path(id)}/participants/${encodeURIComponent(p.id)}`;
/** Changes a member's entry at the version the screen loaded (412 when someone changed it since). */
export function updateParticipant(id: string, p: Member, body: Record<string, unknown>): Promise<Meeting> {
  return request<Meeting>('PATCH', memberPath(id, p), { body, headers: ifMatch(p.id, p.version) });
}
export function removeParticipant(id: string, p: Member): Promise<Meeting> {
  return request<Meeting>('DELETE', memberPath(id, p), { headers: ifMatch(p.id, p.version) });
}
export function recordExcusal(
  id: string,
  p: Member,
  body: { excused: boolean; excusalAgreedOn: string | null; areaDiscussed: boolean; writtenInputOn: string | null },
): Promise<Meeting> {
  return request<Meeting>('POST', `${memberPath(id, p)}/excusal`, { body, headers: ifMatch(p.id, p.version) });
}
export function recordContactAttempt(id: string, body: Record<string, unknown>): Promise<Meeting> {
  return request<Meeting>('POST', `${path(id)}/contact-attempts`, { body });
}
/** Records the notice (again: a correction) over the meeting as the screen loaded it (412 when someone changed it since). */
export function sendNotice(m: Pick<Meeting, 'id' | 'version'>, body: Record<string, unknown>): Promise<Meeting> {
  return request<Meeting>('POST', `${path(m.id)}/notice`, { body, headers: ifMatch(m.id, m.version) });
}
/** The parent agreed to a shorter notice, on `agreedOn` (before the notice, or after a late one, which it then makes timely). */
export function recordShorterNotice(
  m: Pick<Meeting, 'id' | 'version'>,
  body: { agreedOn: string; note: string },
): Promise<Meeting> {
  return request<Meeting>('POST', `${path(m.id)}/shorter-notice`, { body, headers: ifMatch(m.id, m.version) });
}
export const noticePdfUrl = (id: string, lang: 'en' | 'es') => `${path(id)}/notice.pdf?lang=${lang}`;
export function holdMeeting(m: Pick<Meeting, 'id' | 'version'>, body: Record<string, unknown>): Promise<Meeting> {
  return request<Meeting>('POST', `${path(m.id)}/hold`, { body: { ...body, version: m.version } });
}
export function cancelMeeting(id: string, reason: string): Promise<Meeting> {
  return request<Meeting>('POST', `${path(id)}/cancel`, { body: { reason } });
}
/** The checklists the family shared for this meeting: for the staff who manage the case (a 404 for anyone else). */
export async function listSharedPreparations(id: string, signal?: AbortSignal): Promise<SharedPreparation[]> {
  return (await request<{ data: SharedPreparation[] }>('GET', `${path(id)}/preparations`, { signal })).data;
}
export function respondToMeeting(
  id: string,
  body: { response: string; proposedDate?: string | null; proposedTime?: string | null; note?: string },
): Promise<Meeting> {
  return request<Meeting>('POST', `${path(id)}/response`, { body });
}

/** "15:30" as the reader's language writes a time of day ("3:30 PM" / "15:30"); the district's local time, never shifted. */
export function formatTime(locale: string, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 1, h, m)),
  );
}
