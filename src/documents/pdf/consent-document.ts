/**
 * The consent form (34 CFR 300.9, 300.300, 300.622) as a tagged PDF in English or Spanish: what is asked, in plain
 * words; what consent means; and the answer — how it was signed (typed name and checkbox in the portal, or a paper
 * form recorded by staff) — or, while it is pending, boxes and a signature line to answer on paper. Pure: no
 * database, no clock (the time it was generated is passed in).
 */
import type { ConsentMethod, ConsentStatus, ConsentType } from '../../domain/consent';
import type { IsoDate } from '../../domain/dates';
import type { Locale } from '../messages';
import { en, type MessageId } from '../messages/en';
import { documentText, type DocumentText } from './i18n';
import { DocWriter } from './writer';

export interface ConsentDocumentStudent {
  firstName: string;
  middleName: string | null;
  lastName: string;
  dateOfBirth: IsoDate | null;
  grade: string | null;
  schoolName: string | null;
}

export interface ConsentDocumentConsent {
  type: ConsentType;
  status: ConsentStatus;
  description: string;
  recordsToRelease: string | null;
  releaseTo: string | null;
  requestedOn: IsoDate;
  requestedByName: string;
  answeredOn: IsoDate | null;
  answerMethod: ConsentMethod | null;
  signerName: string | null;
  recordedByName: string | null;
  revokedOn: IsoDate | null;
  revocationMethod: ConsentMethod | null;
  revocationSignerName: string | null;
  revocationRecordedByName: string | null;
  revocationNote: string | null;
  version: number;
}

export interface RenderConsentInput {
  consent: ConsentDocumentConsent;
  student: ConsentDocumentStudent;
  lang: Locale;
  /** When the document is generated (the PDF's creation date). */
  generatedAt: Date;
  /** The district's date that day (config.today()), printed in the footer. */
  printedOn: IsoDate;
}

export function studentFullName(s: Pick<ConsentDocumentStudent, 'firstName' | 'middleName' | 'lastName'>): string {
  return [s.firstName, s.middleName, s.lastName].filter((x) => x && x.trim()).join(' ');
}

function isMessageId(key: string): key is MessageId {
  return Object.prototype.hasOwnProperty.call(en, key);
}

export function gradeText(tx: DocumentText, grade: string): string {
  if (/^\d{1,2}$/.test(grade)) return tx.t('grade.numbered', { number: Number(grade) });
  const key = `grade.${grade}`;
  return isMessageId(key) ? tx.t(key) : grade;
}

export function studentRows(tx: DocumentText, s: ConsentDocumentStudent, name: string) {
  return [
    { label: tx.t('document.field.name'), value: name },
    { label: tx.t('student.field.dateOfBirth'), value: s.dateOfBirth ? tx.date(s.dateOfBirth) : null },
    { label: tx.t('student.field.grade'), value: s.grade ? gradeText(tx, s.grade) : null },
    { label: tx.t('student.field.school'), value: s.schoolName },
  ];
}

/** What is asked: the kind of consent, when and by whom, the description and, for a release, what goes to whom. */
function writeRequest(w: DocWriter, tx: DocumentText, c: ConsentDocumentConsent, na: string): void {
  const t = tx.t.bind(tx);
  w.section(t('consentDoc.section.request'), () => {
    w.keyValues(
      [
        { label: t('consentDoc.field.type'), value: t(`consents.type.${c.type}`) },
        { label: t('consentDoc.field.requestedOn'), value: tx.date(c.requestedOn) },
        { label: t('consentDoc.field.requestedBy'), value: c.requestedByName },
      ],
      na,
    );
    w.paragraph(c.description, na);
    if (c.type === 'release_of_information') {
      w.keyValues(
        [
          { label: t('consents.recordsToRelease'), value: c.recordsToRelease },
          { label: t('consents.releaseTo'), value: c.releaseTo },
        ],
        na,
      );
    }
  });
}

