/**
 * The printed progress report on annual goals (34 CFR 300.320(a)(3)(ii)), in English or Spanish: for each goal,
 * the rating and what the data show. Pure: no database, no clock (the time it was generated is passed in).
 */
import type { IsoDate } from '../../domain/dates';
import type { ProgressEntry } from '../../domain/progress';
import type { Locale } from '../messages';
import { documentText } from './i18n';
import { DocWriter } from './writer';

export interface RenderProgressInput {
  student: { firstName: string; lastName: string; dateOfBirth: IsoDate; schoolName: string; grade: string };
  plan: { startDate: IsoDate | null; endDate: IsoDate | null; version: number };
  report: {
    periodLabel: string;
    status: 'draft' | 'issued';
    issuedOn: IsoDate | null;
    entries: readonly ProgressEntry[];
  };
  goals: readonly { id: string; area: string; text: string; measurement: string }[];
  lang: Locale;
  /** When the document is generated (the PDF's creation date). */
  generatedAt: Date;
  /** The district's date that day (config.today()), printed in the footer. */
  printedOn: IsoDate;
}

export async function renderProgressPdf(input: RenderProgressInput): Promise<Buffer> {
  const { student, plan, report, goals, lang, generatedAt } = input;
  const tx = documentText(lang);
  const t = tx.t.bind(tx);
  const name = `${student.firstName} ${student.lastName}`;
  const title = t('progress.doc.title');
  const na = t('document.notRecorded');
  const w = new DocWriter({
    lang,
    title: t('document.metaTitle', { title, name }),
    subject: t('progress.doc.subject'),
    creationDate: generatedAt,
  });
  w.h1(title);
  if (report.status === 'draft') w.notice(t('progress.doc.draft'));
  w.section(t('document.section.student'), () =>
    w.keyValues(
      [
        { label: t('document.field.name'), value: name },
        { label: t('student.field.dateOfBirth'), value: tx.date(student.dateOfBirth) },
        { label: t('student.field.school'), value: student.schoolName },
        { label: t('progress.doc.period'), value: report.periodLabel },
        { label: t('progress.doc.issued'), value: report.issuedOn ? tx.date(report.issuedOn) : null },
        {
          label: t('progress.doc.plan'),
          value:
            plan.startDate && plan.endDate
              ? t('document.header.dates', { start: tx.date(plan.startDate), end: tx.date(plan.endDate) })
              : null,
        },
      ],
      na,
    ),
  );
  goals.forEach((g, i) => {
    const e = report.entries.find((x) => x.goalId === g.id);
    w.section(t('progress.doc.goalHeading', { n: i + 1, area: g.area || '—' }), () => {
      w.labeledText(t('progress.goal'), g.text, na);
      w.labeledText(t('progress.measurement'), g.measurement, na);
      w.labeledText(t('progress.rating'), e?.rating ? t(`progress.rating.${e.rating}`) : t('progress.rating.none'), na);
      w.labeledText(t('progress.note'), e?.note, na);
    });
  });
  return w.finish({
    topLeft: title,
    topRight: name,
    subLeft: report.periodLabel,
    bottomLeft: t('document.printed', { date: tx.date(input.printedOn), version: plan.version }),
    pageLabel: (page, pages) => t('document.page', { page, pages }),
  });
}
