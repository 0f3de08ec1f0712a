import type { z } from 'zod';
import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { noticeFindings } from '../../domain/meetings';
import type { Locale } from '../../documents/messages';
import { renderMeetingNotice, type MeetingNoticeInput } from '../../documents/pdf/meeting-notice';
import { asRuleFindings, leadTimeOf, noticeFactsOf, parentLanguage, presentMeeting, structuredFindings } from './presenter';
import type { noticeSchema } from './schemas';

/**
 * Records that the written notice went to the parents (34 CFR 300.322(b)). Refused (422, the rule named) when it
 * lacks what the notice must say, or when it goes out later than the profile's lead time (300.322(a)(1)) and the
 * parent has not agreed to a shorter notice — an agreement that is then recorded with its day.
 */
export async function sendNotice(handle: DataHandle, opts: { id: string; input: z.infer<typeof noticeSchema> }) {
  return handle.run(async (scope) => {
    const s = await scope.meetings.get(opts.id, { forUpdate: true });
    if (!s.abilities.manage) throw new AppError('FORBIDDEN', 'Only the case manager, the principal or an administrator sends the notice.');
    if (s.meeting.status !== 'scheduled') throw new AppError('INVALID_STATE', 'The notice is for a scheduled meeting.');
    const i = opts.input;
    const sentOn = i.sentOn ?? scope.today;
    if (sentOn > scope.today) throw new AppError('VALIDATION_FAILED', 'Record the notice once it is sent.', [{ path: 'sentOn', message: 'Not after today.' }]);
    if (sentOn > s.meeting.date) throw new AppError('VALIDATION_FAILED', 'The notice goes out before the meeting.', [{ path: 'sentOn', message: 'After the meeting day.' }]);
    const denied = (rule: string) => ({ action: 'meeting.notice.refused', studentId: s.meeting.studentId, context: { meetingId: s.meeting.id, rule, sentOn } });
    const missing = noticeFindings(noticeFactsOf(s));
    if (missing.length) {
      throw new AppError(
        'RULE_VIOLATION',
        `The notice is missing what it must say (${missing.map((f) => f.citation).join('; ')}).`,
        missing.map((f) => ({ path: f.path, message: `${f.rule} (${f.citation}): ${f.message}` })),
        denied(missing[0]!.rule),
        { findings: asRuleFindings(structuredFindings(missing, s)) },
      );
    }
    const lead = await leadTimeOf(scope, s, sentOn);
    if (!lead.onTime && !i.shorterNoticeAgreedOn) {
      throw new AppError(
        'RULE_VIOLATION',
        `Rule meeting-notice (${lead.citation}): the notice had to go out by ${lead.latestOn} — ${lead.basis}. Move the meeting, or record the day the parent agreed to a shorter notice (shorterNoticeAgreedOn).`,
        [{ path: 'sentOn', message: `meeting-notice (${lead.citation}): due by ${lead.latestOn}; ${sentOn} is too late.` }],
        denied('meeting-notice'),
        {
          findings: [
            {
              code: 'meeting-notice',
              citation: lead.citation,
              severity: 'error',
              path: 'sentOn',
              message: `The notice had to go out by ${lead.latestOn} (${lead.basis}); ${sentOn} is too late.`,
              params: { due: lead.latestOn, sentOn, days: lead.days, counting: lead.counting, profile: lead.profile },
            },
          ],
        },
      );
    }
    if (i.shorterNoticeAgreedOn && i.shorterNoticeAgreedOn > scope.today) throw new AppError('VALIDATION_FAILED', 'Record the agreement once it is given.', [{ path: 'shorterNoticeAgreedOn', message: 'Not after today.' }]);
    const language = i.language ?? (await parentLanguage(scope, s.meeting.studentId));
    const shorter = lead.onTime ? null : i.shorterNoticeAgreedOn;
    await scope.meetings.recordNotice(s.meeting.id, { sentOn, method: i.method, language, shorterNoticeAgreedOn: shorter, shorterNoticeNote: shorter ? i.shorterNoticeNote : '' });
    await scope.audit({ action: 'meeting.notice.send', studentId: s.meeting.studentId, context: { meetingId: s.meeting.id, sentOn, method: i.method, language, latestOn: lead.latestOn, shorterNoticeAgreedOn: shorter } });
    return presentMeeting(scope, await scope.meetings.get(s.meeting.id));
  });
}

export interface NoticeDocument {
  pdf: Buffer;
  filename: string;
}

/** The notice as a tagged PDF, in the language asked for or the parents' preferred one. Audited as a print. */
export async function getNoticeDocument(handle: DataHandle, opts: { id: string; lang?: Locale | undefined; now?: Date }): Promise<NoticeDocument> {
  const generatedAt = opts.now ?? new Date();
  const input: MeetingNoticeInput = await handle.run(async (scope) => {
    const s = await scope.meetings.get(opts.id);
    if (!s.abilities.printNotice) throw new AppError('NOT_FOUND', 'No meeting with this id.', [], { action: 'meeting.notice.print', studentId: s.meeting.studentId, context: { meetingId: s.meeting.id } });
    const lang = opts.lang ?? (await parentLanguage(scope, s.meeting.studentId));
    const caseManagers = await scope.notifications.caseManagersOf(s.meeting.studentId);
    await scope.audit({ action: 'meeting.notice.print', studentId: s.meeting.studentId, context: { meetingId: s.meeting.id, lang, version: s.meeting.version } });
    const m = s.meeting;
    return {
      lang,
      generatedAt,
      printedOn: scope.today,
      student: { firstName: s.student.firstName, lastName: s.student.lastName, grade: s.student.grade, schoolName: s.student.schoolName },
      meeting: {
        purpose: m.purpose,
        purposeNote: m.purposeNote,
        date: m.date,
        startTime: m.startTime,
        durationMinutes: m.durationMinutes,
        location: m.location,
        videoLink: m.videoLink,
        transitionDiscussed: m.transitionDiscussed,
        status: m.status,
        noticeSentOn: m.noticeSentOn,
      },
      participants: s.participants.filter((p) => p.invited).map((p) => ({ role: p.role, name: p.name, title: p.title })),
      contact: caseManagers.map((c) => c.name),
    };
  });
  const pdf = await renderMeetingNotice(input);
  const ascii = input.student.lastName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'student';
  return { pdf, filename: `Meeting-notice-${ascii}-${input.meeting.date}-${input.lang}.pdf` };
}
