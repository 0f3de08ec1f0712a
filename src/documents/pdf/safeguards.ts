/**
 * The procedural safeguards notice (34 CFR 300.504(c)) as a tagged PDF, in English or Spanish: the plain-language
 * text of safeguards-text.ts, laid out with the shared writer (real text, headings, lists; /Lang set). Pure: the
 * day it is printed is an argument.
 */
import type { IsoDate } from '../../domain/dates';
import type { Locale } from '../messages';
import { documentText } from './i18n';
import { SAFEGUARDS_TEXT } from './safeguards-text';
import { DocWriter } from './writer';

export interface RenderedSafeguards {
  pdf: Buffer;
  pages: number;
  filename: string;
}

export async function renderSafeguardsPdf(input: {
  lang: Locale;
  printedOn: IsoDate;
  generatedAt: Date;
}): Promise<RenderedSafeguards> {
  const text = SAFEGUARDS_TEXT[input.lang];
  const tx = documentText(input.lang);
  const w = new DocWriter({
    lang: input.lang,
    title: text.title,
    subject: text.subject,
    creationDate: input.generatedAt,
  });
  w.h1(text.title);
  w.notice(text.subtitle);
  for (const p of text.intro) w.paragraph(p, '');
  for (const s of text.sections) {
    w.section(s.heading, () => {
      for (const p of s.paragraphs) w.paragraph(p, '');
      if (s.list) w.list(s.list, { ordered: false });
      w.paragraph(`${text.citeLabel}: ${s.cite}`, '', { indent: 0 });
    });
  }
  w.space(10);
  w.paragraph(text.closing, '');
  const pdf = await w.finish({
    topLeft: text.frameLeft,
    topRight: 'OpenIEP',
    subLeft: '',
    bottomLeft: text.printed(tx.date(input.printedOn)),
    pageLabel: text.page,
  });
  return {
    pdf,
    pages: w.pageCount,
    filename: input.lang === 'es' ? 'garantias-procesales.pdf' : 'procedural-safeguards.pdf',
  };
}
