/**
 * Summaries of performance (34 CFR 300.305(e)(3)): list, start (prefilled with the postsecondary goals of the student's
 * latest IEP), save a draft (with its version), provide it (only with every required part written; then it never
 * changes), and print it. Each read and write is audited; a summary of a student the caller may not see is a 404.
 */
import type { DataHandle, Scope } from '../../db/handle';
import type { SummaryRow } from '../../db/summaries-repo';
import type { CaseEvent } from '../../domain/case-events';
import { ageOn } from '../../domain/dates';
import { AppError } from '../../domain/errors';
import { currentExit, exitRule } from '../../domain/exit';
import { stateProfile } from '../../domain/state-profiles';
import { postsecondaryGoalsFrom, sopProblems, type SopContent } from '../../domain/summary-of-performance';
import { isLocale, type Locale } from '../../documents/messages';
import { renderSummaryOfPerformancePdf } from '../../documents/pdf/summary-of-performance';
import { summaryAbilities, type SummaryAbilities } from '../../policy/summary-of-performance';
import { assertCurrent, expectedVersion, type VersionClaim } from '../../server/etag';
import { parentLanguages } from '../consents/context';
import type { SummaryOfPerformance } from '../../api/exit';

function present(row: SummaryRow, can: SummaryAbilities): SummaryOfPerformance {
  const draft = row.status === 'draft';
  return {
    id: row.id,
    studentId: row.studentId,
    academicAchievement: row.academicAchievement,
    functionalPerformance: row.functionalPerformance,
    postsecondaryGoals: row.postsecondaryGoals,
    recommendations: row.recommendations,
    studentPerspective: row.studentPerspective,
    language: row.language,
    status: row.status,
    providedOn: row.providedOn,
    providedByName: row.providedByName,
    createdByName: row.createdByName,
    version: row.version,
    updatedAt: row.updatedAt,
    missing: draft ? sopProblems(row) : [],
    abilities: { edit: draft && can.write, provide: draft && can.write, print: true },
  };
}

async function studentFor(scope: Scope, studentId: string) {
  const s = await scope.students.get(studentId);
  const can = summaryAbilities(scope.actor, s.row);
  if (!can.view)
    throw new AppError('NOT_FOUND', 'No student with this id.', [], {
      action: 'student.read_denied',
      studentId,
      context: { attempted: 'sop' },
    });
  return { s, can };
}

/** One summary the actor may see (drafts only for staff who may), or a 404 audited as denied (the repository's check). */
async function scopedSummary(scope: Scope, id: string, opts: { forUpdate?: boolean } = {}) {
  return scope.summaries.get(id, opts);
}

export async function listSummaries(handle: DataHandle, opts: { studentId: string }) {
  return handle.read(async (scope) => {
    const { s, can } = await studentFor(scope, opts.studentId);
    const rows = (await scope.summaries.forStudent(s)).filter((r) => r.status === 'provided' || can.drafts);
    const events = await scope.caseEvents.forStudent(s.row.id);
    const exit = currentExit(events.map((e): CaseEvent => ({ ...e, kind: e.kind })));
    const requires = exit ? [...exitRule(exit.reason).requires] : [];
    const relevant =
      rows.length > 0 ||
      requires.includes('summary_of_performance') ||
      (can.write &&
        ageOn(s.row.dateOfBirth, scope.today) >= stateProfile(scope.actor.stateProfile ?? 'federal').transitionAge);
    await scope.audit({ action: 'sop.read', studentId: s.row.id, context: { summaries: rows.length } });
    return {
      data: rows.map((r) => present(r, can)),
      abilities: { create: can.write },
      exit: exit ? { occurredOn: exit.occurredOn, reason: exit.reason, requires } : null,
      relevant,
    };
  });
}

export async function getSummary(handle: DataHandle, opts: { id: string }) {
  return handle.read(async (scope) => {
    const { row, can } = await scopedSummary(scope, opts.id);
    await scope.audit({ action: 'sop.read', studentId: row.studentId, context: { summaryId: row.id } });
    return present(row, can);
  });
}

