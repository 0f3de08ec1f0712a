/**
 * Progress reports on a plan's annual goals: the case team writes a draft against the plan in effect, the case
 * manager issues it (only when every goal is rated — 300.320(a)(3)(ii)); issuing records the case event that
 * stops the progress-report clock and tells the family, who read it in their language.
 */
import type { Scope } from '../../db/handle';
import type { DataHandle } from '../../db/handle';
import type { ProgressReportRow } from '../../db/progress-repo';
import type { ScopedPlan } from '../../db/plans-repo';
import { AppError } from '../../domain/errors';
import { entriesForGoals, progressFindings, type ProgressEntry } from '../../domain/progress';
import type { Goal } from '../../domain/plan';
import { editableGoal, progressAbilities, type ProgressAbilities } from '../../policy/progress';
import { ageOn } from '../../domain/dates';
import { actorProfile } from '../../policy/actor';
import { assertCurrent, expectedVersion, staleError, type VersionClaim } from '../../server/etag';
import { must } from '../../db/values';

const notFound = (id: string, studentId: string | null) =>
  new AppError('NOT_FOUND', 'No progress report with this id.', [], {
    action: 'progress.read_denied',
    studentId,
    context: { reportId: id },
  });

const goalsOf = (p: ScopedPlan): Goal[] =>
  ((p.plan.content.goals as (Goal | null | undefined)[] | undefined) ?? []).filter(
    (g): g is Goal => !!g && typeof g.id === 'string',
  );

export function presentReport(r: ProgressReportRow, p: ScopedPlan, abilities: ProgressAbilities) {
  const goals = goalsOf(p);
  return {
    ...r,
    goals: goals.map((g) => ({
      id: g.id,
      area: g.area,
      text: g.text,
      measurement: g.measurement,
      discipline: g.discipline,
    })),
    findings: r.status === 'draft' ? progressFindings(goals, r.entries) : [],
    abilities,
  };
}

async function load(scope: Scope, id: string, opts: { forUpdate?: boolean } = {}) {
  const r = await scope.progress.get(id, opts);
  if (!r) throw notFound(id, null);
  let p: ScopedPlan;
  try {
    p = await scope.plans.get(r.planId);
  } catch {
    throw notFound(id, r.studentId);
  }
  const abilities = progressAbilities(scope.actor, p.abilities, r);
  if (!abilities.view) throw notFound(id, r.studentId);
  return { r, p, abilities };
}

export async function listReports(handle: DataHandle, opts: { planId: string }) {
  return handle.read(async (scope) => {
    const p = await scope.plans.get(opts.planId);
    const rows = (await scope.progress.forPlan(p.plan.id))
      .map((r) => ({ r, a: progressAbilities(scope.actor, p.abilities, r) }))
      .filter((x) => x.a.view);
    await scope.audit({ action: 'progress.list', studentId: p.plan.studentId, context: { planId: p.plan.id } });
    return {
      data: rows.map(({ r, a }) => presentReport(r, p, a)),
      abilities: progressAbilities(scope.actor, p.abilities, null),
    };
  });
}

export async function getReport(handle: DataHandle, opts: { id: string }) {
  return handle.read(async (scope) => {
    const { r, p, abilities } = await load(scope, opts.id);
    await scope.audit({ action: 'progress.read', studentId: r.studentId, context: { reportId: r.id } });
    return presentReport(r, p, abilities);
  });
}

export async function startReport(handle: DataHandle, opts: { planId: string; periodLabel: string }) {
  return handle.run(async (scope) => {
    const p = await scope.plans.get(opts.planId);
    if (!progressAbilities(scope.actor, p.abilities, null).edit)
      throw new AppError('FORBIDDEN', 'Only the case team writes progress reports.');
    if (p.plan.type !== 'iep' || p.plan.status !== 'active')
      throw new AppError('INVALID_STATE', 'Progress is reported on the annual goals of the IEP in effect.');
    const id = await scope.progress.create({
      studentId: p.plan.studentId,
      planId: p.plan.id,
      planVersion: p.plan.version,
      periodLabel: opts.periodLabel,
      entries: entriesForGoals(goalsOf(p)),
    });
    await scope.audit({
      action: 'progress.create',
      studentId: p.plan.studentId,
      context: { planId: p.plan.id, reportId: id },
    });
    const { r, abilities } = await load(scope, id);
    return presentReport(r, p, abilities);
  });
}

