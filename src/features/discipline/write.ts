/** What every discipline write shares: the writer's check, refusing a record that breaks a rule, and the 300.530(h) notice. */
import type { Scope } from '../../db/handle';
import type { CaseEventRow } from '../../db/case-events-repo';
import { disciplineRecords } from '../../domain/discipline';
import type { DisciplineProblem } from '../../domain/discipline-rules';
import { AppError } from '../../domain/errors';
import { loadDiscipline, type DisciplineContext } from './summary';
import { must } from '../../db/values';

/** The student's discipline context, for a person who may record on it (404 when they may not see it, 403 when they may only read). */
export async function writable(scope: Scope, studentId: string): Promise<DisciplineContext> {
  const ctx = await loadDiscipline(scope, studentId);
  if (!ctx.can.record)
    throw new AppError(
      'FORBIDDEN',
      'Only the case manager, the principal or a district administrator records discipline.',
    );
  return ctx;
}

/** Refuses the record when the rules found problems: a rule of law as 422 (with its citation), bad input as 400. */
export function refuse(problems: readonly DisciplineProblem[], prefix = ''): void {
  if (!problems.length) return;
  const errors = problems.map((p) => ({ path: prefix + p.path, message: p.message }));
  const rules = problems.filter((p) => p.citation);
  if (!rules.length) throw new AppError('VALIDATION_FAILED', must(problems[0], 'a problem').message, errors);
  throw new AppError('RULE_VIOLATION', must(rules[0], 'a rule').message, errors, null, {
    findings: rules.map((p) => ({
      code: 'discipline',
      citation: must(p.citation, 'the citation'),
      severity: 'error' as const,
      path: prefix + p.path,
      message: p.message,
      params: {},
    })),
  });
}

/** The context again after recording `added` (same transaction). */
export function withEvents(ctx: DisciplineContext, ...added: CaseEventRow[]): DisciplineContext {
  const events = [...ctx.events, ...added];
  return {
    ...ctx,
    events,
    records: disciplineRecords(
      events.map((e) => ({ ...e, kind: e.kind })),
      ctx.calendar,
    ),
  };
}

export interface ParentNotice {
  notifiedOn: string;
  method: string;
  safeguardsNoticeProvided: boolean;
}

/**
 * Records that the parents were notified of a decision to change placement (300.530(h)). When the procedural
 * safeguards notice was given with it, that is recorded too as a safeguards notice (300.504(a)(3)) produced by
 * this record, so the yearly safeguards clock knows; voiding the notice voids it.
 */
export async function addNotice(
  scope: Scope,
  studentId: string,
  decisionId: string,
  n: ParentNotice,
  note?: string,
): Promise<CaseEventRow[]> {
  const e = await scope.caseEvents.record({
    studentId,
    kind: 'discipline_notice',
    occurredOn: n.notifiedOn,
    details: {
      decisionId,
      safeguardsNoticeProvided: n.safeguardsNoticeProvided,
      method: n.method,
      ...(note ? { note } : {}),
    },
  });
  if (!n.safeguardsNoticeProvided) return [e];
  const s = await scope.caseEvents.record({
    studentId,
    kind: 'safeguards_notice',
    occurredOn: n.notifiedOn,
    details: { note: 'Given with the notice of a discipline decision (34 CFR 300.504(a)(3), 300.530(h)).' },
    sourceType: 'discipline_notice',
    sourceId: e.id,
  });
  return [e, s];
}
