/**
 * Recording a case event together with what it does to the case, in the caller's transaction:
 * - the student's special-education status follows the event (src/domain/sped-status.ts statusAfterEvent): a referral
 *   or a consent to evaluate opens the case whatever the field said;
 * - an exit ends the plans in effect on the exit date — the exit date is their last day in effect — and closes the case
 *   (34 CFR 300.102, 300.305(e); src/domain/exit.ts); the disability categories at exit are kept in the event (the
 *   exiting report reads them) and on voiding the exit the plans and status come back;
 * - a parent's answer to consent for initial services puts the IEP waiting for it in effect, or never (300.300(b)).
 */
import type { Scope } from '../../db/handle';
import type { CaseEventRow, NewCaseEvent } from '../../db/case-events-repo';
import type { ScopedStudent } from '../../db/students-repo';
import { endOfServicesNoticeFinding } from '../../domain/consent';
import { AppError } from '../../domain/errors';
import { EXIT_REASONS, exitRule, planEndedOnForExit, type ExitReason } from '../../domain/exit';
import { statusAfterEvent, type SpedStatus } from '../../domain/sped-status';
import { applyInitialServicesAnswer } from '../plans/initial-services';

const isExitReason = (r: unknown): r is ExitReason =>
  typeof r === 'string' && (EXIT_REASONS as readonly string[]).includes(r);

type StudentRow = ScopedStudent['row'];

/** An exit's details, checked (its reason; a revoked consent ends services only after the notice) and with what the student was before. */
async function exitDetails(
  scope: Scope,
  row: StudentRow,
  details: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (!isExitReason(details.reason))
    throw new AppError('VALIDATION_FAILED', 'An exit names its reason.', [
      { path: 'details.reason', message: `One of ${EXIT_REASONS.join(', ')}.` },
    ]);
  // Services end on a revoked consent only after the prior written notice is issued (300.300(b)(4)(i)).
  if (details.reason === 'parent_revoked_consent') {
    const refusal = endOfServicesNoticeFinding(
      'consent_revoked',
      await scope.consents.listNotices(row.id, { includeDrafts: false }),
    );
    if (refusal)
      throw new AppError('RULE_VIOLATION', refusal.message, [
        { path: 'details.reason', message: `${refusal.message} (${refusal.citation})` },
      ]);
  }
  // What the student was before leaving: the exiting report counts the category at exit; voiding restores it.
  return {
    ...details,
    spedStatusBefore: row.spedStatus,
    primaryDisability: row.primaryDisability,
    secondaryDisability: row.secondaryDisability,
  };
}

/** Ends the plans an exit ends (audited as the exit); answers whether a 504 plan stays in effect. */
async function endPlansOnExit(scope: Scope, row: StudentRow, event: CaseEventRow, reason: ExitReason) {
  const rule = exitRule(reason);
  const endedOn = planEndedOnForExit(event.occurredOn);
  const ended: string[] = [];
  let plan504InEffect = false;
  for (const p of await scope.plans.openPlansOf(row.id)) {
    if (p.type === '504' && !rule.ends504) {
      plan504InEffect = plan504InEffect || p.status === 'active';
      continue;
    }
    await scope.plans.end(p, endedOn, `exit:${reason}`, event.id);
    ended.push(p.id);
  }
  await scope.audit({
    action: 'case.exit',
    studentId: row.id,
    context: { eventId: event.id, reason, exitOn: event.occurredOn, plansEnded: ended },
  });
  return plan504InEffect;
}

/** The student's special-education status after the event (src/domain/sped-status.ts), written and audited when it changes. */
async function followStatus(scope: Scope, row: StudentRow, event: CaseEventRow, plan504InEffect: boolean) {
  const next = statusAfterEvent(
    {
      spedStatus: row.spedStatus as SpedStatus,
      primaryDisability: row.primaryDisability,
      secondaryDisability: row.secondaryDisability,
    },
    event,
    { plan504InEffect },
  );
  if (
    !next ||
    (next.spedStatus === row.spedStatus &&
      next.primaryDisability === row.primaryDisability &&
      next.secondaryDisability === row.secondaryDisability)
  )
    return;
  await scope.students.setSpedStatus(row.id, next);
  await scope.audit({
    action: 'student.update',
    studentId: row.id,
    context: {
      fields: ['spedStatus', 'primaryDisability', 'secondaryDisability'],
      from: row.spedStatus,
      to: next.spedStatus,
      byEvent: event.id,
    },
  });
}

export async function recordOnCase(
  scope: Scope,
  student: ScopedStudent,
  e: Omit<NewCaseEvent, 'studentId'>,
): Promise<CaseEventRow> {
  const row = student.row;
  const given = e.details ?? {};
  const details = e.kind === 'exit' ? await exitDetails(scope, row, given) : given;
  const event = await scope.caseEvents.record({ ...e, studentId: row.id, details });

  const plan504InEffect =
    event.kind === 'exit' && isExitReason(details.reason)
      ? await endPlansOnExit(scope, row, event, details.reason)
      : (await scope.plans.openPlansOf(row.id)).some((p) => p.type === '504' && p.status === 'active');
  await followStatus(scope, row, event, plan504InEffect);

  if (
    (event.kind === 'consent_given' || event.kind === 'consent_refused') &&
    event.details.consentType === 'initial_services'
  ) {
    await applyInitialServicesAnswer(
      scope,
      row.id,
      event.kind === 'consent_given' ? 'given' : 'refused',
      event.occurredOn,
    );
  }
  return event;
}

/** Voiding an exit undoes what it did: the plans it ended are in effect again (unless replaced), and the status before it returns. */
export async function undoExit(scope: Scope, student: ScopedStudent, event: CaseEventRow): Promise<void> {
  const restored = await scope.plans.restoreEndedBy(event.id);
  for (const planId of restored)
    await scope.audit({ action: 'plan.restore', studentId: student.row.id, context: { planId, voidedExit: event.id } });
  const before = event.details.spedStatusBefore;
  if (typeof before === 'string') {
    const primary = typeof event.details.primaryDisability === 'string' ? event.details.primaryDisability : null;
    const secondary = typeof event.details.secondaryDisability === 'string' ? event.details.secondaryDisability : null;
    await scope.students.setSpedStatus(student.row.id, {
      spedStatus: before,
      primaryDisability: primary,
      secondaryDisability: secondary,
    });
    await scope.audit({
      action: 'student.update',
      studentId: student.row.id,
      context: { fields: ['spedStatus'], from: student.row.spedStatus, to: before, byVoidOf: event.id },
    });
  }
}
