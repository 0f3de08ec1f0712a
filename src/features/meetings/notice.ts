import type { z } from 'zod';
import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { noticeFindings } from '../../domain/meetings';
import type { Locale } from '../../documents/messages';
import { renderMeetingNotice, type MeetingNoticeInput } from '../../documents/pdf/meeting-notice';
import {
  asRuleFindings,
  leadTimeOf,
  noticeFactsOf,
  parentLanguage,
  presentMeeting,
  structuredFindings,
} from './presenter';
import type { noticeSchema, shorterNoticeSchema } from '../../api/meetings';
import { assertCurrent, optionalExpectedVersion, type VersionClaim } from '../../server/etag';
import { must } from '../../db/values';

const STALE =
  'This meeting was changed by someone else since you loaded it. Reload to see their change, then record yours.';

/**
 * Records that the written notice went to the parents (34 CFR 300.322(b)), with the day it really went out. A notice
 * later than the profile's lead time (300.322(a)(1)) is recorded too — a record keeps what happened — and the meeting
 * then carries the finding notice.sent_late (its meeting-notice clock shows it met late) until the parent's agreement
 * to a shorter notice is recorded with its day (here, or with recordShorterNotice). Refused (422, the rule named) only
 * when the notice lacks what it must say; 400 for a day that is not a fact yet (after today) or not a notice of this
 * meeting (after it). A held meeting's notice can still be recorded (the meeting happened; the notice did too).
 */
export async function sendNotice(
  handle: DataHandle,
  opts: { id: string; claim: VersionClaim; input: z.infer<typeof noticeSchema> },
) {
  return handle.run(async (scope) => {
    const s = await scope.meetings.get(opts.id, { forUpdate: true });
    if (!s.abilities.manage)
      throw new AppError('FORBIDDEN', 'Only the case manager, the principal or an administrator sends the notice.');
    if (s.meeting.status === 'cancelled')
      throw new AppError('INVALID_STATE', 'The meeting was cancelled: there is no notice to record.');
    // Recording the notice again corrects it: with If-Match, only over the meeting as the recorder saw it.
    assertCurrent(optionalExpectedVersion(opts.claim, s.meeting.id, 'this meeting'), s.meeting.version, STALE);
    const i = opts.input;
    const sentOn = i.sentOn ?? scope.today;
    if (sentOn > scope.today)
      throw new AppError('VALIDATION_FAILED', 'Record the notice once it is sent.', [
        { path: 'sentOn', message: 'Not after today.' },
      ]);
    if (sentOn > s.meeting.date)
      throw new AppError('VALIDATION_FAILED', 'The notice goes out before the meeting.', [
        { path: 'sentOn', message: 'After the meeting day.' },
      ]);
    const agreed = i.shorterNoticeAgreedOn;
    if (agreed && agreed > scope.today)
      throw new AppError('VALIDATION_FAILED', 'Record the agreement once it is given.', [
        { path: 'shorterNoticeAgreedOn', message: 'Not after today.' },
      ]);
    if (agreed && agreed > s.meeting.date)
      throw new AppError('VALIDATION_FAILED', 'A shorter notice is agreed to before the meeting.', [
        { path: 'shorterNoticeAgreedOn', message: 'After the meeting day.' },
      ]);
    const missing = noticeFindings(noticeFactsOf(s));
    if (missing.length) {
      throw new AppError(
        'RULE_VIOLATION',
        `The notice is missing what it must say (${missing.map((f) => f.citation).join('; ')}).`,
        missing.map((f) => ({ path: f.path, message: `${f.rule} (${f.citation}): ${f.message}` })),
        {
          action: 'meeting.notice.refused',
          studentId: s.meeting.studentId,
          context: { meetingId: s.meeting.id, rule: must(missing[0], 'a missing part').rule, sentOn },
        },
        { findings: asRuleFindings(structuredFindings(missing, s)) },
      );
    }
    const lead = await leadTimeOf(scope, s, sentOn);
    const language = i.language ?? (await parentLanguage(scope, s.meeting.studentId));
    // An agreement given with a timely notice is not needed and not recorded; one recorded before stays.
    const shorter = lead.onTime ? s.meeting.shorterNoticeAgreedOn : (agreed ?? s.meeting.shorterNoticeAgreedOn);
    const note = shorter === agreed && agreed ? i.shorterNoticeNote : s.meeting.shorterNoticeNote;
    await scope.meetings.recordNotice(s.meeting.id, {
      sentOn,
      method: i.method,
      language,
      shorterNoticeAgreedOn: shorter,
      shorterNoticeNote: shorter ? note : '',
    });
    await scope.audit({
      action: 'meeting.notice.send',
      studentId: s.meeting.studentId,
      context: {
        meetingId: s.meeting.id,
        sentOn,
        method: i.method,
        language,
        latestOn: lead.latestOn,
        late: !lead.onTime,
        shorterNoticeAgreedOn: shorter,
      },
    });
    return presentMeeting(scope, await scope.meetings.get(s.meeting.id));
  });
}

