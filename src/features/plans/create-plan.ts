import crypto from 'node:crypto';
import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import {
  currentPlanOf,
  empty504Content,
  emptyIepContent,
  isOpenPlan,
  type PlanDates,
  type PlanType,
} from '../../domain/plan';
import type { Scope } from '../../db/handle';
import { planAbilities } from '../../policy/plan';
import { presentPlan } from './presenter';

const NO_DATES: PlanDates = { meetingDate: null, startDate: null, endDate: null, nextAnnualReview: null };

/**
 * Starts a draft for a student: empty, or (an annual review) a copy of the plan in effect of the same type.
 * Only those who manage plans (case manager, administrators) may start one.
 */
export async function createPlan(
  handle: DataHandle,
  opts: { studentId: string; type: PlanType; startFrom: 'empty' | 'active' },
) {
  return handle.run(async (scope) => {
    const student = await scope.students.get(opts.studentId);
    const may = planAbilities(scope.actor, student.row, { type: opts.type, status: 'draft', sharedWithFamily: false });
    if (!may.finalize) throw new AppError('FORBIDDEN', 'Only the case manager or an administrator starts a plan.');
    if (opts.type === 'iep' && student.row.spedStatus !== 'eligible_iep' && student.row.spedStatus !== 'evaluating') {
      throw new AppError(
        'INVALID_STATE',
        'An IEP is written for a student found eligible (or being evaluated); record the eligibility first.',
      );
    }
    const plans = await refuseSecondOpenPlan(scope, opts.studentId, opts.type);
    let content: unknown = opts.type === 'iep' ? emptyIepContent() : empty504Content();
    let dates = NO_DATES;
    if (opts.startFrom === 'active') {
      const active = plans.find((p) => p.type === opts.type && p.status === 'active');
      if (!active) throw new AppError('INVALID_STATE', 'There is no plan in effect of this type to start from.');
      content = active.content;
      dates = NO_DATES;
    }
    const id = crypto.randomUUID();
    await scope.plans.create({
      id,
      studentId: opts.studentId,
      type: opts.type,
      content,
      dates,
      basedOn: currentPlanOf(plans, opts.type)?.id ?? null,
    });
    await scope.audit({
      action: 'plan.create',
      studentId: opts.studentId,
      context: { planId: id, type: opts.type, startFrom: opts.startFrom },
    });
    return presentPlan(await scope.plans.get(id));
  });
}

/** An amendment between annual reviews (300.324(a)(4)): a draft copied from the active plan, made at a meeting or by written agreement. */
export async function amendPlan(handle: DataHandle, opts: { id: string; method: 'meeting' | 'written_agreement' }) {
  return handle.run(async (scope) => {
    const active = await scope.plans.get(opts.id);
    if (!active.abilities.amend) {
      throw new AppError(
        active.plan.status === 'active' ? 'FORBIDDEN' : 'INVALID_STATE',
        'Only the plan in effect can be amended, by its case manager or an administrator.',
      );
    }
    await refuseSecondOpenPlan(scope, active.plan.studentId, active.plan.type);
    const id = crypto.randomUUID();
    await scope.plans.create({
      id,
      studentId: active.plan.studentId,
      type: active.plan.type,
      content: active.plan.content,
      dates: active.plan.dates,
      basedOn: active.plan.id,
      amendmentOf: active.plan.id,
      amendmentMethod: opts.method,
    });
    await scope.audit({
      action: 'plan.create',
      studentId: active.plan.studentId,
      context: { planId: id, amendmentOf: active.plan.id, method: opts.method },
    });
    return presentPlan(await scope.plans.get(id));
  });
}

/**
 * A student holds at most one open plan (draft or proposal) of each type: with two, two people each finalize their
 * annual review and the second silently replaces the first. Another start answers 409 with a link to the open one
 * (the index plans_one_open backs this up). The student's plans are locked first, so two starts at once are served
 * one after the other. Returns the student's plans (all of them, not only those the actor may read).
 */
async function refuseSecondOpenPlan(scope: Scope, studentId: string, type: PlanType) {
  await scope.plans.lockForStart(studentId);
  const plans = await scope.plans.allOf(studentId);
  const open = plans.find((p) => p.type === type && isOpenPlan(p.status));
  if (open) {
    throw new AppError(
      'INVALID_STATE',
      `This student already has an open ${type === 'iep' ? 'IEP' : '504 plan'} (${open.status === 'draft' ? 'a draft' : 'a proposal'}): finish or withdraw it before starting another.`,
      [],
      null,
      { links: [{ rel: 'open-plan', href: `/api/v1/plans/${open.id}`, id: open.id }] },
    );
  }
  return plans;
}
