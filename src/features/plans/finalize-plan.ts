import type { DataHandle, Scope } from '../../db/handle';
import type { ScopedPlan } from '../../db/plans-repo';
import { iepTakesEffect, inEffectFrom } from '../../domain/initial-services';
import { addDays } from '../../domain/dates';
import { EXIT_FOR_END_REASON, type ExitReason, type PlanEndReason } from '../../domain/exit';
import { recordOnCase } from '../case/record-on-case';
import { isLocale } from '../../documents/messages';
import { documentText } from '../../documents/pdf/i18n';
import { parentLanguages } from '../consents/context';
import { createConsentRequest } from '../consents/request-consent';
import { standingConsentOf } from './initial-services';
import { endOfServicesNoticeFinding } from '../../domain/consent';
import { AppError } from '../../domain/errors';
import { currentPlanOf, startingPlanStillCurrent } from '../../domain/plan';
import { asRuleFindings, findingsOf, presentFinding } from './findings';
import { presentPlan } from './presenter';
import { actorProfile } from '../../policy/actor';
import { assertCurrent, optionalExpectedVersion, type VersionClaim } from '../../server/etag';

/**
 * A finalized plan takes effect at once — or, for a student's first IEP without a standing consent to initial services,
 * waits for it (34 CFR 300.300(b)(1)): the parents are asked for that consent (unless a request is already open).
 */
async function takeEffectOrWait(scope: Scope, p: ScopedPlan): Promise<void> {
  const { plan } = p;
  const consentGivenOn = plan.type === 'iep' ? await standingConsentOf(scope, plan.studentId) : null;
  const iepInEffect = plan.type === 'iep' && (await scope.plans.forStudent(p.student)).some((o) => o.plan.type === 'iep' && o.plan.status === 'active');
  const when = plan.type === '504' ? 'at_once' : iepTakesEffect({ isAmendment: plan.amendmentOf !== null, iepInEffect, consentGivenOn });
  if (when === 'at_once') {
    const start = plan.dates.startDate ?? plan.dates.meetingDate ?? scope.today;
    await scope.plans.activate(plan, plan.type === 'iep' && !iepInEffect && plan.amendmentOf === null ? inEffectFrom(start, consentGivenOn) : start);
    await scope.audit({ action: 'plan.finalize', studentId: plan.studentId, context: { planId: plan.id, amendmentOf: plan.amendmentOf } });
    return;
  }
  await scope.plans.awaitConsent(plan);
  const open = (await scope.consents.listForStudent(plan.studentId)).find((c) => c.type === 'initial_services' && c.status === 'requested');
  let consentId = open?.id ?? null;
  if (!open) {
    const lang = (await parentLanguages(scope, plan.studentId)).find(isLocale) ?? 'en';
    const text = documentText(lang);
    const consent = await createConsentRequest(scope, p.student, {
      studentId: plan.studentId,
      type: 'initial_services',
      description: text.t('consent.initialServices.description', { date: text.date(plan.dates.meetingDate ?? scope.today) }),
      language: lang,
      // Asked at the meeting that wrote the IEP (finalized here perhaps days later), or today.
      requestedOn: plan.dates.meetingDate && plan.dates.meetingDate <= scope.today ? plan.dates.meetingDate : scope.today,
    });
    consentId = consent.id;
  }
  await scope.audit({ action: 'plan.await_consent', studentId: plan.studentId, context: { planId: plan.id, consentId } });
}

/** The findings of a plan the actor may see, as data, with the day they were computed for (`asOf`: "turned" or "turns"). */
export async function getFindings(handle: DataHandle, opts: { id: string }) {
  return handle.read(async (scope) => {
    const p = await scope.plans.get(opts.id);
    await scope.audit({ action: 'plan.findings', studentId: p.plan.studentId, context: { planId: p.plan.id } });
    return { data: (await findingsOf(scope, p)).map(presentFinding), asOf: scope.today };
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
      throw new AppError(open ? 'FORBIDDEN' : 'INVALID_STATE', open ? 'Only the case manager or an administrator finalizes a plan.' : 'Only a draft or a proposal can be finalized.');
    }
    assertCurrent(optionalExpectedVersion(opts.claim, p.plan.id, 'this plan'), p.plan.version, 'This plan was changed since you loaded it; review the change before finalizing.');
    const replaced = await startingPlanReplaced(scope, p);
    if (replaced) return replaced;
    const errors = (await findingsOf(scope, p)).filter((f) => f.severity === 'error');
    if (errors.length) {
      await scope.audit({ action: 'plan.finalize_refused', outcome: 'failure', studentId: p.plan.studentId, context: { planId: p.plan.id, errors: errors.length } });
      return errors;
    }
    await takeEffectOrWait(scope, p);
    return null;
  });
  if (refused instanceof AppError) throw refused;
  if (refused) {
    throw new AppError(
      'RULE_VIOLATION',
      `The plan cannot be finalized while ${refused.length} error finding${refused.length === 1 ? '' : 's'} remain.`,
      refused.map((f) => ({ path: f.path, message: `${f.message} (${f.citation})` })),
      null,
      { findings: asRuleFindings(refused) },
    );
  }
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
  await scope.audit({ action: 'plan.finalize_refused', outcome: 'failure', studentId: p.plan.studentId, context: { planId: p.plan.id, basedOn: p.plan.basedOn, current: current?.id ?? null } });
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

