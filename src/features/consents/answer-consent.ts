/**
 * Answering a consent request (give or refuse) and revoking a given consent, in writing. A parent signs in the
 * portal with a typed name and an explicit checkbox (time and IP kept); staff record a paper form with the date
 * written on it and the signer's name. Each answer records its case event (the deadline engine reads them),
 * notifies the case managers and is audited, in one transaction.
 */
import type { ConsentRow } from '../../db/consents-repo';
import type { Scope } from '../../db/handle';
import type { DataHandle } from '../../db/handle';
import {
  answerTransition,
  paperAnswerProblems,
  revocationEffect,
  revokeTransition,
  signatureProblems,
  type ConsentDecision,
  type ConsentMethod,
} from '../../domain/consent';
import { AppError } from '../../domain/errors';
import { isLocale } from '../../documents/messages';
import { documentText } from '../../documents/pdf/i18n';
import { consentAbilities } from '../../policy/consent';
import { parentLanguages, scopedConsent, type ScopedConsent } from './context';
import { presentConsent } from './presenter';
import { recordOnCase } from '../case/record-on-case';
import { must } from '../../db/values';

export interface AnswerConsentOptions {
  id: string;
  decision: ConsentDecision;
  method: ConsentMethod;
  typedName?: string | undefined;
  confirm?: boolean | undefined;
  signedOn?: string | undefined;
  signerName?: string | undefined;
}

async function tellCaseManagers(
  scope: Scope,
  s: ScopedConsent,
  message: 'notify.consent.answered' | 'notify.consent.revoked',
  decision: string,
) {
  const managers = await scope.notifications.caseManagersOf(s.consent.studentId);
  await scope.notifications.notify({
    userIds: managers.map((m) => m.userId).filter((id) => id !== scope.actor.userId),
    studentId: s.consent.studentId,
    kind: 'consent_answer',
    message,
    params: { student: `${s.student.row.firstName} ${s.student.row.lastName}`, type: s.consent.type, decision },
    link: `/students/${s.consent.studentId}#consents`,
    dedupeKey: `consent:${s.consent.id}:${decision}`,
  });
}

function present(scope: Scope, s: ScopedConsent, row: ConsentRow) {
  return presentConsent(row, consentAbilities(scope.actor, s.student.row, row, s.facts), {
    staff: s.abilities.request,
  });
}

export async function answerConsent(handle: DataHandle, opts: AnswerConsentOptions) {
  return handle.run(async (scope) => {
    const s = await scopedConsent(scope, opts.id, { forUpdate: true });
    const portal = opts.method === 'portal';
    const allowed = portal ? s.consentAbilities.answer : s.consentAbilities.recordPaperAnswer;
    if (!allowed) {
      if (s.consent.status !== 'requested')
        throw new AppError('INVALID_STATE', 'This consent request has already been answered.');
      throw new AppError(
        'FORBIDDEN',
        portal
          ? s.abilities.request
            ? "Staff record a parent's answer from the signed paper form (method: 'paper')."
            : 'Only a parent who holds educational rights signs a consent.'
          : 'Only the case manager or an administrator records a paper answer.',
      );
    }
    const problems = portal
      ? signatureProblems({ typedName: opts.typedName, confirm: opts.confirm })
      : paperAnswerProblems(
          { signerName: opts.signerName, signedOn: opts.signedOn },
          s.consent.requestedOn,
          scope.today,
        );
    if (problems.length)
      throw new AppError(
        'VALIDATION_FAILED',
        portal ? 'Sign with your typed name and tick the box.' : 'Say who signed the paper form and when.',
        problems,
      );
    const t = answerTransition(s.consent.status, opts.decision);
    if (!t.ok) throw new AppError('INVALID_STATE', 'This consent request has already been answered.');

    const on = portal ? scope.today : must(opts.signedOn, 'signedOn');
    const row = portal
      ? await scope.consents.answer(s, {
          method: 'portal',
          decision: opts.decision,
          on,
          typedName: must(opts.typedName, 'typedName').trim(),
          ip: scope.ip,
        })
      : await scope.consents.answer(s, {
          method: 'paper',
          decision: opts.decision,
          signedOn: on,
          signerName: must(opts.signerName, 'signerName').trim(),
        });
    // The answer is a case event; what it does follows (a consent to evaluate opens the evaluation; consent to initial
    // services puts the IEP waiting for it in effect, a refusal leaves it never in effect: 300.300(b)).
    await recordOnCase(scope, s.student, {
      kind: opts.decision === 'given' ? 'consent_given' : 'consent_refused',
      occurredOn: on,
      details: { consentType: s.consent.type, consentId: s.consent.id, method: opts.method },
      sourceType: 'consent',
      sourceId: s.consent.id,
    });
    await tellCaseManagers(scope, s, 'notify.consent.answered', opts.decision);
    await scope.audit({
      action: 'consent.answer',
      studentId: s.consent.studentId,
      context: {
        consentId: s.consent.id,
        type: s.consent.type,
        decision: opts.decision,
        method: opts.method,
        signedOn: on,
        signerName: row.signerName,
        ...(portal ? { confirmed: true } : {}),
      },
    });
    return present(scope, s, row);
  });
}

