/** The meetings API's shapes (zod), mirroring src/domain/meetings.ts. */
import { z } from 'zod';
import { uuidParam } from './params';
import { isIsoDate } from '../domain/dates';
import {
  ATTENDANCE,
  ATTENDED_BY,
  CONTACT_METHODS,
  CONTACT_OUTCOMES,
  MEETING_PURPOSES,
  MEETING_STATUSES,
  MEMBER_REQUIREMENTS,
  NOTICE_METHODS,
  PARTICIPANT_ROLES,
  RESPONSES,
} from '../domain/meetings';
import { LOCALES } from '../documents/messages';

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);
const isoDate = z.string().refine(isIsoDate, 'A date as YYYY-MM-DD.');
const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'A time as HH:MM (24-hour).');
const uuid = z.uuid({ error: 'Must be a UUID.' });
/** A video link is only ever shown as text and an https link: nothing else is accepted. */
const videoLink = z
  .string()
  .trim()
  .max(500, 'At most 500 characters.')
  .refine((s) => s === '' || /^https:\/\/[^\s<>"]+$/.test(s), 'A video link starts with https:// (or leave it empty).');

export const participantInputSchema = z.strictObject({
  role: z.enum(PARTICIPANT_ROLES),
  /** Required unless a staff account (userId) or a guardian (guardianId) gives the name. */
  name: text(200).optional(),
  title: text(200).default(''),
  userId: uuid.nullable().optional(),
  guardianId: uuid.nullable().optional(),
  interpretsEvaluations: z.boolean().default(false),
  agencyConsentOn: isoDate.nullable().optional(),
});

export const scheduleSchema = z.strictObject({
  purpose: z.enum(MEETING_PURPOSES),
  purposeNote: text(1000).default(''),
  date: isoDate,
  startTime: time,
  durationMinutes: z.number().int().min(5).max(600).default(60),
  location: text(500).default(''),
  videoLink: videoLink.default(''),
  /** Default: a transition meeting, or the IEP in effect when the student reaches the profile's transition age. */
  transitionDiscussed: z.boolean().optional(),
  /** Default: yes, unless the plan in effect places the student outside regular classes all day. */
  studentInRegularClass: z.boolean().optional(),
  /** Invite the parents holding educational rights (default yes). */
  inviteParents: z.boolean().default(true),
  participants: z.array(participantInputSchema).max(40).default([]),
});

export const patchMeetingSchema = z
  .strictObject({
    version: z.number().int().positive().optional(),
    purpose: z.enum(MEETING_PURPOSES).optional(),
    purposeNote: text(1000).optional(),
    date: isoDate.optional(),
    startTime: time.optional(),
    durationMinutes: z.number().int().min(5).max(600).optional(),
    location: text(500).optional(),
    videoLink: videoLink.optional(),
    transitionDiscussed: z.boolean().optional(),
    studentInRegularClass: z.boolean().optional(),
    minutes: text(50_000).optional(),
  })
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), 'Send at least one field to change.');

export const participantPatchSchema = z
  .strictObject({
    role: z.enum(PARTICIPANT_ROLES).optional(),
    name: text(200).min(1, 'Write the name.').optional(),
    title: text(200).optional(),
    interpretsEvaluations: z.boolean().optional(),
    invited: z.boolean().optional(),
    attendance: z.enum(ATTENDANCE).optional(),
    attendedBy: z.enum(ATTENDED_BY).nullable().optional(),
    agencyConsentOn: isoDate.nullable().optional(),
    /** The member's typed name as their signature (null clears it). */
    signatureName: text(200).nullable().optional(),
    /** The version of the entry you are changing, when you do not send If-Match. */
    version: z.number().int().positive().optional(),
  })
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), 'Send at least one field to change.');

export const excusalSchema = z.strictObject({
  /** Excuse the member (true) or withdraw the excusal (false: attendance goes back to unknown). */
  excused: z.boolean(),
  excusalAgreedOn: isoDate.nullable().default(null),
  areaDiscussed: z.boolean().default(false),
  writtenInputOn: isoDate.nullable().default(null),
  /** The version of the member's entry you are changing, when you do not send If-Match. */
  version: z.number().int().positive().optional(),
});

export const contactAttemptSchema = z.strictObject({
  /** The district's day and time of the attempt. */
  date: isoDate,
  time: time.default('12:00'),
  method: z.enum(CONTACT_METHODS),
  outcome: z.enum(CONTACT_OUTCOMES),
  note: text(2000).default(''),
});

export const noticeSchema = z.strictObject({
  /** Default: today. */
  sentOn: isoDate.optional(),
  method: z.enum(NOTICE_METHODS),
  /** Default: the parents' preferred language. */
  language: z.enum(LOCALES).optional(),
  /**
   * The parent agreed to a shorter notice: the day they agreed. A notice later than the lead time is recorded without
   * it too, and found late (notice.sent_late) until the agreement is recorded (here, or POST …/shorter-notice).
   */
  shorterNoticeAgreedOn: isoDate.nullable().default(null),
  shorterNoticeNote: text(1000).default(''),
});

