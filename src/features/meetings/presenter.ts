/** Meetings as the caller may see them: explicit field lists; the team check and the contact log for staff only. */
import { must } from '../../db/values';
import type { z } from 'zod';
import type { Scope } from '../../db/handle';
import type { ParticipantRow, ScopedMeeting } from '../../db/meetings-repo';
import { calendarFromDays, subtractSchoolDays, WEEKDAY_CALENDAR } from '../../domain/deadlines';
import type { RuleFinding } from '../../domain/errors';
import {
  heldFindings,
  MEMBER_REQUIREMENTS,
  noticeFindings,
  noticeLeadTime,
  noticeTimingFindings,
  parentContactDocumented,
  planningFindings,
  producedPlanFindings,
  PARENT_CONTACT_RULE,
  requiredMembers,
  type MeetingFacts,
  type MeetingFinding,
  type MemberRequirement,
} from '../../domain/meetings';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../documents/messages';
import type { findingParamsSchema, findingSchema } from '../../api/meetings';
import { actorProfile } from '../../policy/actor';
import { isGuardian } from '../../policy/predicates';

/** The meeting as the domain rules see it. */
export function meetingFacts(s: Pick<ScopedMeeting, 'meeting' | 'participants' | 'contactAttempts'>): MeetingFacts {
  return {
    purpose: s.meeting.purpose,
    date: s.meeting.date,
    transitionDiscussed: s.meeting.transitionDiscussed,
    studentInRegularClass: s.meeting.studentInRegularClass,
    participants: s.participants.map((p) => ({
      id: p.id,
      role: p.role,
      interpretsEvaluations: p.interpretsEvaluations,
      invited: p.invited,
      attendance: p.attendance,
      excusalAgreedOn: p.excusalAgreedOn,
      areaDiscussed: p.areaDiscussed,
      writtenInputOn: p.writtenInputOn,
      agencyConsentOn: p.agencyConsentOn,
    })),
    contactAttempts: s.contactAttempts.map((a) => ({
      on: a.attemptedOn,
      method: a.method as MeetingFacts['contactAttempts'][number]['method'],
    })),
  };
}

export function noticeFactsOf(s: Pick<ScopedMeeting, 'meeting' | 'participants'>) {
  const m = s.meeting;
  return {
    purpose: m.purpose,
    date: m.date,
    startTime: m.startTime,
    location: m.location,
    videoLink: m.videoLink,
    transitionDiscussed: m.transitionDiscussed,
    participants: s.participants,
  };
}

/**
 * The lead time for this meeting with the district's profile and the student's school calendar: the domain's answer,
 * and how it counts as data (days, calendar or school days, the profile's code, whether weekdays stood in for days
 * beyond the district's calendar) so a client words it without reading `basis`.
 */
export async function leadTimeOf(scope: Scope, s: ScopedMeeting, sentOn: string) {
  const days = await scope.calendars.days(s.student.schoolId);
  const profile = actorProfile(scope.actor);
  const calendar = days ? calendarFromDays(days) : undefined;
  const lead = noticeLeadTime({ meetingDate: s.meeting.date, sentOn, profile, ...(calendar ? { calendar } : {}) });
  const n = profile.meetingNotice;
  const estimated =
    n.counting === 'school' && subtractSchoolDays(s.meeting.date, n.days, calendar ?? WEEKDAY_CALENDAR).estimated;
  // Whether the notice went out (or can still go out) in time: a late one is a finding, never a refusal.
  const m = s.meeting;
  const timing = noticeTimingFindings({
    status: m.status,
    meetingDate: m.date,
    noticeSentOn: m.noticeSentOn,
    shorterNoticeAgreedOn: m.shorterNoticeAgreedOn,
    today: scope.today,
    profile,
    ...(calendar ? { calendar } : {}),
  });
  return { ...lead, days: n.days, counting: n.counting, profile: profile.code, estimated, timing };
}
export type LeadTime = Awaited<ReturnType<typeof leadTimeOf>>;