export interface RevokeConsentOptions {
  id: string;
  method: ConsentMethod;
  typedName?: string | undefined;
  confirm?: boolean | undefined;
  signedOn?: string | undefined;
  signerName?: string | undefined;
  note?: string | undefined;
}

/** Refuses a revocation the actor may not make this way (staff record paper; a parent with rights signs in the portal). */
function checkRevocable(s: ScopedConsent, portal: boolean): void {
  const staff = s.abilities.request;
  if (s.consentAbilities.revoke && portal !== staff) return;
  if (s.consent.status !== 'given') throw new AppError('INVALID_STATE', 'Only a given consent can be revoked.');
  throw new AppError(
    'FORBIDDEN',
    staff
      ? "Staff record a parent's written revocation (method: 'paper')."
      : s.consentAbilities.revoke
        ? 'Revoke in the portal (method: portal).'
        : 'Only a parent who holds educational rights revokes a consent.',
  );
}

/** Refuses a revocation that is not in writing (a typed signature, or a paper one with its signer and day). */
function validateRevocation(scope: Scope, s: ScopedConsent, opts: RevokeConsentOptions, portal: boolean): void {
  const problems = portal
    ? signatureProblems({ typedName: opts.typedName, confirm: opts.confirm })
    : paperAnswerProblems(
        { signerName: opts.signerName, signedOn: opts.signedOn },
        s.consent.answeredOn ?? s.consent.requestedOn,
        scope.today,
      );
  if (problems.length)
    throw new AppError(
      'VALIDATION_FAILED',
      'A revocation is made in writing: say who signed it (and when, for a paper one).',
      problems,
    );
  if (!revokeTransition(s.consent.status).ok)
    throw new AppError('INVALID_STATE', 'Only a given consent can be revoked.');
}

/** Writes the revocation and its case event 'consent_revoked'. */
async function writeRevocation(scope: Scope, s: ScopedConsent, opts: RevokeConsentOptions, on: string) {
  const note = opts.note?.trim() ? opts.note.trim() : null;
  const row =
    opts.method === 'portal'
      ? await scope.consents.revoke(s, {
          method: 'portal',
          on,
          typedName: must(opts.typedName, 'typedName').trim(),
          ip: scope.ip,
          note,
        })
      : await scope.consents.revoke(s, {
          method: 'paper',
          signedOn: on,
          signerName: must(opts.signerName, 'signerName').trim(),
          note,
        });
  await scope.caseEvents.record({
    studentId: s.consent.studentId,
    kind: 'consent_revoked',
    occurredOn: on,
    details: { consentType: s.consent.type, consentId: s.consent.id, method: opts.method },
    sourceType: 'consent',
    sourceId: s.consent.id,
  });
  return row;
}

/** The draft prior written notice that must be issued before services end (300.300(b)(4)), in the parents' language (audited). */
async function startEndOfServicesNotice(scope: Scope, s: ScopedConsent): Promise<string> {
  const languages = await parentLanguages(scope, s.consent.studentId);
  const lang = languages.find(isLocale) ?? 'en';
  const tx = documentText(lang);
  const notice = await scope.consents.createNotice({
    studentId: s.consent.studentId,
    action: 'proposes',
    subject: 'end_of_services',
    consentId: s.consent.id,
    language: lang,
    elements: {
      actionDescription: tx.t('notices.default.endOfServices'),
      reasons: '',
      evaluationsUsed: '',
      safeguardsStatement: tx.t('notices.default.safeguardsStatement'),
      assistanceSources: tx.t('notices.default.assistanceSources'),
      optionsConsidered: '',
      otherFactors: '',
    },
  });
  await scope.audit({
    action: 'notice.create',
    studentId: s.consent.studentId,
    context: { noticeId: notice.id, subject: 'end_of_services', consentId: s.consent.id, reason: 'consent_revoked' },
  });
  return notice.id;
}

/**
 * given → revoked, in writing (300.9(c)(1)); not retroactive (300.9(c)(2)). Revoking consent for services
 * (300.300(b)(4)) starts a draft prior written notice for the case manager: it must be issued before services end.
 */
export async function revokeConsent(handle: DataHandle, opts: RevokeConsentOptions) {
  return handle.run(async (scope) => {
    const s = await scopedConsent(scope, opts.id, { forUpdate: true });
    const portal = opts.method === 'portal';
    checkRevocable(s, portal);
    validateRevocation(scope, s, opts, portal);
    const on = portal ? scope.today : must(opts.signedOn, 'signedOn');
    const row = await writeRevocation(scope, s, opts, on);
    const effect = revocationEffect(s.consent.type);
    const noticeId = effect.requiresPriorWrittenNotice ? await startEndOfServicesNotice(scope, s) : null;
    await tellCaseManagers(scope, s, 'notify.consent.revoked', 'revoked');
    await scope.audit({
      action: 'consent.revoke',
      studentId: s.consent.studentId,
      context: {
        consentId: s.consent.id,
        type: s.consent.type,
        method: opts.method,
        revokedOn: on,
        signerName: row.revocationSignerName,
        endsServices: effect.endsServices,
        noticeId,
      },
    });
    return { ...present(scope, s, row), noticeId };
  });
}