/**
 * Records the parent's agreement to a shorter notice (300.322(a)(1): the notice must give the parents an opportunity to
 * attend; a parent who agrees to meet sooner has it), with the day it was given: before the notice goes out, or after a
 * notice that went out late — which it then makes timely. Not after today (a fact), not after the meeting (an agreement
 * after the meeting is not an agreement to its notice: recording it so would hide a late notice). A notice that went out
 * in time needs none (409 INVALID_STATE).
 */
export async function recordShorterNotice(
  handle: DataHandle,
  opts: { id: string; claim: VersionClaim; input: z.infer<typeof shorterNoticeSchema> },
) {
  return handle.run(async (scope) => {
    const s = await scope.meetings.get(opts.id, { forUpdate: true });
    if (!s.abilities.manage)
      throw new AppError(
        'FORBIDDEN',
        'Only the case manager, the principal or an administrator records the parent’s agreement.',
      );
    if (s.meeting.status === 'cancelled') throw new AppError('INVALID_STATE', 'The meeting was cancelled.');
    assertCurrent(optionalExpectedVersion(opts.claim, s.meeting.id, 'this meeting'), s.meeting.version, STALE);
    const { agreedOn, note } = opts.input;
    if (agreedOn > scope.today)
      throw new AppError('VALIDATION_FAILED', 'Record the agreement once it is given.', [
        { path: 'agreedOn', message: 'Not after today.' },
      ]);
    if (agreedOn > s.meeting.date)
      throw new AppError('VALIDATION_FAILED', 'A shorter notice is agreed to before the meeting.', [
        { path: 'agreedOn', message: 'After the meeting day.' },
      ]);
    const lead = await leadTimeOf(scope, s, s.meeting.noticeSentOn ?? scope.today);
    if (s.meeting.noticeSentOn && lead.onTime)
      throw new AppError('INVALID_STATE', 'The notice went out in time: no agreement to a shorter notice is needed.');
    await scope.meetings.recordShorterNotice(s.meeting.id, { agreedOn, note });
    await scope.audit({
      action: 'meeting.notice.shorter_agreed',
      studentId: s.meeting.studentId,
      context: { meetingId: s.meeting.id, agreedOn, noticeSentOn: s.meeting.noticeSentOn, latestOn: lead.latestOn },
    });
    return presentMeeting(scope, await scope.meetings.get(s.meeting.id));
  });
}

export interface NoticeDocument {
  pdf: Buffer;
  filename: string;
}

/** The notice as a tagged PDF, in the language asked for or the parents' preferred one. Audited as a print. */
export async function getNoticeDocument(
  handle: DataHandle,
  opts: { id: string; lang?: Locale | undefined; now?: Date },
): Promise<NoticeDocument> {
  const generatedAt = opts.now ?? new Date();
  const input: MeetingNoticeInput = await handle.run(async (scope) => {
    const s = await scope.meetings.get(opts.id);
    if (!s.abilities.printNotice)
      throw new AppError('NOT_FOUND', 'No meeting with this id.', [], {
        action: 'meeting.notice.print',
        studentId: s.meeting.studentId,
        context: { meetingId: s.meeting.id },
      });
    const lang = opts.lang ?? (await parentLanguage(scope, s.meeting.studentId));
    const caseManagers = await scope.notifications.caseManagersOf(s.meeting.studentId);
    await scope.audit({
      action: 'meeting.notice.print',
      studentId: s.meeting.studentId,
      context: { meetingId: s.meeting.id, lang, version: s.meeting.version },
    });
    const m = s.meeting;
    return {
      lang,
      generatedAt,
      printedOn: scope.today,
      student: {
        firstName: s.student.firstName,
        lastName: s.student.lastName,
        grade: s.student.grade,
        schoolName: s.student.schoolName,
      },
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
      participants: s.participants
        .filter((p) => p.invited)
        .map((p) => ({ role: p.role, name: p.name, title: p.title })),
      contact: caseManagers.map((c) => c.name),
    };
  });
  const pdf = await renderMeetingNotice(input);
  const ascii =
    input.student.lastName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'student';
  return { pdf, filename: `Meeting-notice-${ascii}-${input.meeting.date}-${input.lang}.pdf` };
}