/** Shares a draft with the family (or withdraws it), so parents can read it before the meeting. */
export async function sharePlan(handle: DataHandle, opts: { id: string; shared: boolean }) {
  return handle.run(async (scope) => {
    const p = await scope.plans.get(opts.id);
    if (!p.abilities.share) throw new AppError(p.plan.status === 'draft' ? 'FORBIDDEN' : 'INVALID_STATE', 'Only the case manager or an administrator shares a draft.');
    await scope.plans.setShared(p.plan.id, opts.shared);
    await scope.audit({ action: 'plan.share', studentId: p.plan.studentId, context: { planId: p.plan.id, shared: opts.shared } });
    return presentPlan(await scope.plans.get(p.plan.id));
  });
}

/** The versions that left draft, oldest first. */
export async function planHistory(handle: DataHandle, opts: { id: string }) {
  return handle.read(async (scope) => {
    const p = await scope.plans.get(opts.id);
    const versions = await scope.plans.versions(p.plan.id);
    await scope.audit({ action: 'plan.history', studentId: p.plan.studentId, context: { planId: p.plan.id } });
    return {
      data: versions.map((v) => ({
        version: v.version,
        status: v.status,
        savedAt: v.savedAt,
        savedBy: v.savedByName,
        dates: v.dates,
        content: Object.fromEntries(Object.entries(v.content).filter(([k]) => p.abilities.viewSections.includes(k as never))),
      })),
    };
  });
}

/**
 * Draft → proposed: the district's offer to the family, only with no error findings left (422 lists them).
 * From now on it is immutable and kept; the team finalizes it (or starts a new draft) after the meeting.
 */
export async function proposePlan(handle: DataHandle, opts: { id: string; claim: VersionClaim }) {
  const refused = await handle.run(async (scope) => {
    const p = await scope.plans.get(opts.id, { forUpdate: true });
    if (!p.abilities.propose) {
      throw new AppError(p.plan.status === 'draft' ? 'FORBIDDEN' : 'INVALID_STATE', p.plan.status === 'draft' ? 'Only the case manager or an administrator proposes a plan.' : 'Only a draft can be proposed.');
    }
    assertCurrent(optionalExpectedVersion(opts.claim, p.plan.id, 'this plan'), p.plan.version, 'This plan was changed since you loaded it; review the change before proposing it.');
    const errors = (await findingsOf(scope, p)).filter((f) => f.severity === 'error');
    if (errors.length) return errors;
    await scope.plans.propose(p.plan);
    await scope.audit({ action: 'plan.propose', studentId: p.plan.studentId, context: { planId: p.plan.id } });
    return null;
  });
  if (refused) {
    throw new AppError(
      'RULE_VIOLATION',
      `The plan cannot be proposed while ${refused.length} error finding${refused.length === 1 ? '' : 's'} remain.`,
      refused.map((f) => ({ path: f.path, message: `${f.message} (${f.citation})` })),
      null,
      { findings: asRuleFindings(refused) },
    );
  }
  return handle.read(async (scope) => presentPlan(await scope.plans.get(opts.id)));
}

/**
 * Active → ended, with the reason (the student exited special education, moved, graduated, consent was revoked…). The
 * plan is not in effect from today. An IEP ends early only because the student leaves special education, so ending one
 * for such a reason records the student's exit too (its basis named, or the one the reason implies: src/domain/exit.ts
 * EXIT_FOR_END_REASON), dated yesterday — the IEP's last day in effect — which closes the case and the counts.
 */
export async function endPlan(handle: DataHandle, opts: { id: string; reason: PlanEndReason; note: string; exitReason?: ExitReason | undefined }) {
  return handle.run(async (scope) => {
    const p = await scope.plans.get(opts.id, { forUpdate: true });
    if (!p.abilities.end) {
      throw new AppError(p.plan.status === 'active' ? 'FORBIDDEN' : 'INVALID_STATE', p.plan.status === 'active' ? 'Only the case manager or an administrator ends a plan.' : 'Only the plan in effect can be ended.');
    }
    const refusal = endOfServicesNoticeFinding(opts.reason, await scope.consents.listNotices(p.plan.studentId, { includeDrafts: false }));
    if (refusal) throw new AppError('RULE_VIOLATION', refusal.message, [{ path: refusal.path, message: `${refusal.message} (${refusal.citation})` }]);
    const exitReason = p.plan.type === 'iep' ? (opts.exitReason ?? EXIT_FOR_END_REASON[opts.reason]) : null;
    if (exitReason) {
      const note = opts.note ? { note: opts.note } : {};
      const exit = await recordOnCase(scope, p.student, { kind: 'exit', occurredOn: addDays(scope.today, -1), details: { reason: exitReason, endedPlan: p.plan.id, ...note } });
      await scope.audit({ action: 'case.event.record', studentId: p.plan.studentId, context: { eventId: exit.id, kind: 'exit', occurredOn: exit.occurredOn } });
    } else {
      await scope.plans.end(p.plan, scope.today, opts.reason);
    }
    await scope.audit({ action: 'plan.end', studentId: p.plan.studentId, context: { planId: p.plan.id, reason: opts.reason, note: opts.note, exitReason } });
    return presentPlan(await scope.plans.get(opts.id));
  });
}