export async function createSummary(
  handle: DataHandle,
  opts: { studentId: string; content: Partial<SopContent>; language?: Locale | undefined },
) {
  return handle.run(async (scope) => {
    const { s, can } = await studentFor(scope, opts.studentId);
    if (!can.write)
      throw new AppError(
        'FORBIDDEN',
        'Only the case manager, the principal or an administrator writes a summary of performance.',
      );
    // Start from the postsecondary goals of the student's latest IEP (300.320(b)(1)).
    const latestIep = (await scope.plans.forStudent(s)).find((p) => p.plan.type === 'iep' && p.plan.status !== 'draft');
    const goals = postsecondaryGoalsFrom(latestIep?.plan.content.transition as Record<string, string> | undefined);
    const language = opts.language ?? (await parentLanguages(scope, s.row.id)).find(isLocale) ?? 'en';
    const c = opts.content;
    const row = await scope.summaries.create(
      s,
      {
        academicAchievement: c.academicAchievement ?? '',
        functionalPerformance: c.functionalPerformance ?? '',
        postsecondaryGoals: c.postsecondaryGoals ?? goals,
        recommendations: c.recommendations ?? '',
        studentPerspective: c.studentPerspective ?? '',
      },
      language,
    );
    await scope.audit({ action: 'sop.create', studentId: s.row.id, context: { summaryId: row.id, language } });
    return present(row, can);
  });
}

export async function updateSummary(
  handle: DataHandle,
  opts: { id: string; claim: VersionClaim; patch: Partial<SopContent> & { language?: Locale | undefined } },
) {
  return handle.run(async (scope) => {
    const v = await scopedSummary(scope, opts.id, { forUpdate: true });
    const { row, can } = v;
    if (!can.write)
      throw new AppError(
        'FORBIDDEN',
        'Only the case manager, the principal or an administrator writes a summary of performance.',
      );
    const want = expectedVersion(opts.claim, row.id, 'this summary');
    const expected = want.version;
    if (row.status !== 'draft') throw new AppError('INVALID_STATE', 'A summary that was provided never changes.');
    assertCurrent(
      want,
      row.version,
      'This summary was changed by someone else since you loaded it. Reload to see their change, then apply yours.',
    );
    const next = await scope.summaries.update(v, expected, opts.patch);
    await scope.audit({
      action: 'sop.update',
      studentId: row.studentId,
      context: {
        summaryId: row.id,
        fields: Object.keys(opts.patch).filter((k) => (opts.patch as Record<string, unknown>)[k] !== undefined),
        fromVersion: expected,
      },
    });
    return present(next, can);
  });
}

/** Draft → provided (to the student, and the parents): refused (422, each blank part named) until the required parts are written. */
export async function provideSummary(handle: DataHandle, opts: { id: string; claim: VersionClaim }) {
  return handle.run(async (scope) => {
    const v = await scopedSummary(scope, opts.id, { forUpdate: true });
    const { row, can } = v;
    if (!can.write)
      throw new AppError(
        'FORBIDDEN',
        'Only the case manager, the principal or an administrator provides a summary of performance.',
      );
    const want = expectedVersion(opts.claim, row.id, 'this summary');
    const expected = want.version;
    if (row.status !== 'draft') throw new AppError('INVALID_STATE', 'This summary was provided already.');
    assertCurrent(want, row.version, 'This summary was changed by someone else since you loaded it.');
    const problems = sopProblems(row);
    if (problems.length)
      throw new AppError(
        'RULE_VIOLATION',
        `The summary cannot be provided while ${problems.length} required part${problems.length === 1 ? ' is' : 's are'} blank.`,
        problems,
      );
    const next = await scope.summaries.provide(v, expected, scope.today);
    await scope.audit({
      action: 'sop.provide',
      studentId: row.studentId,
      context: { summaryId: row.id, providedOn: scope.today },
    });
    return present(next, can);
  });
}

export async function getSummaryDocument(handle: DataHandle, opts: { id: string; lang?: Locale | undefined }) {
  return handle.read(async (scope) => {
    const { row, s } = await scopedSummary(scope, opts.id);
    const lang = opts.lang ?? (isLocale(row.language) ? row.language : 'en');
    const pdf = await renderSummaryOfPerformancePdf({
      student: {
        firstName: s.row.firstName,
        lastName: s.row.lastName,
        dateOfBirth: s.row.dateOfBirth,
        schoolName: s.row.schoolName,
      },
      summary: row,
      lang,
      generatedAt: new Date(),
      printedOn: scope.today,
    });
    await scope.audit({ action: 'sop.print', studentId: row.studentId, context: { summaryId: row.id, lang } });
    return { pdf, filename: `summary-of-performance-${row.id.slice(0, 8)}-${lang}.pdf` };
  });
}
