import type { DataHandle } from '../../db/handle';
import type { ScopedPlan } from '../../db/plans-repo';
import type { IsoDate } from '../../domain/dates';
import { AppError } from '../../domain/errors';
import type { Locale } from '../../documents/messages';
import { renderPlanPdf, type RenderPlanInput } from '../../documents/pdf/plan-document';

export interface GetPlanDocumentOptions {
  id: string;
  lang: Locale;
  /** When the document is generated (the PDF's creation date); now by default. The footer prints the district's date (handle.today). */
  now?: Date;
}

export interface PlanDocument {
  pdf: Buffer;
  /** An ASCII-only file name, e.g. "IEP-Nunez-Pena-2026-09-14.pdf". */
  filename: string;
  /** The same name as typed (accents kept), for `filename*`. */
  filenameUtf8: string;
}

/**
 * A plan as a PDF, in English or Spanish, with the sections the reader may view. Resolve → authorize
 * (`print`; someone who may read the plan but not print it gets the same 404 as anyone else) → read and
 * audit `plan.print` in one transaction → render after commit (CPU only; the transaction stays short).
 */
export async function getPlanDocument(handle: DataHandle, opts: GetPlanDocumentOptions): Promise<PlanDocument> {
  const generatedAt = opts.now ?? new Date();
  const input = await handle.run(async (scope) => {
    const p = await scope.plans.get(opts.id);
    if (!p.abilities.print) {
      throw new AppError('NOT_FOUND', 'No plan with this id.', [], {
        action: 'plan.print',
        studentId: p.plan.studentId,
        context: { planId: p.plan.id, lang: opts.lang },
      });
    }
    await scope.audit({
      action: 'plan.print',
      studentId: p.plan.studentId,
      context: { planId: p.plan.id, version: p.plan.version, lang: opts.lang, sections: p.abilities.viewSections },
    });
    return documentInput(p, opts.lang, generatedAt, scope.today);
  });
  const pdf = await renderPlanPdf(input);
  return { pdf, ...fileNames(input) };
}

/** What the renderer needs, limited to what the reader may see (sections; identifiers and disability by the student abilities). */
function documentInput(
  { plan, student, abilities }: ScopedPlan,
  lang: Locale,
  generatedAt: Date,
  printedOn: IsoDate,
): RenderPlanInput {
  const s = student.row;
  const content: Record<string, unknown> = {};
  for (const section of abilities.viewSections)
    if (section !== 'dates' && section in plan.content) content[section] = plan.content[section];
  return {
    plan: {
      id: plan.id,
      type: plan.type,
      status: plan.status,
      version: plan.version,
      amendmentMethod: plan.amendmentMethod,
      dates: plan.dates,
      sections: abilities.viewSections,
      content,
    },
    student: {
      firstName: s.firstName,
      middleName: s.middleName,
      lastName: s.lastName,
      dateOfBirth: s.dateOfBirth,
      grade: s.grade,
      schoolName: s.schoolName,
      ...(student.abilities.viewIdentifiers ? { localId: s.localId } : {}),
      ...(student.abilities.viewDisability
        ? { primaryDisability: s.primaryDisability, secondaryDisability: s.secondaryDisability }
        : {}),
      caseManagers: s.caseManagers.map((c) => c.name),
    },
    lang,
    generatedAt,
    printedOn,
  };
}

/** "IEP-<lastname>-<date>.pdf" (504 plans: "504-Plan-…"): the plan's start date, or the day it was printed (the district's date). */
function fileNames(input: RenderPlanInput): { filename: string; filenameUtf8: string } {
  const prefix = input.plan.type === 'iep' ? 'IEP' : '504-Plan';
  const date = input.plan.dates.startDate ?? input.printedOn;
  const typed = input.student.lastName.trim().replace(/[\s/\\:*?"<>|]+/g, '-');
  const ascii =
    input.student.lastName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'student';
  return { filename: `${prefix}-${ascii}-${date}.pdf`, filenameUtf8: `${prefix}-${typed || 'student'}-${date}.pdf` };
}
