/**
 * The summary of performance (34 CFR 300.305(e)(3)) as a tagged PDF in English or Spanish. Pure: no database, no clock
 * (the time it was generated and the district's date are passed in). The text is the team's, as written.
 */
import type { IsoDate } from '../../domain/dates';
import type { SopContent } from '../../domain/summary-of-performance';
import type { Locale } from '../messages';
import { documentText } from './i18n';
import { DocWriter } from './writer';

export interface RenderSummaryInput {
  student: { firstName: string; lastName: string; dateOfBirth: IsoDate; schoolName: string };
  summary: SopContent & {
    status: 'draft' | 'provided';
    providedOn: IsoDate | null;
    providedByName: string | null;
    version: number;
  };
  lang: Locale;
  generatedAt: Date;
  printedOn: IsoDate;
}

export async function renderSummaryOfPerformancePdf(input: RenderSummaryInput): Promise<Buffer> {
  const { student, summary: sop, lang, generatedAt } = input;
  const tx = documentText(lang);
  const t = tx.t.bind(tx);
  const name = `${student.firstName} ${student.lastName}`;
  const title = t('document.sop.title');
  const na = t('document.notRecorded');
  const w = new DocWriter({
    lang,
    title: t('document.metaTitle', { title, name }),
    subject: t('document.sop.subject'),
    creationDate: generatedAt,
  });
  w.h1(title);
  if (sop.status === 'draft') w.notice(t('document.sop.draft'));
  w.section(t('document.section.student'), () =>
    w.keyValues(
      [
        { label: t('document.field.name'), value: name },
        { label: t('document.sop.dateOfBirth'), value: tx.date(student.dateOfBirth) },
        { label: t('student.field.school'), value: student.schoolName },
        {
          label: t('sop.heading'),
          value: sop.providedOn ? t('document.sop.provided', { date: tx.date(sop.providedOn) }) : null,
        },
      ],
      na,
    ),
  );
  w.section(t('sop.field.academicAchievement'), () => w.paragraph(sop.academicAchievement, na));
  w.section(t('sop.field.functionalPerformance'), () => w.paragraph(sop.functionalPerformance, na));
  w.section(t('sop.field.postsecondaryGoals'), () => w.paragraph(sop.postsecondaryGoals, na));
  w.section(t('sop.field.recommendations'), () => w.paragraph(sop.recommendations, na));
  if (sop.studentPerspective.trim())
    w.section(t('sop.field.studentPerspective'), () => w.paragraph(sop.studentPerspective, na));
  return w.finish({
    topLeft: title,
    topRight: name,
    subLeft: t('document.sop.subject'),
    bottomLeft: t('document.printed', { date: tx.date(input.printedOn), version: sop.version }),
    pageLabel: (page, pages) => t('document.page', { page, pages }),
  });
}