/** The parent's agreement to a shorter notice (300.322(a)(1)), recorded with its day: before the meeting, not after today. */
export const shorterNoticeSchema = z.strictObject({
  agreedOn: isoDate,
  note: text(1000).default(''),
});

export const holdSchema = z.strictObject({
  version: z.number().int().positive().optional(),
  attendance: z
    .array(
      z.strictObject({
        participantId: uuid,
        attendance: z.enum(ATTENDANCE),
        attendedBy: z.enum(ATTENDED_BY).nullable().optional(),
        signatureName: text(200).nullable().optional(),
      }),
    )
    .max(60)
    .default([]),
  minutes: text(50_000).optional(),
  /** The plan the meeting produced (its current version is recorded). */
  planId: uuid.nullable().optional(),
});

export const cancelSchema = z.strictObject({ reason: text(1000).min(1, 'Say why the meeting is cancelled.') });

export const responseSchema = z
  .strictObject({
    response: z.enum(['accepted', 'declined', 'proposed_other_time']),
    proposedDate: isoDate.nullable().optional(),
    proposedTime: time.nullable().optional(),
    note: text(2000).default(''),
  })
  .refine((b) => b.response !== 'proposed_other_time' || Boolean(b.proposedDate), {
    error: 'Propose a day.',
    path: ['proposedDate'],
  });

/**
 * The values a finding's words need, so a client says it in its reader's language without reading `message`. Which
 * are set depends on the code: the requirement and who fills it (team.*), the member and the days of an excusal
 * (excusal.*, team.agency_consent), the attempts to reach the parents (team.parent_absent*), the lead time and the
 * days of a late notice (notice.sent_late, notice.period_passed), the plan a held meeting produced
 * (held.plan_meeting_date). Dates are ISO days (the district's); names are as recorded.
 */
export const findingParamsSchema = z.object({
  /** The team requirement it is about (MEMBER_REQUIREMENTS). */
  requirement: z.enum(MEMBER_REQUIREMENTS).optional(),
  /** The member it is about: id, role and name. */
  participantId: z.string().optional(),
  role: z.enum(PARTICIPANT_ROLES).optional(),
  name: z.string().optional(),
  /** Who on the team fills the requirement. */
  names: z.array(z.string()).optional(),
  meetingDate: z.string().optional(),
  agreedOn: z.string().nullable().optional(),
  inputOn: z.string().nullable().optional(),
  attempts: z.number().optional(),
  methods: z.number().optional(),
  minAttempts: z.number().optional(),
  minMethods: z.number().optional(),
  /** The notice lead time (code meeting-notice): the last day it could go out, the day it was sent, how it counts. */
  due: z.string().optional(),
  sentOn: z.string().optional(),
  days: z.number().optional(),
  counting: z.enum(['calendar', 'school']).optional(),
  profile: z.string().optional(),
  /** School days beyond the district's calendar were counted as weekdays (notice.*). */
  estimated: z.boolean().optional(),
  /** The plan a held meeting produced (held.plan_meeting_date): its meeting date, status and type. */
  planMeetingDate: z.string().nullable().optional(),
  planStatus: z.string().optional(),
  planType: z.string().optional(),
});

/**
 * A finding of the 300.321 / 300.322 checks: `code` (MEETING_FINDING_RULES; `rule` is the same, kept for older
 * clients), its citation and severity, the values its words need, and `message` in English for a code a client does not know.
 */
export const findingSchema = z.object({
  code: z.string(),
  rule: z.string(),
  citation: z.string(),
  severity: z.enum(['error', 'warning']),
  path: z.string(),
  params: findingParamsSchema,
  message: z.string(),
});

/** How early the notice goes out, from the district's state profile (300.322(a)(1)): as data, and `basis` in English. */
export const leadTimeSchema = z.object({
  days: z.number(),
  counting: z.enum(['calendar', 'school']),
  /** The state profile's code (STATE_PROFILES). */
  profile: z.string(),
  /** The last day the notice may go out. */
  due: z.string(),
  /** School days beyond the district's calendar were counted as weekdays. */
  estimated: z.boolean(),
  basis: z.string(),
});

export const participantSchema = z.object({
  id: z.string(),
  role: z.enum(PARTICIPANT_ROLES),
  name: z.string(),
  title: z.string(),
  userId: z.string().nullable(),
  guardianId: z.string().nullable(),
  interpretsEvaluations: z.boolean(),
  invited: z.boolean(),
  response: z.enum(RESPONSES),
  proposedDate: z.string().nullable(),
  proposedTime: z.string().nullable(),
  responseNote: z.string(),
  respondedAt: z.string().nullable(),
  attendance: z.enum(ATTENDANCE),
  attendedBy: z.string().nullable(),
  excusalAgreedOn: z.string().nullable(),
  areaDiscussed: z.boolean(),
  writtenInputOn: z.string().nullable(),
  agencyConsentOn: z.string().nullable(),
  signatureName: z.string().nullable(),
  signedAt: z.string().nullable(),
  /** The entry's version: its ETag is `"<id>.<version>"`, sent as If-Match to change, excuse or remove the member. */
  version: z.number().int(),
});

