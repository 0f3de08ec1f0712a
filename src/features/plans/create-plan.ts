import crypto from 'node:crypto';
import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { empty504Content, emptyIepContent, type PlanDates, type PlanType } from '../../domain/plan';
import { planAbilities } from '../../policy/plan';
import { presentPlan } from './presenter';

const NO_DATES: PlanDates = { meetingDate: null, startDate: null, endDate: null, nextAnnualReview: null };

/**
 * Starts a draft for a student: empty, or (an annual review) a copy of the plan in effect of the same type.
 * Only those who manage plans (case manager, administrators) may start one.
 */
export async function createPlan(handle: DataHandle, opts: { studentId: string; type: PlanType; startFrom: 'empty' | 'active' }) {
  return handle.run(async (scope) => {
    const student = await scope.students.get(opts.studentId);
    const may = planAbilities(scope.actor, student.row, { type: opts.type, status: 'draft', sharedWithFamily: false });
    if (!may.finalize) throw new AppError('FORBIDDEN', 'Only the case manager or an administrator starts a plan.');
    if (opts.type === 'iep' && student.row.spedStatus !== 'eligible_iep' && student.row.spedStatus !== 'evaluating') {
      throw new AppError('INVALID_STATE', 'An IEP is written for a student found eligible (or being evaluated); record the eligibility first.');
    }
    let content: unknown = opts.type === 'iep' ? emptyIepContent() : empty504Content();
    let dates = NO_DATES;
    if (opts.startFrom === 'active') {
      const active = (await scope.plans.forStudent(student)).find((p) => p.plan.type === opts.type && p.plan.status === 'active');
      if (!active) throw new AppError('INVALID_STATE', 'There is no plan in effect of this type to start from.');
      content = active.plan.content;
      dates = NO_DATES;
    }
    const id = crypto.randomUUID();
    await scope.plans.create({ id, studentId: opts.studentId, type: opts.type, content, dates });
    await scope.audit({ action: 'plan.create', studentId: opts.studentId, context: { planId: id, type: opts.type, startFrom: opts.startFrom } });
    return presentPlan(await scope.plans.get(id));
  });
}

/** An amendment between annual reviews (300.324(a)(4)): a draft copied from the active plan, made at a meeting or by written agreement. */
export async function amendPlan(handle: DataHandle, opts: { id: string; method: 'meeting' | 'written_agreement' }) {
  return handle.run(async (scope) => {
    const active = await scope.plans.get(opts.id);
    if (!active.abilities.amend) {
      throw new AppError(active.plan.status === 'active' ? 'FORBIDDEN' : 'INVALID_STATE', 'Only the plan in effect can be amended, by its case manager or an administrator.');
    }
    const id = crypto.randomUUID();
    await scope.plans.create({
      id,
      studentId: active.plan.studentId,
      type: active.plan.type,
      content: active.plan.content,
      dates: active.plan.dates,
      amendmentOf: active.plan.id,
      amendmentMethod: opts.method,
    });
    await scope.audit({ action: 'plan.create', studentId: active.plan.studentId, context: { planId: id, amendmentOf: active.plan.id, method: opts.method } });
    return presentPlan(await scope.plans.get(id));
  });
}
