import type { DataHandle } from '../../db/handle';
import { endOfServicesNoticeFinding } from '../../domain/consent';
import { addDays } from '../../domain/dates';
import { AppError } from '../../domain/errors';
import { EXIT_FOR_END_REASON, type ExitReason, type PlanEndReason } from '../../domain/exit';
import { recordOnCase } from '../case/record-on-case';
import { presentPlan } from './presenter';

/**
 * Active → ended, with the reason (the student exited special education, moved, graduated, consent was revoked…). The
 * plan is not in effect from today. An IEP ends early only because the student leaves special education, so ending one
 * for such a reason records the student's exit too (its basis named, or the one the reason implies: src/domain/exit.ts
 * EXIT_FOR_END_REASON), dated yesterday — the IEP's last day in effect — which closes the case and the counts.
 */
export async function endPlan(
  handle: DataHandle,
  opts: { id: string; reason: PlanEndReason; note: string; exitReason?: ExitReason | undefined },
) {
  return handle.run(async (scope) => {
    const p = await scope.plans.get(opts.id, { forUpdate: true });
    if (!p.abilities.end) {
      throw new AppError(
        p.plan.status === 'active' ? 'FORBIDDEN' : 'INVALID_STATE',
        p.plan.status === 'active'
          ? 'Only the case manager or an administrator ends a plan.'
          : 'Only the plan in effect can be ended.',
      );
    }
    const refusal = endOfServicesNoticeFinding(
      opts.reason,
      await scope.consents.listNotices(p.plan.studentId, { includeDrafts: false }),
    );
    if (refusal)
      throw new AppError('RULE_VIOLATION', refusal.message, [
        { path: refusal.path, message: `${refusal.message} (${refusal.citation})` },
      ]);
    const exitReason = p.plan.type === 'iep' ? (opts.exitReason ?? EXIT_FOR_END_REASON[opts.reason]) : null;
    if (exitReason) {
      const note = opts.note ? { note: opts.note } : {};
      const exit = await recordOnCase(scope, p.student, {
        kind: 'exit',
        occurredOn: addDays(scope.today, -1),
        details: { reason: exitReason, endedPlan: p.plan.id, ...note },
      });
      await scope.audit({
        action: 'case.event.record',
        studentId: p.plan.studentId,
        context: { eventId: exit.id, kind: 'exit', occurredOn: exit.occurredOn },
      });
    } else {
      await scope.plans.end(p.plan, scope.today, opts.reason);
    }
    await scope.audit({
      action: 'plan.end',
      studentId: p.plan.studentId,
      context: { planId: p.plan.id, reason: opts.reason, note: opts.note, exitReason },
    });
    return presentPlan(await scope.plans.get(opts.id));
  });
}
