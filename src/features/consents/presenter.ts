/** Consents and notices as the caller may see them: explicit field allow-lists. */
import type { ConsentRow } from '../../db/consents-repo';
import type { NoticeRow } from '../../db/notices-repo';
import { CONSENT_CITATIONS, revocationEffect } from '../../domain/consent';
import { noticeFindings } from '../../domain/prior-written-notice';
import { LOCALES } from '../../documents/messages';
import type { ConsentAbilities, NoticeAbilities } from '../../policy/consent';

/** Staff see who recorded an answer and the IP address it came from; the family sees what they signed. */
export function presentConsent(c: ConsentRow, abilities: ConsentAbilities, opts: { staff: boolean }) {
  const e = revocationEffect(c.type);
  return {
    id: c.id,
    studentId: c.studentId,
    type: c.type,
    description: c.description,
    recordsToRelease: c.recordsToRelease,
    releaseTo: c.releaseTo,
    language: c.language,
    requestedOn: c.requestedOn,
    requestedByName: c.requestedByName,
    status: c.status,
    answer:
      c.status !== 'requested' && c.answerMethod && c.answeredOn && c.answeredAt
        ? {
            decision: c.status === 'refused' ? ('refused' as const) : ('given' as const),
            method: c.answerMethod,
            on: c.answeredOn,
            at: c.answeredAt,
            signerName: c.signerName ?? '',
            ...(opts.staff ? { recordedByName: c.recordedByName, ip: c.answerIp } : {}),
          }
        : null,
    revocation:
      c.status === 'revoked' && c.revokedOn && c.revokedAt && c.revocationMethod
        ? {
            on: c.revokedOn,
            at: c.revokedAt,
            method: c.revocationMethod,
            signerName: c.revocationSignerName ?? '',
            note: c.revocationNote,
            ...(opts.staff ? { recordedByName: c.revocationRecordedByName } : {}),
          }
        : null,
    revocationEffect: {
      endsServices: e.endsServices,
      requiresPriorWrittenNotice: e.requiresPriorWrittenNotice,
      stops: e.stops,
      citation: e.citation,
    },
    citation: CONSENT_CITATIONS[c.type],
    version: c.version,
    abilities,
  };
}

export function presentNotice(n: NoticeRow, abilities: NoticeAbilities, parentLanguages: readonly string[]) {
  return {
    id: n.id,
    studentId: n.studentId,
    action: n.action,
    subject: n.subject,
    consentId: n.consentId,
    elements: n.elements,
    language: n.language,
    parentLanguages: [...parentLanguages],
    status: n.status,
    issuedOn: n.issuedOn,
    issuedByName: n.issuedByName,
    createdByName: n.createdByName,
    version: n.version,
    updatedAt: n.updatedAt,
    findings:
      n.status === 'draft' ? noticeFindings({ ...n.elements, language: n.language }, parentLanguages, LOCALES) : [],
    abilities,
  };
}
