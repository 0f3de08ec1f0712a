import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { findingsOf } from './findings';
import { presentPlan } from './presenter';

/** The findings of a plan the actor may see. */
export async function getFindings(handle: DataHandle, opts: { id: string }) {
  return handle.read(async (scope) => {
    const p = await scope.plans.get(opts.id);
    await scope.audit({ action: 'plan.findings', studentId: p.plan.studentId, context: { planId: p.plan.id } });
    return { data: findingsOf(p, scope.actor.stateProfile) };
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
      throw new AppError(p.plan.status === 'draft' ? 'FORBIDDEN' : 'INVALID_STATE', p.plan.status === 'draft' ? 'Only the case manager or an administrator finalizes a plan.' : 'Only a draft can be finalized.');
    }
    if (opts.expectedVersion !== null && opts.expectedVersion !== p.plan.version) {
      throw new AppError('PRECONDITION_FAILED', 'This plan was changed since you loaded it; review the change before finalizing.');
    }
    const errors = findingsOf(p, scope.actor.stateProfile).filter((f) => f.severity === 'error');
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
