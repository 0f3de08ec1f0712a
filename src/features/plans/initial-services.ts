/**
 * Consent to the initial provision of services and the IEP that waits for it (34 CFR 300.300(b)): which consent stands
 * on a student's record, and what an answer does — consent puts the waiting IEP in effect; a refusal leaves it never in
 * effect and drafts the prior written notice of the refusal (300.503(a)(2)). Runs inside the caller's transaction.
 */
import type { Scope } from '../../db/handle';
import type { CaseEvent } from '../../domain/case-events';
import {
  initialServicesConsentFromEvents,
  inEffectFrom,
  NO_OVERRIDE_CITATION,
  NOT_IN_VIOLATION_CITATION,
} from '../../domain/initial-services';
import { isLocale } from '../../documents/messages';
import { documentText } from '../../documents/pdf/i18n';
import { parentLanguages } from '../consents/context';

/** The day the consent to initial services that stands on the student's record was given, or null. */
export async function standingConsentOf(scope: Scope, studentId: string): Promise<string | null> {
  const events = await scope.caseEvents.forStudent(studentId);
  return initialServicesConsentFromEvents(events.map((e): CaseEvent => ({ ...e, kind: e.kind })));
}

/**
 * The parent answered the request for consent to initial services on `on` (signed, or the paper's date). Given: the
 * IEP waiting for it is in effect from its start date, or from `on` when later. Refused: it will never be in effect;
 * a prior written notice of the refusal is drafted in the parents' language. Returns what it did, or null when no IEP
 * was waiting (the consent is then on record for the IEP to come).
 */
export async function applyInitialServicesAnswer(
  scope: Scope,
  studentId: string,
  decision: 'given' | 'refused',
  on: string,
): Promise<{ planId: string; outcome: 'in_effect' | 'refused'; noticeId: string | null } | null> {
  const waiting = await scope.plans.awaitingConsentOf(studentId);
  if (!waiting) return null;
  if (decision === 'given') {
    const from = inEffectFrom(waiting.startDate ?? on, on);
    await scope.plans.answerAwaiting(waiting.id, { given: true, inEffectFrom: from });
    await scope.audit({
      action: 'plan.in_effect',
      studentId,
      context: { planId: waiting.id, inEffectFrom: from, consentGivenOn: on },
    });
    return { planId: waiting.id, outcome: 'in_effect', noticeId: null };
  }
  await scope.plans.answerAwaiting(waiting.id, { given: false, on });
  const lang = (await parentLanguages(scope, studentId)).find(isLocale) ?? 'en';
  const tx = documentText(lang);
  const notice = await scope.consents.createNotice({
    studentId,
    action: 'refuses',
    subject: 'initial_services',
    consentId: null,
    language: lang,
    elements: {
      actionDescription: tx.t('notices.default.initialServicesRefused'),
      reasons: tx.t('notices.default.initialServicesRefusedReasons', {
        noOverride: NO_OVERRIDE_CITATION,
        notInViolation: NOT_IN_VIOLATION_CITATION,
      }),
      evaluationsUsed: '',
      safeguardsStatement: tx.t('notices.default.safeguardsStatement'),
      assistanceSources: '',
      optionsConsidered: '',
      otherFactors: '',
    },
  });
  await scope.audit({
    action: 'notice.create',
    studentId,
    context: { noticeId: notice.id, subject: 'initial_services', reason: 'consent_refused' },
  });
  await scope.audit({
    action: 'plan.consent_refused',
    studentId,
    context: { planId: waiting.id, refusedOn: on, noticeId: notice.id },
  });
  return { planId: waiting.id, outcome: 'refused', noticeId: notice.id };
}