/** The answer as signed (portal or paper), or boxes and a signature line while it is pending. */
function writeAnswer(w: DocWriter, tx: DocumentText, c: ConsentDocumentConsent, na: string): void {
  const t = tx.t.bind(tx);
  w.section(t('consentDoc.section.answer'), () => {
    if (c.status === 'requested' || !c.answerMethod) {
      w.paragraph(t('consentDoc.pending'), na);
      w.list([t('consentDoc.box.given'), t('consentDoc.box.refused')], { ordered: false });
      w.space(14);
      w.paragraph(t('consentDoc.signatureLine'), na);
      return;
    }
    const decision = c.status === 'refused' ? 'refused' : 'given';
    const rows = [
      { label: t('consentDoc.field.answer'), value: t(`consents.staffDecision.${decision}`) },
      { label: t('consentDoc.field.signer'), value: c.signerName },
      { label: t('consentDoc.field.signedOn'), value: c.answeredOn ? tx.date(c.answeredOn) : null },
      { label: t('consentDoc.field.method'), value: t(`consents.method.${c.answerMethod}`) },
    ];
    if (c.answerMethod === 'portal')
      rows.push({ label: t('consentDoc.field.confirmed'), value: t('consentDoc.confirmedText') });
    if (c.answerMethod === 'paper') rows.push({ label: t('consentDoc.field.recordedBy'), value: c.recordedByName });
    w.keyValues(rows, na);
  });
}

/** A revoked consent: when, by whom and how, and that revoking does not undo what was done (300.9(c)(2)). */
function writeRevocation(w: DocWriter, tx: DocumentText, c: ConsentDocumentConsent, na: string): void {
  const t = tx.t.bind(tx);
  w.section(t('consentDoc.section.revocation'), () => {
    w.keyValues(
      [
        { label: t('consentDoc.field.revokedOn'), value: c.revokedOn ? tx.date(c.revokedOn) : null },
        { label: t('consentDoc.field.signer'), value: c.revocationSignerName },
        {
          label: t('consentDoc.field.method'),
          value: c.revocationMethod ? t(`consents.method.${c.revocationMethod}`) : null,
        },
        ...(c.revocationMethod === 'paper'
          ? [{ label: t('consentDoc.field.recordedBy'), value: c.revocationRecordedByName }]
          : []),
        ...(c.revocationNote ? [{ label: t('consentDoc.field.note'), value: c.revocationNote }] : []),
      ],
      na,
    );
    w.paragraph(t('consentDoc.revocationNotRetroactive'), na);
  });
}

export async function renderConsentPdf(input: RenderConsentInput): Promise<Buffer> {
  const { consent: c, student, lang, generatedAt } = input;
  const tx = documentText(lang);
  const t = tx.t.bind(tx);
  const name = studentFullName(student);
  const title = t('consents.formTitle', { type: c.type });
  const na = t('document.notRecorded');
  const w = new DocWriter({
    lang,
    title: t('document.metaTitle', { title, name }),
    subject: t('consentDoc.subject'),
    creationDate: generatedAt,
  });

  w.h1(title);
  if (c.status !== 'requested') w.notice(t(`consents.status.${c.status}`));

  w.section(t('document.section.student'), () => w.keyValues(studentRows(tx, student, name), na));
  writeRequest(w, tx, c, na);
  w.section(t('consentDoc.section.meaning'), () => {
    w.paragraph(t(`consents.explain.${c.type}`), na);
    w.paragraph(t('consents.explain.voluntary'), na);
  });
  writeAnswer(w, tx, c, na);
  if (c.status === 'revoked') writeRevocation(w, tx, c, na);

  return w.finish({
    topLeft: title,
    topRight: name,
    subLeft: t('consents.requestedOn', { date: tx.date(c.requestedOn), name: c.requestedByName }),
    bottomLeft: t('document.printed', { date: tx.date(input.printedOn), version: c.version }),
    pageLabel: (page, pages) => t('document.page', { page, pages }),
  });
}
