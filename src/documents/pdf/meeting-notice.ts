/**
 * The written notice of an IEP meeting (34 CFR 300.322(b)), in English or Spanish: purpose, time, location, who
 * will attend, the parents' right to bring others with knowledge or special expertise about the child, how to
 * take part another way or ask for another time, and — when postsecondary goals and transition services are
 * considered — the transition statements of 300.322(b)(2). A pure function of its input (no database, no clock).
 */
import type { MeetingPurpose, ParticipantRole } from '../../domain/meetings';
import type { Locale } from '../messages';
import { documentText, type DocumentText } from './i18n';
import { DocWriter } from './writer';

export interface MeetingNoticeInput {
  lang: Locale;
  /** When the document is generated (the PDF's creation date). */
  generatedAt: Date;
  /**
   * The district's date that day (config.today()), printed in the footer of a notice not yet sent. Optional until
   * the meetings use case passes it; without it, the UTC date of generatedAt (tomorrow on a California evening).
   */
  printedOn: string;
  student: { firstName: string; lastName: string; grade: string; schoolName: string };
  meeting: {
    purpose: MeetingPurpose;
    purposeNote: string;
    date: string;
    startTime: string;
    durationMinutes: number;
    location: string;
    videoLink: string;
    transitionDiscussed: boolean;
    status: string;
    noticeSentOn: string | null;
  };
  participants: readonly { role: ParticipantRole; name: string; title: string }[];
  /** Whom to answer: the case managers' names. */
  contact: readonly string[];
}

/** "15:30" as the locale writes it ("3:30 PM" / "15:30"). */
function formatTime(locale: Locale, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, 0, 1, h, m)));
}

/** The meeting's facts: the student, purpose, day, time, place and video link. */
function meetingRows(tx: DocumentText, input: MeetingNoticeInput, name: string) {
  const t = tx.t.bind(tx);
  const m = input.meeting;
  return [
    {
      label: t('meetings.notice.student'),
      value: t('meetings.notice.studentValue', {
        name,
        school: input.student.schoolName,
        grade: input.student.grade,
      }),
    },
    {
      label: t('meetings.notice.purpose'),
      value: [t(`meetings.purpose.${m.purpose}`), m.purposeNote].filter(Boolean).join(' — '),
    },
    { label: t('meetings.notice.date'), value: tx.date(m.date) },
    {
      label: t('meetings.notice.time'),
      value: t('meetings.notice.timeValue', {
        time: formatTime(input.lang, m.startTime),
        minutes: m.durationMinutes,
      }),
    },
    { label: t('meetings.notice.location'), value: m.location },
    ...(m.videoLink ? [{ label: t('meetings.notice.videoLink'), value: m.videoLink }] : []),
  ];
}

/** Who will attend (300.322(b)(1)(i)): the parents first, then the others with their roles. */
function writeAttendees(w: DocWriter, tx: DocumentText, input: MeetingNoticeInput, na: string): void {
  const t = tx.t.bind(tx);
  const others = input.participants.filter((p) => p.role !== 'parent');
  w.section(t('meetings.notice.section.attendees'), () => {
    w.paragraph(t('meetings.notice.attendeesIntro'), na);
    w.table(
      [
        { header: t('meetings.notice.column.name'), share: 0.4 },
        { header: t('meetings.notice.column.role'), share: 0.6 },
      ],
      [...input.participants.filter((p) => p.role === 'parent'), ...others].map((p) => [
        p.name,
        [t(`meetings.role.${p.role}`), p.title].filter(Boolean).join(' — '),
      ]),
      na,
    );
  });
}

/** The parents' rights at the meeting (300.322(b)(1)(ii), (c), (e)) and, when transition is discussed, 300.322(b)(2). */
function writeRightsAndTransition(w: DocWriter, tx: DocumentText, input: MeetingNoticeInput): void {
  const t = tx.t.bind(tx);
  w.section(t('meetings.notice.section.rights'), () =>
    w.list(
      [
        t('meetings.notice.right.bringOthers'),
        t('meetings.notice.right.otherWays'),
        t('meetings.notice.right.reschedule'),
        t('meetings.notice.right.interpreter'),
        t('meetings.notice.right.safeguards'),
      ],
      { ordered: false },
    ),
  );

  if (input.meeting.transitionDiscussed) {
    const agencies = input.participants.filter((p) => p.role === 'agency').map((p) => p.name);
    w.section(t('meetings.notice.section.transition'), () =>
      w.list(
        [
          t('meetings.notice.transition.purpose'),
          t('meetings.notice.transition.studentInvited', { student: input.student.firstName }),
          agencies.length
            ? t('meetings.notice.transition.agencies', { agencies: agencies.join(', ') })
            : t('meetings.notice.transition.noAgencies'),
        ],
        { ordered: false },
      ),
    );
  }
}

export async function renderMeetingNotice(input: MeetingNoticeInput): Promise<Buffer> {
  const tx = documentText(input.lang);
  const t = tx.t.bind(tx);
  const m = input.meeting;
  const name = `${input.student.firstName} ${input.student.lastName}`;
  const title = t('meetings.notice.title');
  const w = new DocWriter({
    lang: input.lang,
    title: t('document.metaTitle', { title, name }),
    subject: t('meetings.notice.subject'),
    creationDate: input.generatedAt,
  });
  const na = t('document.notRecorded');
  const parents = input.participants.filter((p) => p.role === 'parent').map((p) => p.name);

  w.h1(title);
  if (m.status === 'cancelled') w.notice(t('meetings.notice.cancelled'));
  w.paragraph(
    t('meetings.notice.greeting', {
      parents: parents.length ? parents.join(', ') : t('meetings.notice.parentsGeneric'),
    }),
    na,
  );
  w.paragraph(t('meetings.notice.intro', { student: name }), na);

  w.section(t('meetings.notice.section.meeting'), () => w.keyValues(meetingRows(tx, input, name), na));
  writeAttendees(w, tx, input, na);
  writeRightsAndTransition(w, tx, input);

  w.section(t('meetings.notice.section.answer'), () => {
    w.paragraph(
      t('meetings.notice.answer', {
        contact: input.contact.length ? input.contact.join(', ') : t('meetings.notice.caseManagerGeneric'),
      }),
      na,
    );
    w.paragraph(t('meetings.notice.citation'), na);
  });

  return w.finish({
    topLeft: title,
    topRight: name,
    subLeft: t('meetings.notice.header', { date: tx.date(m.date), time: formatTime(input.lang, m.startTime) }),
    bottomLeft: m.noticeSentOn
      ? t('meetings.notice.sentOn', { date: tx.date(m.noticeSentOn) })
      : t('meetings.notice.printedOn', { date: tx.date(input.printedOn) }),
    pageLabel: (page, pages) => t('document.page', { page, pages }),
  });
}
