/** The rows of meetings, participants and contact attempts, and the SQL that reads them (src/db/meetings-repo.ts). */
import { AppError } from '../domain/errors';
import type {
  Attendance,
  InvitationResponse,
  MeetingPurpose,
  MeetingStatus,
  ParticipantRole,
} from '../domain/meetings';
import type { StudentFacts } from '../policy/actor';
import type { MeetingAbilities } from '../policy/meeting';
import { isoOf, isoOrNull } from './values';

/** What the deadline engine needs of a meeting (src/features/case). */
export interface MeetingForDeadlines {
  id: string;
  studentId: string;
  /** The meeting's date (YYYY-MM-DD, the district's day). */
  date: string;
  purpose: string;
  status: 'scheduled' | 'held' | 'cancelled';
  /** When the written notice went to the parents, or null. */
  noticeSentOn: string | null;
  /** The day the parent agreed to a shorter notice, or null. */
  shorterNoticeAgreedOn: string | null;
}

/** The plan a meeting produced, as the meeting needs it (src/domain/meetings.ts producedPlanDate). */
export interface ProducedPlan {
  id: string;
  version: number;
  type: 'iep' | '504';
  status: 'draft' | 'proposed' | 'active' | 'superseded' | 'ended';
  meetingDate: string | null;
}

