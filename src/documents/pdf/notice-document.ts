/**
 * Prior written notice (34 CFR 300.503) as a tagged PDF in English or Spanish: what the district proposes or
 * refuses, and the seven elements of 300.503(b) under numbered headings. A draft is marked as such. Pure.
 */
import type { NoticeAction, NoticeStatus, NoticeSubject, PwnElements } from '../../domain/prior-written-notice';
import { PWN_ELEMENTS } from '../../domain/prior-written-notice';
import type { IsoDate } from '../../domain/dates';
import type { Locale } from '../messages';
import { documentText } from './i18n';
import { studentFullName, studentRows, type ConsentDocumentStudent } from './consent-document';
import { DocWriter } from './writer';

export interface NoticeDocumentNotice {
  action: NoticeAction;
  subject: NoticeSubject;
  elements: PwnElements;
  status: NoticeStatus;
  issuedOn: IsoDate | null;
  issuedByName: string | null;
  version: number;
}

export interface RenderNoticeInput {
  notice: NoticeDocumentNotice;
  student: ConsentDocumentStudent;
  lang: Locale;
  /** When the document is generated (the PDF's creation date). */
  generatedAt: Date;
  /** The district's date that day (config.today()), printed in the footer. */
  printedOn: IsoDate;
}

export async function renderNoticePdf(input: RenderNoticeInput): Promise<Buffer> {
  const { notice: n, student, lang, generatedAt } = input;
  const tx = documentText(lang);
  const t = tx.t.bind(tx);
  const name = studentFullName(student);
  const title = t('noticeDoc.title');
  const heading = t('notices.title', { action: n.action, subject: t(`notices.subject.${n.subject}`) });
  const na = t('document.notRecorded');
  const w = new DocWriter({
    lang,
    title: t('document.metaTitle', { title, name }),
    subject: t('noticeDoc.subject'),
    creationDate: generatedAt,
  });

  w.h1(title);
  if (n.status === 'draft') w.notice(t('noticeDoc.draft'));
  w.paragraph(t('noticeDoc.intro'), na);

  w.section(t('document.section.student'), () => w.keyValues(studentRows(tx, student, name), na));
  w.section(t('noticeDoc.section.notice'), () =>
    w.keyValues(
      [
        { label: t('noticeDoc.field.action'), value: heading },
        {
          label: t('noticeDoc.field.issued'),
          value:
            n.issuedOn && n.issuedByName
              ? t('notices.issuedOn', { date: tx.date(n.issuedOn), name: n.issuedByName })
              : t('noticeDoc.notIssued'),
        },
      ],
      na,
    ),
  );
  for (const e of PWN_ELEMENTS) {
    w.section(t(`notices.element.${e.key}`), () => w.paragraph(n.elements[e.key], na), { keepLines: 3 });
  }

  return w.finish({
    topLeft: title,
    topRight: name,
    subLeft: heading,
    bottomLeft: t('document.printed', { date: tx.date(input.printedOn), version: n.version }),
    pageLabel: (page, pages) => t('document.page', { page, pages }),
  });
}
