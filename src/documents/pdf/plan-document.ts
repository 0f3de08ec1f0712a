/**
 * The printed IEP (34 CFR 300.320) and Section 504 plan, in English or Spanish. A pure function of its
 * input: no database, no clock (the time it was generated is passed in). Only the sections listed in
 * `plan.sections` are printed, so the caller decides what the reader may see; fixed text comes from
 * the message catalogue, and what the team typed is printed as typed.
 */
import type { IsoDate } from '../../domain/dates';
import type { PlanDates, PlanStatus, PlanType } from '../../domain/plan';
import type { PlanSection } from '../../policy/plan';
import { en, type MessageId } from '../messages/en';
import type { Locale } from '../messages';
import { documentText, type DocumentText } from './i18n';
import { dateOr, print504, printIep } from './plan-parts';
import { DocWriter } from './writer';

export interface PlanDocumentStudent {
  firstName: string;
  middleName: string | null;
  lastName: string;
  dateOfBirth: IsoDate | null;
  grade: string | null;
  schoolName: string | null;
  /** The district student ID: only when the reader may see identifiers. */
  localId?: string | null;
  /** Disability categories: only when the reader may see them. */
  primaryDisability?: string | null;
  secondaryDisability?: string | null;
  caseManagers: readonly string[];
}

export interface PlanDocumentPlan {
  id: string;
  type: PlanType;
  status: PlanStatus;
  version: number;
  amendmentMethod: 'meeting' | 'written_agreement' | null;
  dates: PlanDates;
  /** The sections to print: those the reader may view. Any other content is ignored. */
  sections: readonly PlanSection[];
  content: Record<string, unknown>;
}

export interface RenderPlanInput {
  plan: PlanDocumentPlan;
  student: PlanDocumentStudent;
  lang: Locale;
  /** When the document is generated (the PDF's creation date). */
  generatedAt: Date;
  /** The district's date that day (config.today()), printed in the footer: an instant's UTC date is tomorrow on a California evening. */
  printedOn: IsoDate;
}

export interface RenderedPlan {
  pdf: Buffer;
  pages: number;
}

/** The plan as a tagged PDF. */
export async function renderPlanPdf(input: RenderPlanInput): Promise<Buffer> {
  return (await renderPlanDocument(input)).pdf;
}

/** The plan as a tagged PDF, with its page count. */
export async function renderPlanDocument(input: RenderPlanInput): Promise<RenderedPlan> {
  const { plan, student, lang, generatedAt } = input;
  const tx = documentText(lang);
  const name = fullName(student);
  const title = tx.t(plan.type === 'iep' ? 'document.iep.title' : 'document.504.title');
  const w = new DocWriter({
    lang,
    title: tx.t('document.metaTitle', { title, name }),
    subject: tx.t(plan.type === 'iep' ? 'document.iep.subject' : 'document.504.subject'),
    creationDate: generatedAt,
  });
  const show = new Set<PlanSection>(plan.sections);
  const na = tx.t('document.notRecorded');

  w.h1(title);
  if (plan.status !== 'active') w.notice(tx.t(`document.status.${plan.status}`));
  if (plan.amendmentMethod) w.notice(tx.t(`document.amendment.${plan.amendmentMethod}`));

  w.section(tx.t('document.section.student'), () => w.keyValues(studentRows(tx, student, name), na));
  if (show.has('dates')) w.section(tx.t('document.section.dates'), () => w.keyValues(dateRows(tx, plan.dates), na));

  if (plan.type === 'iep') printIep(w, tx, plan.content, show);
  else print504(w, tx, plan.content, show);

  const d = plan.dates;
  const pdf = await w.finish({
    topLeft: title,
    topRight: name,
    subLeft: !show.has('dates')
      ? ''
      : d.startDate || d.endDate
        ? tx.t('document.header.dates', { start: dateOr(tx, d.startDate), end: dateOr(tx, d.endDate) })
        : tx.t('document.header.noDates'),
    bottomLeft: tx.t('document.printed', { date: tx.date(input.printedOn), version: plan.version }),
    pageLabel: (page, pages) => tx.t('document.page', { page, pages }),
  });
  return { pdf, pages: w.pageCount };
}

function studentRows(tx: DocumentText, s: PlanDocumentStudent, name: string) {
  const t = tx.t.bind(tx);
  const rows: { label: string; value: string | null }[] = [
    { label: t('document.field.name'), value: name },
    { label: t('student.field.dateOfBirth'), value: s.dateOfBirth ? tx.date(s.dateOfBirth) : null },
    { label: t('student.field.grade'), value: s.grade ? gradeLabel(tx, s.grade) : null },
    { label: t('student.field.school'), value: s.schoolName },
  ];
  if (s.localId !== undefined) rows.push({ label: t('student.field.localId'), value: s.localId });
  if (s.primaryDisability !== undefined)
    rows.push({
      label: t('student.field.primaryDisability'),
      value: s.primaryDisability ? codeLabel(tx, `disability.${s.primaryDisability}`, s.primaryDisability) : null,
    });
  if (s.secondaryDisability)
    rows.push({
      label: t('student.field.secondaryDisability'),
      value: codeLabel(tx, `disability.${s.secondaryDisability}`, s.secondaryDisability),
    });
  rows.push({ label: t('student.field.caseManagers'), value: s.caseManagers.join(', ') || null });
  return rows;
}

function dateRows(tx: DocumentText, d: PlanDates) {
  const t = tx.t.bind(tx);
  const v = (x: IsoDate | null) => (x ? tx.date(x) : null);
  return [
    { label: t('document.field.meetingDate'), value: v(d.meetingDate) },
    { label: t('document.field.startDate'), value: v(d.startDate) },
    { label: t('document.field.endDate'), value: v(d.endDate) },
    { label: t('document.field.nextAnnualReview'), value: v(d.nextAnnualReview) },
  ];
}

// ---- small formatters -------------------------------------------------------------------------------------

export function fullName(s: Pick<PlanDocumentStudent, 'firstName' | 'middleName' | 'lastName'>): string {
  return [s.firstName, s.middleName, s.lastName].filter((x) => x && x.trim()).join(' ');
}

function isMessageId(key: string): key is MessageId {
  return Object.prototype.hasOwnProperty.call(en, key);
}

function codeLabel(tx: DocumentText, key: string, fallback: string): string {
  return isMessageId(key) ? tx.t(key) : fallback;
}

function gradeLabel(tx: DocumentText, grade: string): string {
  if (/^\d{1,2}$/.test(grade)) return tx.t('grade.numbered', { number: Number(grade) });
  return codeLabel(tx, `grade.${grade}`, grade);
}
