import type { DataHandle } from '../../db/handle';
import { endOfServicesNoticeFinding } from '../../domain/consent';
import { AppError } from '../../domain/errors';
import { findingsOf } from './findings';
import { presentPlan } from './presenter';
import { actorProfile } from '../../policy/actor';

/** The findings of a plan the actor may see. */
export async function getFindings(handle: DataHandle, opts: { id: string }) {
  return handle.read(async (scope) => {
    const p = await scope.plans.get(opts.id);
    await scope.audit({ action: 'plan.findings', studentId: p.plan.studentId, context: { planId: p.plan.id } });
    return { data: findingsOf(p, actorProfile(scope.actor)) };
  });
}

/**
 * Draft → active, only with no error findings left (422 lists them); the plan in effect of the same type
 * is superseded and the final version kept, immutable, in the history.
 */
export async function finalizePlan(handle: DataHandle, opts: { id: string; expectedVersion: number | null }) {
  const refused = await handle.run(async (scope) => {
    const p = await scope.plans.get(opts.id, { forUpdate: true });
    if (!p.abilities.finalize) {
      const open = p.plan.status === 'draft' || p.plan.status === 'proposed';
      throw new AppError(open ? 'FORBIDDEN' : 'INVALID_STATE', open ? 'Only the case manager or an administrator finalizes a plan.' : 'Only a draft or a proposal can be finalized.');
    }
    if (opts.expectedVersion !== null && opts.expectedVersion !== p.plan.version) {
      throw new AppError('PRECONDITION_FAILED', 'This plan was changed since you loaded it; review the change before finalizing.');
    }
    const errors = findingsOf(p, actorProfile(scope.actor)).filter((f) => f.severity === 'error');
    if (errors.length) {
      await scope.audit({ action: 'plan.finalize_refused', outcome: 'failure', studentId: p.plan.studentId, context: { planId: p.plan.id, errors: errors.length } });
      return errors;
    }
    await scope.plans.activate(p.plan);
    await scope.audit({ action: 'plan.finalize', studentId: p.plan.studentId, context: { planId: p.plan.id, amendmentOf: p.plan.amendmentOf } });
    return null;
  });
  if (refused) {
    throw new AppError(
      'RULE_VIOLATION',
      `The plan cannot be finalized while ${refused.length} error finding${refused.length === 1 ? '' : 's'} remain.`,
      refused.map((f) => ({ path: f.path, message: `${f.message} (${f.citation})` })),
    );
  }
  return handle.run(async (scope) => presentPlan(await scope.plans.get(opts.id)));
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
export async function proposePlan(handle: DataHandle, opts: { id: string; expectedVersion: number | null }) {
  const refused = await handle.run(async (scope) => {
    const p = await scope.plans.get(opts.id, { forUpdate: true });
    if (!p.abilities.propose) {
      throw new AppError(p.plan.status === 'draft' ? 'FORBIDDEN' : 'INVALID_STATE', p.plan.status === 'draft' ? 'Only the case manager or an administrator proposes a plan.' : 'Only a draft can be proposed.');
    }
    if (opts.expectedVersion !== null && opts.expectedVersion !== p.plan.version) {
      throw new AppError('PRECONDITION_FAILED', 'This plan was changed since you loaded it; review the change before proposing it.');
    }
    const errors = findingsOf(p, actorProfile(scope.actor)).filter((f) => f.severity === 'error');
    if (errors.length) return errors;
    await scope.plans.propose(p.plan);
    await scope.audit({ action: 'plan.propose', studentId: p.plan.studentId, context: { planId: p.plan.id } });
    return null;
  });
  if (refused) {
    throw new AppError('RULE_VIOLATION', `The plan cannot be proposed while ${refused.length} error finding${refused.length === 1 ? '' : 's'} remain.`, refused.map((f) => ({ path: f.path, message: `${f.message} (${f.citation})` })));
  }
  return handle.read(async (scope) => presentPlan(await scope.plans.get(opts.id)));
}

/** Active → ended, with the reason (the student exited special education, moved, graduated, consent was revoked…). */
export async function endPlan(handle: DataHandle, opts: { id: string; reason: string; note: string }) {
  return handle.run(async (scope) => {
    const p = await scope.plans.get(opts.id, { forUpdate: true });
    if (!p.abilities.end) {
      throw new AppError(p.plan.status === 'active' ? 'FORBIDDEN' : 'INVALID_STATE', p.plan.status === 'active' ? 'Only the case manager or an administrator ends a plan.' : 'Only the plan in effect can be ended.');
    }
    const refusal = endOfServicesNoticeFinding(opts.reason, await scope.consents.listNotices(p.plan.studentId, { includeDrafts: false }));
    if (refusal) throw new AppError('RULE_VIOLATION', refusal.message, [{ path: refusal.path, message: `${refusal.message} (${refusal.citation})` }]);
    await scope.plans.end(p.plan, scope.today);
    await scope.audit({ action: 'plan.end', studentId: p.plan.studentId, context: { planId: p.plan.id, reason: opts.reason, note: opts.note } });
    return presentPlan(await scope.plans.get(opts.id));
  });
}