/**
 * The notice's timing findings (notice.sent_late, notice.period_passed) with the values their words need: the last day
 * it could go out, the day it went out, the meeting's day, and how the lead time counts.
 */
export function timingFindings(lead: LeadTime, s: Pick<ScopedMeeting, 'meeting'>): StructuredFinding[] {
  return lead.timing.map((f) => ({
    code: f.rule,
    rule: f.rule,
    citation: f.citation,
    severity: f.severity,
    path: f.path,
    params: {
      due: lead.latestOn,
      ...(s.meeting.noticeSentOn ? { sentOn: s.meeting.noticeSentOn } : {}),
      meetingDate: s.meeting.date,
      days: lead.days,
      counting: lead.counting,
      profile: lead.profile,
      estimated: lead.estimated,
    },
    message: f.message,
  }));
}

/**
 * The plan a held meeting produced, as staff see it on the meeting: which plan, its status and meeting date, and a
 * finding when that date is not the meeting's day (300.324(a); the meeting sets it on a draft or a proposal).
 */
async function producedPlanOf(scope: Scope, s: ScopedMeeting) {
  const m = s.meeting;
  if (!m.planId) return null;
  const plan = await scope.meetings.planOf(m.studentId, m.planId);
  if (!plan) return null;
  const findings: StructuredFinding[] = producedPlanFindings(m, plan).map((f) => ({
    code: f.rule,
    rule: f.rule,
    citation: f.citation,
    severity: f.severity,
    path: f.path,
    params: { meetingDate: m.date, planMeetingDate: plan.meetingDate, planStatus: plan.status, planType: plan.type },
    message: f.message,
  }));
  return { id: plan.id, type: plan.type, status: plan.status, meetingDate: plan.meetingDate, findings };
}

type FindingParams = z.infer<typeof findingParamsSchema>;
export type StructuredFinding = z.infer<typeof findingSchema>;

/** Every requirement with who fills it (the full list: a finding's requirement is one of them). */
const ALL_REQUIREMENTS = requiredMembers({ transitionDiscussed: true, studentInRegularClass: true });
const isRequirement = (s: string): s is MemberRequirement => (MEMBER_REQUIREMENTS as readonly string[]).includes(s);

/**
 * A domain finding with its code and the values its words need, read from the meeting it was found on: who fills
 * the requirement, the member and the days of an excusal, the documented attempts to reach the parents.
 * `agency`: the member a notice finding about an agency's consent concerns (its path names no participant).
 */
export function structuredFinding(
  f: MeetingFinding,
  s: Pick<ScopedMeeting, 'meeting' | 'participants' | 'contactAttempts'>,
  agency?: ParticipantRow,
): StructuredFinding {
  const params: FindingParams = {};
  const pid = /^participants\.(.+)$/.exec(f.path)?.[1];
  const member = pid ? s.participants.find((p) => p.id === pid) : agency;
  if (member) Object.assign(params, { participantId: member.id, role: member.role, name: member.name });
  if (f.rule.startsWith('team.') && isRequirement(f.path)) {
    params.requirement = f.path;
    if (!f.rule.startsWith('team.missing.')) {
      const facts = meetingFacts(s);
      const fills = must(
        ALL_REQUIREMENTS.find((r) => r.requirement === f.path),
        `the requirement ${f.path}`,
      ).fills;
      params.names = facts.participants.filter(fills).map(
        (p) =>
          must(
            s.participants.find((x) => x.id === p.id),
            `participant ${p.id}`,
          ).name,
      );
    }
  }
  if (f.rule === 'team.parent_absent' || f.rule === 'team.parent_absent_documented') {
    const c = parentContactDocumented(meetingFacts(s).contactAttempts, s.meeting.date);
    Object.assign(params, {
      attempts: c.attempts,
      methods: c.methods,
      minAttempts: PARENT_CONTACT_RULE.minAttempts,
      minMethods: PARENT_CONTACT_RULE.minMethods,
    });
  }
  if (f.rule.startsWith('excusal.') && member) {
    Object.assign(params, {
      meetingDate: s.meeting.date,
      agreedOn: member.excusalAgreedOn,
      inputOn: member.writtenInputOn,
    });
  }
  return {
    code: f.rule,
    rule: f.rule,
    citation: f.citation,
    severity: f.severity,
    path: f.path,
    params,
    message: f.message,
  };
}

