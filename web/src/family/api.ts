/**
 * The family portal's calls (src/features/family/routes.ts), and the child's meetings (the meetings feature's
 * GET /api/v1/students/{id}/meetings), read leniently: when that list is not there, the portal still works.
 */
import type { z } from 'zod';
import type { meetingSummarySchema } from '../../../src/api/meetings';
import { ifMatch, request } from '../api';
import type {
  addToDraftResponseSchema,
  familyInputListSchema,
  familyInputSchema,
  meetingRequestSchema,
  preparationSchema,
  recordsRequestSchema,
} from '../../../src/api/family';

export type FamilyInput = z.infer<typeof familyInputSchema>;
export type FamilyInputList = z.infer<typeof familyInputListSchema>;
export type FamilyAbilities = FamilyInputList['abilities'];
export type RecordsRequest = z.infer<typeof recordsRequestSchema>;
export type MeetingRequest = z.infer<typeof meetingRequestSchema>;
export type Preparation = z.infer<typeof preparationSchema>;
export type AddToDraftResult = z.infer<typeof addToDraftResponseSchema>;

/** What the portal needs of a meeting (the meetings API's summary); anything else it sends is ignored. */
export type PortalMeeting = Pick<
  z.infer<typeof meetingSummarySchema>,
  'id' | 'purpose' | 'date' | 'startTime' | 'status'
>;

const s = (id: string) => `/api/v1/students/${encodeURIComponent(id)}`;

export const listFamilyInput = (studentId: string, signal?: AbortSignal) =>
  request<FamilyInputList>('GET', `${s(studentId)}/family-input`, { signal });
export const addFamilyInput = (studentId: string, text: string) =>
  request<FamilyInput>('POST', `${s(studentId)}/family-input`, { body: { text } });
export const addInputToDraft = (inputId: string) =>
  request<AddToDraftResult>('POST', `/api/v1/family-input/${encodeURIComponent(inputId)}/add-to-draft`);
export const acknowledgeInput = (inputId: string) =>
  request<FamilyInput>('POST', `/api/v1/family-input/${encodeURIComponent(inputId)}/acknowledge`);

export const listRecordsRequests = (studentId: string, signal?: AbortSignal) =>
  request<{ data: RecordsRequest[] }>('GET', `${s(studentId)}/records-requests`, { signal });
export const requestRecords = (studentId: string, scope: string) =>
  request<RecordsRequest>('POST', `${s(studentId)}/records-requests`, { body: { scope } });

export const listMeetingRequests = (studentId: string, signal?: AbortSignal) =>
  request<{ data: MeetingRequest[] }>('GET', `${s(studentId)}/meeting-requests`, { signal });
export const requestMeeting = (studentId: string, reason: string, preferredTimes: string) =>
  request<MeetingRequest>('POST', `${s(studentId)}/meeting-requests`, { body: { reason, preferredTimes } });
/** Marks a request scheduled or closed, at the version the list showed (412 when someone answered or changed it since). */
export const updateMeetingRequest = (r: Pick<MeetingRequest, 'id' | 'version'>, status: 'scheduled' | 'closed') =>
  request<MeetingRequest>('PATCH', `/api/v1/meeting-requests/${encodeURIComponent(r.id)}`, {
    body: { status },
    headers: ifMatch(r.id, r.version),
  });

const m = (meetingId: string) => `/api/v1/meetings/${encodeURIComponent(meetingId)}/preparation`;
export const getPreparation = (meetingId: string, signal?: AbortSignal) =>
  request<Preparation>('GET', m(meetingId), { signal });
/** Saves the caller's checklist at the version loaded (0 before the first save); its ETag is `"<meetingId>.preparation.<version>"`. */
export const savePreparation = (
  meetingId: string,
  version: number,
  body: { items: string[]; notes: Record<string, string> },
) => request<Preparation>('PUT', m(meetingId), { body, headers: ifMatch(`${meetingId}.preparation`, version) });
export const sharePreparation = (meetingId: string) => request<Preparation>('POST', `${m(meetingId)}/share`);

/** The child's meetings still to be held (not held or cancelled), soonest first. */
export async function upcomingMeetings(studentId: string, signal?: AbortSignal): Promise<PortalMeeting[]> {
  const body = await request<{ data?: unknown }>('GET', `${s(studentId)}/meetings`, { signal });
  const list = Array.isArray(body.data) ? body.data : [];
  return list
    .filter(
      (x): x is PortalMeeting =>
        typeof x === 'object' &&
        x !== null &&
        typeof (x as PortalMeeting).id === 'string' &&
        typeof (x as PortalMeeting).date === 'string',
    )
    .filter((x) => x.status !== 'cancelled' && x.status !== 'held')
    .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
}

export function safeguardsUrl(lang: 'en' | 'es', studentId: string): string {
  return `/api/v1/procedural-safeguards.pdf?lang=${lang}&studentId=${encodeURIComponent(studentId)}`;
}

/** Staff record that the safeguards notice was given (a case event, through the case events API). */
export const recordSafeguardsGiven = (studentId: string, occurredOn: string, language: 'en' | 'es') =>
  request<{ id: string; occurredOn: string }>('POST', `${s(studentId)}/events`, {
    body: { kind: 'safeguards_notice', occurredOn, details: { language } },
  });
