/** Finalizing a plan: it takes effect, or (a first IEP) waits for consent to initial services. */
import type { DataHandle, Scope } from '../../db/handle';
import type { ScopedPlan } from '../../db/plans-repo';
import { iepTakesEffect, inEffectFrom } from '../../domain/initial-services';
import { isLocale } from '../../documents/messages';
import { documentText } from '../../documents/pdf/i18n';
import { parentLanguages } from '../consents/context';
import { createConsentRequest } from '../consents/request-consent';
import { standingConsentOf } from './initial-services';
import { AppError } from '../../domain/errors';
import { currentPlanOf, startingPlanStillCurrent } from '../../domain/plan';
import { findingsOf, findingsRefusal } from './findings';
import { presentPlan } from './presenter';
import { assertCurrent, optionalExpectedVersion, type VersionClaim } from '../../server/etag';

/**
 * A finalized plan takes effect at once — or, for a student's first IEP without a standing consent to initial services,
 * waits for it (34 CFR 300.300(b)(1)): the parents are asked for that consent (unless a request is already open).
 */
async function takeEffectOrWait(scope: Scope, p: ScopedPlan): Promise<void> {
  const { plan } = p;
  const consentGivenOn = plan.type === 'iep' ? await standingConsentOf(scope, plan.studentId) : null;
  const iepInEffect =
    plan.type === 'iep' &&
    (await scope.plans.forStudent(p.student)).some((o) => o.plan.type === 'iep' && o.plan.status === 'active');
  const when =
    plan.type === '504'
      ? 'at_once'
      : iepTakesEffect({ isAmendment: plan.amendmentOf !== null, iepInEffect, consentGivenOn });
  if (when === 'at_once') {
    const start = plan.dates.startDate ?? plan.dates.meetingDate ?? scope.today;
    await scope.plans.activate(
      plan,
      plan.type === 'iep' && !iepInEffect && plan.amendmentOf === null ? inEffectFrom(start, consentGivenOn) : start,
    );
    await scope.audit({
      action: 'plan.finalize',
      studentId: plan.studentId,
      context: { planId: plan.id, amendmentOf: plan.amendmentOf },
    });
    return;
  }
  await scope.plans.awaitConsent(plan);
  const open = (await scope.consents.listForStudent(plan.studentId)).find(
    (c) => c.type === 'initial_services' && c.status === 'requested',
  );
  let consentId = open?.id ?? null;
  if (!open) {
    const lang = (await parentLanguages(scope, plan.studentId)).find(isLocale) ?? 'en';
    const text = documentText(lang);
    const consent = await createConsentRequest(scope, p.student, {
      studentId: plan.studentId,
      type: 'initial_services',
      description: text.t('consent.initialServices.description', {
        date: text.date(plan.dates.meetingDate ?? scope.today),
      }),
      language: lang,
      // Asked at the meeting that wrote the IEP (finalized here perhaps days later), or today.
      requestedOn:
        plan.dates.meetingDate && plan.dates.meetingDate <= scope.today ? plan.dates.meetingDate : scope.today,
    });
    consentId = consent.id;
  }
  await scope.audit({
    action: 'plan.await_consent',
    studentId: plan.studentId,
    context: { planId: plan.id, consentId },
  });
}

/**
 * Draft → active, only with no error findings left (422 lists them); the plan in effect of the same type
 * is superseded and the final version kept, immutable, in the history.
 */
export async function finalizePlan(handle: DataHandle, opts: { id: string; claim: VersionClaim }) {
  const refused = await handle.run(async (scope) => {
    const p = await scope.plans.get(opts.id, { forUpdate: true });
    if (!p.abilities.finalize) {
      const open = p.plan.status === 'draft' || p.plan.status === 'proposed';
      throw new AppError(
        open ? 'FORBIDDEN' : 'INVALID_STATE',
        open
          ? 'Only the case manager or an administrator finalizes a plan.'
          : 'Only a draft or a proposal can be finalized.',
      );
    }
    assertCurrent(
      optionalExpectedVersion(opts.claim, p.plan.id, 'this plan'),
      p.plan.version,
      'This plan was changed since you loaded it; review the change before finalizing.',
    );
    const replaced = await startingPlanReplaced(scope, p);
    if (replaced) return replaced;
    const errors = (await findingsOf(scope, p)).filter((f) => f.severity === 'error');
    if (errors.length) {
      await scope.audit({
        action: 'plan.finalize_refused',
        outcome: 'failure',
        studentId: p.plan.studentId,
        context: { planId: p.plan.id, errors: errors.length },
      });
      return errors;
    }
    await takeEffectOrWait(scope, p);
    return null;
  });
  if (refused instanceof AppError) throw refused;
  if (refused) throw findingsRefusal('finalized', refused);
  return handle.run(async (scope) => presentPlan(await scope.plans.get(opts.id)));
}

/**
 * 409 when the plan this one started from is no longer the current plan of its type (another took effect, or it
 * ended, since this one was started): finalizing would replace a plan nobody compared it with. The refusal links to
 * the current plan; the team withdraws this one and starts again from that.
 */
async function startingPlanReplaced(scope: Scope, p: ScopedPlan): Promise<AppError | null> {
  const current = currentPlanOf(await scope.plans.allOf(p.plan.studentId), p.plan.type);
  if (startingPlanStillCurrent(p.plan.basedOn, current)) return null;
  await scope.audit({
    action: 'plan.finalize_refused',
    outcome: 'failure',
    studentId: p.plan.studentId,
    context: { planId: p.plan.id, basedOn: p.plan.basedOn, current: current?.id ?? null },
  });
  return new AppError(
    'INVALID_STATE',
    current
      ? 'Another plan has taken effect since this one was started; withdraw this one and start again from the plan now in effect.'
      : 'The plan this one was started from is no longer in effect; withdraw this one and start again.',
    [],
    null,
    current ? { links: [{ rel: 'current-plan', href: `/api/v1/plans/${current.id}`, id: current.id }] } : null,
  );
}