/** The findings of one check, structured; the notice's agency findings are paired with the agencies in team order (noticeFindings' order). */
export function structuredFindings(
  findings: readonly MeetingFinding[],
  s: Pick<ScopedMeeting, 'meeting' | 'participants' | 'contactAttempts'>,
): StructuredFinding[] {
  const agencies = s.participants.filter((p) => p.role === 'agency' && p.invited && !p.agencyConsentOn);
  let nextAgency = 0;
  return findings.map((f) =>
    structuredFinding(f, s, f.rule === 'notice.transition.agency_consent' ? agencies[nextAgency++] : undefined),
  );
}

/** The same, as a refused change's problem carries them (AppError details). */
export const asRuleFindings = (findings: readonly StructuredFinding[]): RuleFinding[] =>
  findings.map((f) => ({
    code: f.code,
    citation: f.citation,
    severity: f.severity,
    path: f.path,
    message: f.message,
    params: f.params,
  }));

/**
 * The parents' preferred language: the reading parent's own (when a parent asks), else the first guardian holding
 * educational rights — the language set on their portal account when they have one, else on their record.
 * English when unknown or not one the documents are written in.
 */
export async function parentLanguage(scope: Scope, studentId: string): Promise<Locale> {
  const guardians = await scope.students.guardians(studentId);
  const chosen =
    (isGuardian(scope.actor) ? guardians.find((g) => g.id === scope.actor.guardianId) : undefined) ??
    guardians.find((g) => g.educationalRights) ??
    guardians[0];
  if (!chosen) return DEFAULT_LOCALE;
  const account = (await scope.meetings.guardianUsers([chosen.id]))[0];
  if (account && isLocale(account.preferredLanguage)) return account.preferredLanguage;
  return isLocale(chosen.preferredLanguage) ? chosen.preferredLanguage : DEFAULT_LOCALE;
}

function myParticipant(scope: Scope, participants: readonly ParticipantRow[]): ParticipantRow | null {
  const a = scope.actor;
  if (isGuardian(a)) return participants.find((p) => p.guardianId !== null && p.guardianId === a.guardianId) ?? null;
  return participants.find((p) => p.userId === a.userId) ?? null;
}

export function presentSummary(scope: Scope, s: ScopedMeeting) {
  const m = s.meeting;
  const mine = myParticipant(scope, s.participants);
  return {
    id: m.id,
    studentId: m.studentId,
    purpose: m.purpose,
    date: m.date,
    startTime: m.startTime,
    startsAt: m.startsAt,
    durationMinutes: m.durationMinutes,
    location: m.location,
    videoLink: m.videoLink,
    status: m.status,
    noticeSentOn: m.noticeSentOn,
    version: m.version,
    teamProblems: s.abilities.viewTeamCheck
      ? planningFindings(meetingFacts(s)).filter((f) => f.severity === 'error').length
      : null,
    myResponse: isGuardian(scope.actor) ? (mine?.response ?? null) : null,
    abilities: { ...s.abilities },
  };
}

function presentParticipant(p: ParticipantRow, staff: boolean) {
  return {
    id: p.id,
    role: p.role,
    name: p.name,
    title: p.title,
    userId: staff ? p.userId : null,
    guardianId: staff ? p.guardianId : null,
    interpretsEvaluations: p.interpretsEvaluations,
    invited: p.invited,
    response: p.response,
    proposedDate: p.proposedDate,
    proposedTime: p.proposedTime,
    responseNote: p.responseNote,
    respondedAt: p.respondedAt,
    attendance: p.attendance,
    attendedBy: p.attendedBy,
    excusalAgreedOn: p.excusalAgreedOn,
    areaDiscussed: p.areaDiscussed,
    writtenInputOn: p.writtenInputOn,
    agencyConsentOn: p.agencyConsentOn,
    signatureName: p.signatureName,
    signedAt: p.signedAt,
    version: p.version,
  };
}