export const meetingAbilitiesSchema = z.object({
  view: z.boolean(),
  viewTeamCheck: z.boolean(),
  manage: z.boolean(),
  respond: z.boolean(),
  printNotice: z.boolean(),
});

export const meetingSummarySchema = z.object({
  id: z.string(),
  studentId: z.string(),
  purpose: z.enum(MEETING_PURPOSES),
  date: z.string(),
  startTime: z.string(),
  startsAt: z.string(),
  durationMinutes: z.number(),
  location: z.string(),
  videoLink: z.string(),
  status: z.enum(MEETING_STATUSES),
  noticeSentOn: z.string().nullable(),
  version: z.number(),
  /** Staff: how many required-member problems the team still has (null for the family). */
  teamProblems: z.number().nullable(),
  /** Family: the signed-in parent's answer to the invitation, or null. */
  myResponse: z.enum(RESPONSES).nullable(),
  abilities: meetingAbilitiesSchema,
});

export const meetingSchema = meetingSummarySchema.extend({
  student: z.object({ firstName: z.string(), lastName: z.string(), grade: z.string(), schoolName: z.string() }),
  purposeNote: z.string(),
  timeZone: z.string(),
  transitionDiscussed: z.boolean(),
  studentInRegularClass: z.boolean(),
  notice: z.object({
    sentOn: z.string().nullable(),
    method: z.string().nullable(),
    language: z.string().nullable(),
    /** The language the PDF is printed in by default: the parents' preferred language. */
    defaultLanguage: z.enum(LOCALES),
    shorterNoticeAgreedOn: z.string().nullable(),
    shorterNoticeNote: z.string(),
    latestOn: z.string(),
    basis: z.string(),
    citation: z.string(),
    leadTime: leadTimeSchema,
    /** Sent (or, if not sent yet, sendable today) within the lead time — or the parent agreed to a shorter notice. */
    onTime: z.boolean(),
    /** Staff: what the notice still lacks (300.322(b)); [] for the family. */
    findings: z.array(findingSchema),
    /**
     * Staff: whether it went out in time (300.322(a)(1)) — notice.sent_late (recorded late, no agreement) or
     * notice.period_passed (not sent and the last day is past: move the meeting or get the parent's agreement); [] for the family.
     */
    timing: z.array(findingSchema),
  }),
  /** Staff, on a held meeting: the plan it produced, and a finding when the plan's meeting date is not the meeting's day. */
  producedPlan: z
    .object({
      id: z.string(),
      type: z.enum(['iep', '504']),
      status: z.string(),
      meetingDate: z.string().nullable(),
      findings: z.array(findingSchema),
    })
    .nullable(),
  minutes: z.string(),
  planId: z.string().nullable(),
  planVersion: z.number().nullable(),
  heldAt: z.string().nullable(),
  heldByName: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  createdByName: z.string(),
  updatedAt: z.string(),
  participants: z.array(participantSchema),
  myParticipantId: z.string().nullable(),
  contactAttempts: z.array(
    z.object({
      id: z.string(),
      attemptedAt: z.string(),
      attemptedOn: z.string(),
      method: z.string(),
      outcome: z.string(),
      note: z.string(),
      recordedByName: z.string(),
    }),
  ),
  /** Staff only (null for the family): the 300.321 check while planning and as held, and the parent-contact count. */
  team: z
    .object({
      planning: z.array(findingSchema),
      held: z.array(findingSchema),
      properlyConstituted: z.boolean(),
      required: z.array(z.object({ requirement: z.string(), citation: z.string(), filled: z.boolean() })),
      parentContact: z.object({
        documented: z.boolean(),
        attempts: z.number(),
        methods: z.number(),
        minAttempts: z.number(),
        minMethods: z.number(),
      }),
    })
    .nullable(),
});

export const staffDirectorySchema = z.object({
  data: z.array(z.object({ id: z.string(), name: z.string(), role: z.string(), discipline: z.string().nullable() })),
});

/** Staff of the district and the student's guardians, to choose a meeting's team from (GET /api/v1/meetings/{id}/invitable). */
export const invitableSchema = staffDirectorySchema.extend({
  guardians: z.array(
    z.object({ id: z.string(), name: z.string(), educationalRights: z.boolean(), preferredLanguage: z.string() }),
  ),
});

/** A student's meetings the caller may see, newest first. */
export const meetingListSchema = z.object({ data: z.array(meetingSummarySchema) });
export type MeetingList = z.infer<typeof meetingListSchema>;

/** One participant of a meeting. */
export const participantParams = z.strictObject({ id: uuidParam, participantId: uuidParam });
export type ParticipantParams = z.infer<typeof participantParams>;