export async function updateReport(
  handle: DataHandle,
  opts: { id: string; claim: VersionClaim; periodLabel: string; entries: ProgressEntry[] },
) {
  return handle.run(async (scope) => {
    const { r, p, abilities } = await load(scope, opts.id, { forUpdate: true });
    if (!abilities.edit)
      throw new AppError(
        r.status === 'draft' ? 'FORBIDDEN' : 'INVALID_STATE',
        r.status === 'draft' ? 'Only the case team writes progress reports.' : 'An issued report is not changed.',
      );
    const want = expectedVersion(opts.claim, r.id, 'this report');
    assertCurrent(
      want,
      r.version,
      'This report was changed by someone else since you loaded it. Reload to see their change.',
    );
    const goals = goalsOf(p);
    const errors: { path: string; message: string }[] = [];
    opts.entries.forEach((e, i) => {
      const goal = goals.find((g) => g.id === e.goalId);
      if (!goal) errors.push({ path: `entries.${i}.goalId`, message: 'Not a goal of this plan.' });
      else {
        const before = r.entries.find((x) => x.goalId === e.goalId);
        const changed = !before || before.rating !== e.rating || before.note !== e.note;
        if (changed && !editableGoal(scope.actor, goal))
          errors.push({ path: `entries.${i}`, message: 'A provider reports on the goals of their own discipline.' });
      }
    });
    if (errors.length)
      throw new AppError(
        errors.some((e) => e.message.startsWith('A provider')) ? 'FORBIDDEN' : 'VALIDATION_FAILED',
        must(errors[0], 'an error').message,
        errors,
      );
    if (
      !(await scope.progress.update(r.id, want.version, {
        periodLabel: opts.periodLabel,
        entries: entriesForGoals(goals, opts.entries),
      }))
    ) {
      throw staleError(
        want,
        'This report was changed by someone else since you loaded it. Reload to see their change.',
      );
    }
    await scope.audit({
      action: 'progress.update',
      studentId: r.studentId,
      context: { reportId: r.id, fromVersion: want.version },
    });
    const next = await load(scope, r.id);
    return presentReport(next.r, next.p, next.abilities);
  });
}

export async function issueReport(handle: DataHandle, opts: { id: string; claim: VersionClaim }) {
  return handle.run(async (scope) => {
    const { r, p, abilities } = await load(scope, opts.id, { forUpdate: true });
    if (!abilities.issue)
      throw new AppError(
        r.status === 'draft' ? 'FORBIDDEN' : 'INVALID_STATE',
        r.status === 'draft'
          ? 'Only the case manager or an administrator issues a progress report.'
          : 'This report is already issued.',
      );
    assertCurrent(
      expectedVersion(opts.claim, r.id, 'this report'),
      r.version,
      'This report was changed since you loaded it; review the change before issuing.',
    );
    const findings = progressFindings(goalsOf(p), r.entries);
    if (findings.length)
      throw new AppError(
        'RULE_VIOLATION',
        `The report cannot be issued while ${findings.length} goal${findings.length === 1 ? ' is' : 's are'} not reported.`,
        findings,
      );
    await scope.progress.issue(r.id, scope.today);
    await scope.caseEvents.record({
      studentId: r.studentId,
      kind: 'progress_report',
      occurredOn: scope.today,
      details: { planId: r.planId },
      sourceType: 'progress_report',
      sourceId: r.id,
    });
    const student = await scope.students.get(r.studentId);
    const portalAge = actorProfile(scope.actor).studentPortalAge;
    const family = await scope.notifications.familyOf(r.studentId, {
      includeStudent: ageOn(student.row.dateOfBirth, scope.today) >= portalAge,
    });
    await scope.notifications.notify({
      userIds: family.map((f) => f.userId),
      studentId: r.studentId,
      kind: 'progress_report',
      message: 'progress.notify.issued',
      params: { name: `${student.row.firstName} ${student.row.lastName}`, period: r.periodLabel },
      link: `/plans/${r.planId}#progress`,
      dedupeKey: `progress:${r.id}`,
    });
    await scope.audit({
      action: 'progress.issue',
      studentId: r.studentId,
      context: { reportId: r.id, planId: r.planId },
    });
    const next = await load(scope, r.id);
    return presentReport(next.r, next.p, next.abilities);
  });
}
