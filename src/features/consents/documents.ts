/**
 * The consent form and the prior written notice as PDFs, in English or Spanish. Resolve → authorize (`print`) →
 * audit in one transaction → render after commit (CPU only).
 */
import type { DataHandle } from '../../db/handle';
import type { ScopedStudent } from '../../db/students-repo';
import { AppError } from '../../domain/errors';
import type { Locale } from '../../documents/messages';
import { renderConsentPdf, type ConsentDocumentStudent } from '../../documents/pdf/consent-document';
import { renderNoticePdf } from '../../documents/pdf/notice-document';
import { scopedConsent, scopedNotice } from './context';

export interface RenderedDocument {
  pdf: Buffer;
  filename: string;
}

function documentStudent(s: ScopedStudent): ConsentDocumentStudent {
  const r = s.row;
  return {
    firstName: r.firstName,
    middleName: r.middleName,
    lastName: r.lastName,
    dateOfBirth: r.dateOfBirth,
    grade: r.grade,
    schoolName: r.schoolName,
  };
}

const ascii = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'student';

export async function getConsentDocument(
  handle: DataHandle,
  opts: { id: string; lang: Locale; now?: Date },
): Promise<RenderedDocument> {
  const generatedAt = opts.now ?? new Date();
  const input = await handle.run(async (scope) => {
    const s = await scopedConsent(scope, opts.id);
    if (!s.consentAbilities.print)
      throw new AppError('NOT_FOUND', 'No consent with this id.', [], {
        action: 'consent.read_denied',
        studentId: s.consent.studentId,
        context: { consentId: s.consent.id },
      });
    await scope.audit({
      action: 'consent.print',
      studentId: s.consent.studentId,
      context: { consentId: s.consent.id, lang: opts.lang, status: s.consent.status },
    });
    return { consent: s.consent, student: documentStudent(s.student), printedOn: scope.today };
  });
  const pdf = await renderConsentPdf({
    consent: input.consent,
    student: input.student,
    lang: opts.lang,
    generatedAt,
    printedOn: input.printedOn,
  });
  return {
    pdf,
    filename: `Consent-${input.consent.type}-${ascii(input.student.lastName)}-${input.consent.requestedOn}-${opts.lang}.pdf`,
  };
}

export async function getNoticeDocument(
  handle: DataHandle,
  opts: { id: string; lang: Locale; now?: Date },
): Promise<RenderedDocument> {
  const generatedAt = opts.now ?? new Date();
  const input = await handle.run(async (scope) => {
    const s = await scopedNotice(scope, opts.id);
    if (!s.noticeAbilities.print)
      throw new AppError('NOT_FOUND', 'No notice with this id.', [], {
        action: 'notice.read_denied',
        studentId: s.notice.studentId,
        context: { noticeId: s.notice.id },
      });
    await scope.audit({
      action: 'notice.print',
      studentId: s.notice.studentId,
      context: { noticeId: s.notice.id, lang: opts.lang, status: s.notice.status },
    });
    return { notice: s.notice, student: documentStudent(s.student), printedOn: scope.today };
  });
  const pdf = await renderNoticePdf({
    notice: input.notice,
    student: input.student,
    lang: opts.lang,
    generatedAt,
    printedOn: input.printedOn,
  });
  const date = input.notice.issuedOn ?? input.printedOn;
  return { pdf, filename: `Prior-Written-Notice-${ascii(input.student.lastName)}-${date}-${opts.lang}.pdf` };
}