/** The notice: when and how it went out, its lead time, and (staff) its findings. */
async function presentNotice(scope: Scope, s: ScopedMeeting, lead: LeadTime, staff: boolean) {
  const m = s.meeting;
  return {
    sentOn: m.noticeSentOn,
    method: m.noticeMethod,
    language: m.noticeLanguage,
    defaultLanguage: await parentLanguage(scope, m.studentId),
    shorterNoticeAgreedOn: m.shorterNoticeAgreedOn,
    shorterNoticeNote: m.shorterNoticeNote,
    latestOn: lead.latestOn,
    basis: lead.basis,
    citation: lead.citation,
    leadTime: {
      days: lead.days,
      counting: lead.counting,
      profile: lead.profile,
      due: lead.latestOn,
      estimated: lead.estimated,
      basis: lead.basis,
    },
    onTime: lead.onTime || m.shorterNoticeAgreedOn !== null,
    findings: staff ? structuredFindings(noticeFindings(noticeFactsOf(s)), s) : [],
    timing: staff ? timingFindings(lead, s) : [],
  };
}

/** One attempt to arrange a time with the parents (staff only). */
function presentContactAttempt(a: ScopedMeeting['contactAttempts'][number]) {
  return {
    id: a.id,
    attemptedAt: a.attemptedAt,
    attemptedOn: a.attemptedOn,
    method: a.method,
    outcome: a.outcome,
    note: a.note,
    recordedByName: a.recordedByName,
  };
}

/** The 34 CFR 300.321 check of the team (staff only): findings for planning and as held, required members, parent contact. */
function presentTeamCheck(s: ScopedMeeting, facts: ReturnType<typeof meetingFacts>) {
  const held = heldFindings(facts);
  const contact = parentContactDocumented(facts.contactAttempts, s.meeting.date);
  return {
    planning: structuredFindings(planningFindings(facts), s),
    held: structuredFindings(held, s),
    properlyConstituted: !held.some((f) => f.severity === 'error'),
    required: requiredMembers(facts).map((r) => ({
      requirement: r.requirement,
      citation: r.citation,
      filled: facts.participants.some((p) => r.fills(p) && (p.invited || p.attendance === 'excused')),
    })),
    parentContact: { ...contact, ...PARENT_CONTACT_RULE },
  };
}

/** The whole meeting: details, the notice with its lead time, the team, and (staff) the 300.321 check and the contact log. */
export async function presentMeeting(scope: Scope, s: ScopedMeeting) {
  const m = s.meeting;
  const staff = s.abilities.viewTeamCheck;
  const lead = await leadTimeOf(scope, s, m.noticeSentOn ?? scope.today);
  const facts = meetingFacts(s);
  const mine = myParticipant(scope, s.participants);
  return {
    ...presentSummary(scope, s),
    student: {
      firstName: s.student.firstName,
      lastName: s.student.lastName,
      grade: s.student.grade,
      schoolName: s.student.schoolName,
    },
    purposeNote: m.purposeNote,
    timeZone: m.timeZone,
    transitionDiscussed: m.transitionDiscussed,
    studentInRegularClass: m.studentInRegularClass,
    notice: await presentNotice(scope, s, lead, staff),
    producedPlan: staff ? await producedPlanOf(scope, s) : null,
    minutes: m.minutes,
    planId: m.planId,
    planVersion: m.planVersion,
    heldAt: m.heldAt,
    heldByName: m.heldByName,
    cancelledAt: m.cancelledAt,
    cancelReason: m.cancelReason,
    createdByName: m.createdByName,
    updatedAt: m.updatedAt,
    participants: s.participants.map((p) => presentParticipant(p, staff)),
    myParticipantId: mine?.id ?? null,
    contactAttempts: staff ? s.contactAttempts.map(presentContactAttempt) : [],
    team: staff ? presentTeamCheck(s, facts) : null,
  };
}
