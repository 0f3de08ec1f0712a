/**
 * IEP meetings: who must be on the team (34 CFR 300.321), when a member may be excused (300.321(e)), when a
 * meeting may go ahead without the parents (300.322(d)), how early the notice goes out and what it says
 * (300.322(a)-(b)). Pure: the meeting, the state profile and the school calendar are arguments.
 *
 * Two moments are checked. While the meeting is being planned, the team must *include* every required member
 * (invited, or excused in writing). When it is held, every required member must have *attended*, or have been
 * excused properly; the parents' absence is allowed only after documented attempts to reach them.
 * A meeting is "properly constituted" when the held-phase check has no error.
 *
 * Long file: the rules of one IEP meeting (membership, excusal, the parents' participation, the notice) share its facts and its finding codes, listed once in MEETING_FINDING_RULES next to the rules that produce them.
 */
import { addDays, ageOn, longDateEn, type IsoDate } from './dates';
import { calculateDeadline, type SchoolCalendar } from './deadlines';
import type { MeetingPurpose } from './case-events';
import type { StateProfile } from './state-profiles';

export { MEETING_PURPOSES, type MeetingPurpose } from './case-events';

export const PARTICIPANT_ROLES = [
  'parent',
  'general_education_teacher',
  'special_education_teacher',
  'special_education_provider',
  'district_representative',
  'evaluation_interpreter',
  'student',
  'agency',
  'other',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const RESPONSES = ['pending', 'accepted', 'declined', 'proposed_other_time'] as const;
export type InvitationResponse = (typeof RESPONSES)[number];
export const ATTENDANCE = ['unknown', 'attended', 'absent', 'excused'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export const ATTENDED_BY = ['in_person', 'phone', 'video'] as const;
export const CONTACT_METHODS = ['phone', 'email', 'letter', 'home_visit', 'portal', 'in_person'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const CONTACT_OUTCOMES = ['reached', 'no_answer', 'left_message', 'returned', 'declined', 'other'] as const;
export const NOTICE_METHODS = ['mail', 'email', 'hand_delivered', 'portal', 'other'] as const;

/**
 * The members of 300.321(a)(2)-(a)(5): the only ones who may be excused (300.321(e)). The parents may not be
 * excused (a meeting goes ahead without them only under 300.322(d)); the student and agencies are invited, not required.
 */
export const EXCUSABLE_ROLES: readonly ParticipantRole[] = [
  'general_education_teacher',
  'special_education_teacher',
  'special_education_provider',
  'district_representative',
  'evaluation_interpreter',
];

/** 300.322(d): the meeting may go ahead without the parents only after at least this many attempts, by at least this many different methods. */
export const PARENT_CONTACT_RULE = { minAttempts: 2, minMethods: 2 } as const;

export interface ParticipantFacts {
  id: string;
  role: ParticipantRole;
  /** Can interpret the instructional implications of evaluation results (300.321(a)(5)). */
  interpretsEvaluations: boolean;
  invited: boolean;
  attendance: Attendance;
  /** The parent's written agreement to the excusal (300.321(e)(1)-(2)), or null. */
  excusalAgreedOn: IsoDate | null;
  /** The member's area of the curriculum or related services is modified or discussed at the meeting. */
  areaDiscussed: boolean;
  /** The member's written input to the parent and the team (300.321(e)(2)(ii)), or null. */
  writtenInputOn: IsoDate | null;
  /** The parent's consent to invite this agency (300.321(b)(3)), or null. */
  agencyConsentOn: IsoDate | null;
}

export interface ContactAttemptFacts {
  /** The day of the attempt (the district's day). */
  on: IsoDate;
  method: ContactMethod;
}

export interface MeetingFacts {
  purpose: MeetingPurpose;
  date: IsoDate;
  transitionDiscussed: boolean;
  /** The student is, or may be, participating in the regular education environment. */
  studentInRegularClass: boolean;
  participants: readonly ParticipantFacts[];
  contactAttempts: readonly ContactAttemptFacts[];
}

export interface MeetingFinding {
  rule: string;
  citation: string;
  severity: 'error' | 'warning';
  /** The role the finding is about, or the participant (participants.<id>). */
  path: string;
  message: string;
}

/** What the team must include (300.321(a)(1)-(5), and the student when transition is considered, 300.321(b)(1)). */
export const MEMBER_REQUIREMENTS = [
  'parent',
  'general_education_teacher',
  'special_education',
  'district_representative',
  'evaluation_interpreter',
  'student',
] as const;
export type MemberRequirement = (typeof MEMBER_REQUIREMENTS)[number];

/**
 * The requirements whose member must attend or be excused (300.321(e)): not the parents (300.322(d) has its own
 * finding) and not the student (invited; other steps when absent, 300.321(b)(2)).
 */
const ATTENDING_REQUIREMENTS = [
  'general_education_teacher',
  'special_education',
  'district_representative',
  'evaluation_interpreter',
] as const satisfies readonly MemberRequirement[];

/**
 * Every `rule` a finding of this module can carry (planningFindings, heldFindings, excusalFindings, noticeFindings,
 * noticeTimingFindings, producedPlanFindings):
 * stable codes the screens and documents label in each language. meetings.test.ts checks the list is exactly what the
 * checks produce; the web's test checks each has words in both catalogues.
 */
export const MEETING_FINDING_RULES = [
  ...MEMBER_REQUIREMENTS.map((r) => `team.missing.${r}` as const),
  ...ATTENDING_REQUIREMENTS.map((r) => `team.attendance_unknown.${r}` as const),
  ...ATTENDING_REQUIREMENTS.map((r) => `team.absent.${r}` as const),
  'team.student_absent',
  'team.parent_absent',
  'team.parent_absent_documented',
  'team.agency_consent',
  'excusal.not_excusable',
  'excusal.written_agreement',
  'excusal.agreement_after_meeting',
  'excusal.written_input',
  'excusal.input_after_meeting',
  'notice.time',
  'notice.location',
  'notice.attendees',
  'notice.transition.student',
  'notice.transition.agency_consent',
  'notice.sent_late',
  'notice.period_passed',
  'held.plan_meeting_date',
] as const;
export type MeetingFindingRule = (typeof MEETING_FINDING_RULES)[number];

/** The members the team must include for this meeting, each with its citation. */
export interface RequiredMember {
  requirement: MemberRequirement;
  citation: string;
  /** Whether a participant fills it. */
  fills: (p: ParticipantFacts) => boolean;
  /** The student must be invited; if they do not come, other steps are taken (300.321(b)(2)): not attending is no error. */
  inviteOnly?: boolean;
  label: string;
}

export function requiredMembers(
  m: Pick<MeetingFacts, 'transitionDiscussed' | 'studentInRegularClass'>,
): RequiredMember[] {
  const out: RequiredMember[] = [
    {
      requirement: 'parent',
      citation: '34 CFR 300.321(a)(1)',
      fills: (p) => p.role === 'parent',
      label: 'the parents of the child',
    },
  ];
  if (m.studentInRegularClass) {
    out.push({
      requirement: 'general_education_teacher',
      citation: '34 CFR 300.321(a)(2)',
      fills: (p) => p.role === 'general_education_teacher',
      label: 'a regular education teacher of the child (the child is, or may be, in the regular education environment)',
    });
  }
  out.push(
    {
      requirement: 'special_education',
      citation: '34 CFR 300.321(a)(3)',
      fills: (p) => p.role === 'special_education_teacher' || p.role === 'special_education_provider',
      label: 'a special education teacher or special education provider of the child',
    },
    {
      requirement: 'district_representative',
      citation: '34 CFR 300.321(a)(4)',
      fills: (p) => p.role === 'district_representative',
      label:
        'a representative of the district who can supervise specially designed instruction and commit its resources',
    },
    {
      requirement: 'evaluation_interpreter',
      citation: '34 CFR 300.321(a)(5)',
      fills: (p) => p.role === 'evaluation_interpreter' || p.interpretsEvaluations,
      label: 'someone who can interpret the instructional implications of evaluation results (may be another member)',
    },
  );
  if (m.transitionDiscussed) {
    out.push({
      requirement: 'student',
      citation: '34 CFR 300.321(b)(1)',
      fills: (p) => p.role === 'student',
      inviteOnly: true,
      label: 'the student, invited because postsecondary goals and transition services will be considered',
    });
  }
  return out;
}

/**
 * Whether an excusal meets 300.321(e): the parent agreed in writing on or before the meeting day and, when the
 * member's area is discussed, the member's written input went to the parent and team on or before the meeting
 * day ("prior to the meeting": the day itself counts, since input in the morning precedes an afternoon meeting).
 */
export function excusalFindings(p: ParticipantFacts, meetingDate: IsoDate): MeetingFinding[] {
  if (p.attendance !== 'excused') return [];
  const path = `participants.${p.id}`;
  if (!EXCUSABLE_ROLES.includes(p.role)) {
    return [
      {
        rule: 'excusal.not_excusable',
        citation: '34 CFR 300.321(e)',
        severity: 'error',
        path,
        message:
          'Only members described in 300.321(a)(2)-(5) may be excused; record this member as absent or attending.',
      },
    ];
  }
  const out: MeetingFinding[] = [];
  if (!p.excusalAgreedOn) {
    out.push({
      rule: 'excusal.written_agreement',
      citation: p.areaDiscussed ? '34 CFR 300.321(e)(2)(i)' : '34 CFR 300.321(e)(1)',
      severity: 'error',
      path,
      message: 'An excused member needs the parent’s written agreement to the excusal.',
    });
  } else if (p.excusalAgreedOn > meetingDate) {
    out.push({
      rule: 'excusal.agreement_after_meeting',
      citation: '34 CFR 300.321(e)',
      severity: 'error',
      path,
      message: 'The parent’s written agreement is dated after the meeting; it must be given before the meeting.',
    });
  }
  if (p.areaDiscussed) {
    if (!p.writtenInputOn) {
      out.push({
        rule: 'excusal.written_input',
        citation: '34 CFR 300.321(e)(2)(ii)',
        severity: 'error',
        path,
        message:
          'The member’s area is discussed: they must send written input to the parent and the team before the meeting.',
      });
    } else if (p.writtenInputOn > meetingDate) {
      out.push({
        rule: 'excusal.input_after_meeting',
        citation: '34 CFR 300.321(e)(2)(ii)',
        severity: 'error',
        path,
        message: 'The written input is dated after the meeting; it must reach the parent and the team before it.',
      });
    }
  }
  return out;
}

const properlyExcused = (p: ParticipantFacts, date: IsoDate) =>
  p.attendance === 'excused' && excusalFindings(p, date).length === 0;

/** Documented attempts to reach the parents before the meeting day (300.322(d)): enough of them, by enough methods. */
export function parentContactDocumented(
  attempts: readonly ContactAttemptFacts[],
  meetingDate: IsoDate,
): { documented: boolean; attempts: number; methods: number } {
  const before = attempts.filter((a) => a.on <= meetingDate);
  const methods = new Set(before.map((a) => a.method)).size;
  return {
    documented: before.length >= PARENT_CONTACT_RULE.minAttempts && methods >= PARENT_CONTACT_RULE.minMethods,
    attempts: before.length,
    methods,
  };
}

function agencyFindings(m: MeetingFacts): MeetingFinding[] {
  return m.participants
    .filter((p) => p.role === 'agency' && !p.agencyConsentOn)
    .map((p) => ({
      rule: 'team.agency_consent',
      citation: '34 CFR 300.321(b)(3)',
      severity: 'error' as const,
      path: `participants.${p.id}`,
      message:
        'A participating agency is invited only with the parent’s (or adult student’s) written consent; record the consent or remove the agency.',
    }));
}

/**
 * The team while the meeting is planned: each required member is on the team (invited, or excused in writing),
 * excusals are valid, agencies have consent.
 */
export function planningFindings(m: MeetingFacts): MeetingFinding[] {
  const out: MeetingFinding[] = [];
  for (const r of requiredMembers(m)) {
    const filling = m.participants.filter((p) => r.fills(p) && (p.invited || p.attendance === 'excused'));
    if (filling.length === 0) {
      out.push({
        rule: `team.missing.${r.requirement}`,
        citation: r.citation,
        severity: 'error',
        path: r.requirement,
        message: `The team must include ${r.label}.`,
      });
    }
  }
  for (const p of m.participants) out.push(...excusalFindings(p, m.date));
  out.push(...agencyFindings(m));
  return out;
}

/**
 * The team as it met: every required member attended or was properly excused; the parents attended (in person,
 * by phone or video, 300.322(c)) or the district documented its attempts to reach them (300.322(d)).
 */
export function heldFindings(m: MeetingFacts): MeetingFinding[] {
  const out: MeetingFinding[] = [];
  for (const r of requiredMembers(m)) {
    const filling = m.participants.filter(r.fills);
    if (filling.length === 0) {
      out.push({
        rule: `team.missing.${r.requirement}`,
        citation: r.citation,
        severity: 'error',
        path: r.requirement,
        message: `The team must include ${r.label}.`,
      });
      continue;
    }
    if (filling.some((p) => p.attendance === 'attended')) continue;
    if (r.inviteOnly) {
      if (!filling.some((p) => p.invited))
        out.push({
          rule: `team.missing.${r.requirement}`,
          citation: r.citation,
          severity: 'error',
          path: r.requirement,
          message: `The team must include ${r.label}.`,
        });
      else
        out.push({
          rule: 'team.student_absent',
          citation: '34 CFR 300.321(b)(2)',
          severity: 'warning',
          path: r.requirement,
          message:
            'The student did not attend: take other steps to make sure their preferences and interests are considered.',
        });
      continue;
    }
    if (r.requirement === 'parent') {
      const c = parentContactDocumented(m.contactAttempts, m.date);
      if (c.documented) {
        out.push({
          rule: 'team.parent_absent_documented',
          citation: '34 CFR 300.322(d)',
          severity: 'warning',
          path: 'parent',
          message: `The parents did not attend; ${c.attempts} documented attempts to arrange a time, by ${c.methods} methods, allow the meeting to go ahead without them.`,
        });
      } else {
        out.push({
          rule: 'team.parent_absent',
          citation: '34 CFR 300.322(d)',
          severity: 'error',
          path: 'parent',
          message: `The parents did not attend. A meeting goes ahead without them only after documented attempts to arrange a time: at least ${PARENT_CONTACT_RULE.minAttempts} attempts by ${PARENT_CONTACT_RULE.minMethods} different methods (${c.attempts} recorded, ${c.methods} methods).`,
        });
      }
      continue;
    }
    if (filling.some((p) => properlyExcused(p, m.date))) continue;
    const unknown = filling.every((p) => p.attendance === 'unknown');
    out.push({
      rule: unknown ? `team.attendance_unknown.${r.requirement}` : `team.absent.${r.requirement}`,
      citation: unknown ? r.citation : '34 CFR 300.321(e)',
      severity: 'error',
      path: r.requirement,
      message: unknown
        ? `Record whether ${r.label} attended.`
        : `${capitalise(r.label)} did not attend and was not excused in writing.`,
    });
  }
  for (const p of m.participants) out.push(...excusalFindings(p, m.date));
  out.push(...agencyFindings(m));
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Whether postsecondary goals and transition services are considered at this meeting by default: a transition
 * meeting, or an IEP that will be in effect when the student reaches the profile's transition age (300.320(b):
 * the first IEP in effect at that age; an IEP runs up to a year from the meeting).
 */
export function transitionExpected(
  purpose: MeetingPurpose,
  dateOfBirth: IsoDate | null,
  meetingDate: IsoDate,
  profile: StateProfile,
): boolean {
  if (purpose === 'transition') return true;
  if (!dateOfBirth || purpose === 'manifestation_determination') return false;
  return ageOn(dateOfBirth, addDays(meetingDate, 365)) >= profile.transitionAge;
}

// ---- the notice ------------------------------------------------------------------------------------------

export interface NoticeLeadTime {
  /** The last day the notice may go out to meet the profile's lead time. */
  latestOn: IsoDate;
  citation: string;
  basis: string;
  /** Whether notice sent on `sentOn` (today, when not sent yet) is early enough; null when the meeting is past without notice. */
  onTime: boolean;
}

/** The notice lead time (300.322(a)(1), the profile's number of days): sent on or before `latestOn` is on time, a day later is late. */
export function noticeLeadTime(input: {
  meetingDate: IsoDate;
  sentOn: IsoDate;
  profile: StateProfile;
  calendar?: SchoolCalendar;
}): NoticeLeadTime {
  const d = calculateDeadline({
    rule: 'meeting-notice',
    from: input.meetingDate,
    profile: input.profile,
    ...(input.calendar ? { calendar: input.calendar } : {}),
  });
  return { latestOn: d.due, citation: d.citation, basis: d.basis, onTime: input.sentOn <= d.due };
}

export interface NoticeFacts {
  purpose: MeetingPurpose;
  date: IsoDate | null;
  startTime: string | null;
  location: string;
  videoLink: string;
  transitionDiscussed: boolean;
  /** Invited participants other than the parents (who will attend). */
  participants: readonly Pick<ParticipantFacts, 'role' | 'invited' | 'agencyConsentOn'>[];
}

/**
 * What the written notice must say (300.322(b)): purpose, time, location, who will attend; that the parents may
 * bring others with knowledge or special expertise (300.322(b)(1)(ii), printed on every notice); and, when
 * transition is considered, that this is a purpose, that the student is invited, and which agencies are (300.322(b)(2)).
 */
export function noticeFindings(n: NoticeFacts): MeetingFinding[] {
  const out: MeetingFinding[] = [];
  const f = (rule: string, citation: string, path: string, message: string) =>
    out.push({ rule, citation, severity: 'error', path, message });
  if (!n.date || !n.startTime)
    f('notice.time', '34 CFR 300.322(b)(1)(i)', 'date', 'The notice states the time of the meeting.');
  if (!n.location.trim() && !n.videoLink.trim())
    f(
      'notice.location',
      '34 CFR 300.322(b)(1)(i)',
      'location',
      'The notice states where the meeting is (a place, or a video link).',
    );
  const others = n.participants.filter((p) => p.invited && p.role !== 'parent');
  if (others.length === 0)
    f(
      'notice.attendees',
      '34 CFR 300.322(b)(1)(i)',
      'participants',
      'The notice states who will attend: invite the members of the team first.',
    );
  if (n.transitionDiscussed) {
    if (!n.participants.some((p) => p.role === 'student' && p.invited))
      f(
        'notice.transition.student',
        '34 CFR 300.322(b)(2)(i)(B)',
        'participants',
        'Transition will be considered: the notice says the student is invited, so invite the student.',
      );
  }
  for (const p of n.participants) {
    if (p.role === 'agency' && p.invited && !p.agencyConsentOn)
      f(
        'notice.transition.agency_consent',
        '34 CFR 300.321(b)(3)',
        'participants',
        'An agency is named on the notice only with the parent’s consent.',
      );
  }
  return out;
}

// ---- the notice in time: a late notice is a fact with its date, and a finding -------------------------------

export interface NoticeTimingFacts {
  status: MeetingStatus;
  meetingDate: IsoDate;
  noticeSentOn: IsoDate | null;
  /** The day the parent agreed to a shorter notice, or null. */
  shorterNoticeAgreedOn: IsoDate | null;
  /** The district's day. */
  today: IsoDate;
  profile: StateProfile;
  calendar?: SchoolCalendar;
}

/**
 * Whether the notice went out, or can still go out, early enough (34 CFR 300.322(a)(1): "early enough to ensure that
 * [the parents] will have an opportunity to attend"; how early is the profile's lead time, `noticeLeadTime`). A record
 * keeps what happened, so a late notice is recorded with its real day and this says so:
 * - `notice.sent_late` (error): sent after the last day of the lead time, and the parent has not agreed to a shorter
 *   notice. The meeting-notice clock shows it met late.
 * - `notice.period_passed` (warning): a scheduled meeting whose notice has not gone out, and the last day to send it is
 *   already past (yesterday or before; on the last day itself it can still go out in time). Flagged when the meeting is
 *   scheduled or moved: move the meeting, or get the parent's agreement to a shorter notice.
 * The parent's agreement to a shorter notice (recorded with its day) makes either case timely: no finding.
 * A cancelled meeting has none; a held meeting keeps its `notice.sent_late`.
 */
export function noticeTimingFindings(n: NoticeTimingFacts): MeetingFinding[] {
  if (n.status === 'cancelled' || n.shorterNoticeAgreedOn) return [];
  const lead = noticeLeadTime({
    meetingDate: n.meetingDate,
    sentOn: n.noticeSentOn ?? n.today,
    profile: n.profile,
    ...(n.calendar ? { calendar: n.calendar } : {}),
  });
  const days = `${n.profile.meetingNotice.days} ${n.profile.meetingNotice.counting === 'school' ? 'school ' : ''}day${n.profile.meetingNotice.days === 1 ? '' : 's'}`;
  if (n.noticeSentOn) {
    if (n.noticeSentOn <= lead.latestOn) return [];
    return [
      {
        rule: 'notice.sent_late',
        citation: lead.citation,
        severity: 'error',
        path: 'notice.sentOn',
        message: `Sent late: the notice went out on ${longDateEn(n.noticeSentOn)}, after ${longDateEn(lead.latestOn)}, the last day to send it (${days} before the meeting on ${longDateEn(n.meetingDate)}). Move the meeting, or record the day the parent agreed to a shorter notice.`,
      },
    ];
  }
  if (n.status !== 'scheduled' || lead.latestOn >= n.today) return [];
  return [
    {
      rule: 'notice.period_passed',
      citation: lead.citation,
      severity: 'warning',
      path: 'date',
      message: `The notice can no longer go out in time: the last day to send it was ${longDateEn(lead.latestOn)} (${days} before the meeting on ${longDateEn(n.meetingDate)}). Move the meeting, or get the parent's agreement to a shorter notice.`,
    },
  ];
}

// ---- the plan a held meeting produced ------------------------------------------------------------------------

/** A plan as the meeting that produced it needs it: its status and meeting date. */
export interface ProducedPlanFacts {
  status: 'draft' | 'proposed' | 'active' | 'superseded' | 'ended';
  meetingDate: IsoDate | null;
}

/**
 * What marking a meeting held does to the meeting date of the plan it produced. The IEP is developed at the team's
 * meeting (34 CFR 300.324(a)) and the annual review runs from that meeting (300.324(b)(1)(i)), so the plan's meeting
 * date is the held meeting's day:
 * - 'set': a draft or a proposal with another (or no) meeting date takes the meeting's day, in the same transaction
 *   (a proposal keeps the offer as it was in its history, and gets a new version with the date);
 * - 'keep': the plan already gives that day;
 * - 'differs': a final plan (in effect, superseded or ended) with another meeting date is not rewritten: a finding
 *   says so (producedPlanFindings), and the plan's own findings flag its date (plan-rules.ts).
 */
export function producedPlanDate(meetingDate: IsoDate, plan: ProducedPlanFacts): 'set' | 'keep' | 'differs' {
  if (plan.meetingDate === meetingDate) return 'keep';
  return plan.status === 'draft' || plan.status === 'proposed' ? 'set' : 'differs';
}

/** A held meeting whose plan gives another meeting date (see producedPlanDate): 'held.plan_meeting_date', a warning. */
export function producedPlanFindings(
  m: { status: MeetingStatus; date: IsoDate },
  plan: ProducedPlanFacts | null,
): MeetingFinding[] {
  if (m.status !== 'held' || !plan || plan.meetingDate === m.date) return [];
  return [
    {
      rule: 'held.plan_meeting_date',
      citation: '34 CFR 300.324(a)',
      severity: 'warning',
      path: 'planId',
      message: `The plan this meeting produced gives ${plan.meetingDate ? longDateEn(plan.meetingDate) : 'no date'} as its meeting date, not the day of this meeting (${longDateEn(m.date)}). The annual review runs from the meeting that wrote the plan.`,
    },
  ];
}
