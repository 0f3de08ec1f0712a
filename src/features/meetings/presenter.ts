/** Meetings as the caller may see them: explicit field lists; the team check and the contact log for staff only. */
import type { Scope } from '../../db/handle';
import type { ParticipantRow, ScopedMeeting } from '../../db/meetings-repo';
import { calendarFromDays } from '../../domain/deadlines';
import {
  heldFindings,
  noticeFindings,
  noticeLeadTime,
  parentContactDocumented,
  planningFindings,
  PARENT_CONTACT_RULE,
  requiredMembers,
  type MeetingFacts,
} from '../../domain/meetings';
import { stateProfile } from '../../domain/state-profiles';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../documents/messages';

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
    contactAttempts: s.contactAttempts.map((a) => ({ on: a.attemptedOn, method: a.method as MeetingFacts['contactAttempts'][number]['method'] })),
  };
}

export function noticeFactsOf(s: Pick<ScopedMeeting, 'meeting' | 'participants'>) {
  const m = s.meeting;
  return { purpose: m.purpose, date: m.date, startTime: m.startTime, location: m.location, videoLink: m.videoLink, transitionDiscussed: m.transitionDiscussed, participants: s.participants };
}

/** The lead time for this meeting with the district's profile and the student's school calendar. */
export async function leadTimeOf(scope: Scope, s: ScopedMeeting, sentOn: string) {
  const days = await scope.calendars.days(s.student.schoolId);
  return noticeLeadTime({ meetingDate: s.meeting.date, sentOn, profile: stateProfile(scope.actor.stateProfile ?? 'federal'), ...(days ? { calendar: calendarFromDays(days) } : {}) });
}

/**
 * The parents' preferred language: the reading parent's own (when a parent asks), else the first guardian holding
 * educational rights — the language set on their portal account when they have one, else on their record.
 * English when unknown or not one the documents are written in.
 */
export async function parentLanguage(scope: Scope, studentId: string): Promise<Locale> {
  const guardians = await scope.students.guardians(studentId);
  const chosen = (scope.actor.role === 'guardian' ? guardians.find((g) => g.id === scope.actor.guardianId) : undefined) ?? guardians.find((g) => g.educationalRights) ?? guardians[0];
  if (!chosen) return DEFAULT_LOCALE;
  const account = (await scope.meetings.guardianUsers([chosen.id]))[0];
  if (account && isLocale(account.preferredLanguage)) return account.preferredLanguage;
  return isLocale(chosen.preferredLanguage) ? chosen.preferredLanguage : DEFAULT_LOCALE;
}

function myParticipant(scope: Scope, participants: readonly ParticipantRow[]): ParticipantRow | null {
  const a = scope.actor;
  if (a.role === 'guardian') return participants.find((p) => p.guardianId !== null && p.guardianId === a.guardianId) ?? null;
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
    teamProblems: s.abilities.viewTeamCheck ? planningFindings(meetingFacts(s)).filter((f) => f.severity === 'error').length : null,
    myResponse: scope.actor.role === 'guardian' ? (mine?.response ?? null) : null,
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
    student: { firstName: s.student.firstName, lastName: s.student.lastName, grade: s.student.grade, schoolName: s.student.schoolName },
    purposeNote: m.purposeNote,
    timeZone: m.timeZone,
    transitionDiscussed: m.transitionDiscussed,
    studentInRegularClass: m.studentInRegularClass,
    notice: {
      sentOn: m.noticeSentOn,
      method: m.noticeMethod,
      language: m.noticeLanguage,
      defaultLanguage: await parentLanguage(scope, m.studentId),
      shorterNoticeAgreedOn: m.shorterNoticeAgreedOn,
      shorterNoticeNote: m.shorterNoticeNote,
      latestOn: lead.latestOn,
      basis: lead.basis,
      citation: lead.citation,
      onTime: lead.onTime || m.shorterNoticeAgreedOn !== null,
      findings: staff ? noticeFindings(noticeFactsOf(s)) : [],
    },
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
    contactAttempts: staff ? s.contactAttempts.map((a) => ({ id: a.id, attemptedAt: a.attemptedAt, attemptedOn: a.attemptedOn, method: a.method, outcome: a.outcome, note: a.note, recordedByName: a.recordedByName })) : [],
    team: staff
      ? (() => {
          const held = heldFindings(facts);
          const contact = parentContactDocumented(facts.contactAttempts, m.date);
          return {
            planning: planningFindings(facts),
            held,
            properlyConstituted: !held.some((f) => f.severity === 'error'),
            required: requiredMembers(facts).map((r) => ({ requirement: r.requirement, citation: r.citation, filled: facts.participants.some((p) => r.fills(p) && (p.invited || p.attendance === 'excused')) })),
            parentContact: { ...contact, ...PARENT_CONTACT_RULE },
          };
        })()
      : null,
  };
}