export interface MeetingRow {
  id: string;
  studentId: string;
  purpose: MeetingPurpose;
  purposeNote: string;
  date: string;
  startTime: string;
  startsAt: string;
  timeZone: string;
  durationMinutes: number;
  location: string;
  videoLink: string;
  status: MeetingStatus;
  transitionDiscussed: boolean;
  studentInRegularClass: boolean;
  noticeSentOn: string | null;
  noticeMethod: string | null;
  noticeLanguage: string | null;
  shorterNoticeAgreedOn: string | null;
  shorterNoticeNote: string;
  minutes: string;
  planId: string | null;
  planVersion: number | null;
  heldAt: string | null;
  heldByName: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  createdByName: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ParticipantRow {
  id: string;
  meetingId: string;
  role: ParticipantRole;
  name: string;
  title: string;
  userId: string | null;
  guardianId: string | null;
  interpretsEvaluations: boolean;
  invited: boolean;
  response: InvitationResponse;
  proposedDate: string | null;
  proposedTime: string | null;
  responseNote: string;
  respondedAt: string | null;
  attendance: Attendance;
  attendedBy: string | null;
  excusalAgreedOn: string | null;
  areaDiscussed: boolean;
  writtenInputOn: string | null;
  agencyConsentOn: string | null;
  signatureName: string | null;
  signedAt: string | null;
  /** Moves on with every change to the entry (its ETag is `"<id>.<version>"`). */
  version: number;
}

export interface ContactAttemptRow {
  id: string;
  meetingId: string;
  attemptedAt: string;
  /** The district's day of the attempt. */
  attemptedOn: string;
  method: string;
  outcome: string;
  note: string;
  recordedByName: string;
  recordedAt: string;
}

/** The student a meeting is about: the facts access is decided on, and what a meeting page shows of them. */
export interface MeetingStudent extends StudentFacts {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  grade: string;
  schoolName: string;
}

export interface ScopedMeeting {
  meeting: MeetingRow;
  participants: ParticipantRow[];
  contactAttempts: ContactAttemptRow[];
  student: MeetingStudent;
  abilities: MeetingAbilities;
}

export const MEETING_SELECT = `SELECT m.id::text AS "id", m.student_id::text AS "studentId", m.purpose, m.purpose_note AS "purposeNote",
  to_char(m.meeting_date, 'YYYY-MM-DD') AS "date", m.start_time AS "startTime", m.starts_at AS "startsAt", m.time_zone AS "timeZone",
  m.duration_minutes AS "durationMinutes", m.location, m.video_link AS "videoLink", m.status,
  m.transition_discussed AS "transitionDiscussed", m.student_in_regular_class AS "studentInRegularClass",
  to_char(m.notice_sent_on, 'YYYY-MM-DD') AS "noticeSentOn", m.notice_method AS "noticeMethod", m.notice_language AS "noticeLanguage",
  to_char(m.shorter_notice_agreed_on, 'YYYY-MM-DD') AS "shorterNoticeAgreedOn", m.shorter_notice_note AS "shorterNoticeNote",
  m.minutes, m.plan_id::text AS "planId", m.plan_version AS "planVersion", m.held_at AS "heldAt", m.held_by_name AS "heldByName",
  m.cancelled_at AS "cancelledAt", m.cancel_reason AS "cancelReason", m.created_by_name AS "createdByName",
  m.created_at AS "createdAt", m.updated_at AS "updatedAt", m.version
  FROM meetings m`;

export const PARTICIPANT_SELECT = `SELECT p.id::text AS "id", p.meeting_id::text AS "meetingId", p.role, p.name, p.title, p.user_id::text AS "userId",
  p.guardian_id::text AS "guardianId", p.interprets_evaluations AS "interpretsEvaluations", p.invited, p.response,
  to_char(p.proposed_date, 'YYYY-MM-DD') AS "proposedDate", p.proposed_time AS "proposedTime", p.response_note AS "responseNote",
  p.responded_at AS "respondedAt", p.attendance, p.attended_by AS "attendedBy", to_char(p.excusal_agreed_on, 'YYYY-MM-DD') AS "excusalAgreedOn",
  p.area_discussed AS "areaDiscussed", to_char(p.written_input_on, 'YYYY-MM-DD') AS "writtenInputOn",
  to_char(p.agency_consent_on, 'YYYY-MM-DD') AS "agencyConsentOn", p.signature_name AS "signatureName", p.signed_at AS "signedAt",
  p.version
  FROM meeting_participants p`;

export const STUDENT_SELECT = `SELECT s.id::text AS "id", s.district_id::text AS "districtId", s.school_id::text AS "schoolId", sc.name AS "schoolName",
  s.first_name AS "firstName", s.last_name AS "lastName", to_char(s.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", s.grade,
  ARRAY(SELECT c.user_id::text FROM case_manager_assignments c WHERE c.student_id = s.id) AS "caseManagerIds",
  ARRAY(SELECT pa.user_id::text FROM provider_assignments pa WHERE pa.student_id = s.id) AS "providerIds",
  ARRAY(SELECT x.teacher_id::text FROM section_enrollments e JOIN sections x ON x.id = e.section_id WHERE e.student_id = s.id) AS "teacherIds",
  ARRAY(SELECT g.guardian_id::text FROM student_guardians g WHERE g.student_id = s.id) AS "guardianIds"
  FROM students s JOIN schools sc ON sc.id = s.school_id`;

export type RawMeeting = Omit<MeetingRow, 'startsAt' | 'heldAt' | 'cancelledAt' | 'createdAt' | 'updatedAt'> &
  Record<'startsAt' | 'heldAt' | 'cancelledAt' | 'createdAt' | 'updatedAt', unknown>;
export const toMeeting = (r: RawMeeting): MeetingRow => ({
  ...r,
  startsAt: isoOf(r.startsAt),
  heldAt: isoOrNull(r.heldAt),
  cancelledAt: isoOrNull(r.cancelledAt),
  createdAt: isoOf(r.createdAt),
  updatedAt: isoOf(r.updatedAt),
});
export type RawParticipant = Omit<ParticipantRow, 'respondedAt' | 'signedAt'> & {
  respondedAt: unknown;
  signedAt: unknown;
};
export const toParticipant = (r: RawParticipant): ParticipantRow => ({
  ...r,
  respondedAt: isoOrNull(r.respondedAt),
  signedAt: isoOrNull(r.signedAt),
});

export const notFound = (id: string, studentId: string | null = null) =>
  new AppError('NOT_FOUND', 'No meeting with this id.', [], {
    action: 'meeting.read_denied',
    studentId,
    context: { meetingId: id },
  });

export interface NewMeeting {
  id: string;
  studentId: string;
  purpose: MeetingPurpose;
  purposeNote: string;
  date: string;
  startTime: string;
  timeZone: string;
  durationMinutes: number;
  location: string;
  videoLink: string;
  transitionDiscussed: boolean;
  studentInRegularClass: boolean;
}

export interface NewParticipant {
  role: ParticipantRole;
  name: string;
  title?: string;
  userId?: string | null;
  guardianId?: string | null;
  interpretsEvaluations?: boolean;
  invited?: boolean;
  agencyConsentOn?: string | null;
}

/** Fields of a meeting that a PATCH may change, and their columns. */
export const MEETING_PATCH_COLUMNS = {
  purpose: 'purpose',
  purposeNote: 'purpose_note',
  date: 'meeting_date',
  startTime: 'start_time',
  durationMinutes: 'duration_minutes',
  location: 'location',
  videoLink: 'video_link',
  transitionDiscussed: 'transition_discussed',
  studentInRegularClass: 'student_in_regular_class',
  minutes: 'minutes',
} as const;
export type MeetingPatch = Partial<Record<keyof typeof MEETING_PATCH_COLUMNS, unknown>>;

export const PARTICIPANT_PATCH_COLUMNS = {
  role: 'role',
  name: 'name',
  title: 'title',
  interpretsEvaluations: 'interprets_evaluations',
  invited: 'invited',
  attendance: 'attendance',
  attendedBy: 'attended_by',
  excusalAgreedOn: 'excusal_agreed_on',
  areaDiscussed: 'area_discussed',
  writtenInputOn: 'written_input_on',
  agencyConsentOn: 'agency_consent_on',
} as const;
export type ParticipantPatch = Partial<Record<keyof typeof PARTICIPANT_PATCH_COLUMNS, unknown>>;
