import type { DataHandle } from '../../db/handle';
import type { Locale } from '../../documents/messages';
import { renderProgressPdf } from '../../documents/pdf/progress-report';
import { AppError } from '../../domain/errors';
import type { Goal } from '../../domain/plan';
import { progressAbilities } from '../../policy/progress';

/** A progress report as a tagged PDF in English or Spanish; the print is audited, rendering happens after the commit. */
export async function getReportDocument(handle: DataHandle, opts: { id: string; lang: Locale; now?: Date }) {
  const input = await handle.run(async (scope) => {
    const r = await scope.progress.get(opts.id);
    const denied = (studentId: string | null) =>
      new AppError('NOT_FOUND', 'No progress report with this id.', [], {
        action: 'progress.read_denied',
        studentId,
        context: { reportId: opts.id },
      });
    if (!r) throw denied(null);
    const p = await scope.plans.get(r.planId).catch(() => {
      throw denied(r.studentId);
    });
    if (!progressAbilities(scope.actor, p.abilities, r).view) throw denied(r.studentId);
    const s = p.student.row;
    await scope.audit({
      action: 'progress.print',
      studentId: r.studentId,
      context: { reportId: r.id, lang: opts.lang },
    });
    const goals = ((p.plan.content.goals as Goal[] | undefined) ?? []).map((g) => ({
      id: g.id,
      area: g.area,
      text: g.text,
      measurement: g.measurement,
    }));
    return {
      student: {
        firstName: s.firstName,
        lastName: s.lastName,
        dateOfBirth: s.dateOfBirth,
        schoolName: s.schoolName,
        grade: s.grade,
      },
      plan: { startDate: p.plan.dates.startDate, endDate: p.plan.dates.endDate, version: r.planVersion },
      report: { periodLabel: r.periodLabel, status: r.status, issuedOn: r.issuedOn, entries: r.entries },
      goals,
      lang: opts.lang,
      generatedAt: opts.now ?? new Date(),
      printedOn: scope.today,
    };
  });
  const pdf = await renderProgressPdf(input);
  const ascii =
    input.student.lastName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'student';
  return { pdf, filename: `Progress-${ascii}-${input.report.issuedOn ?? 'draft'}.pdf` };
}
