/**
 * GET /api/v1/procedural-safeguards.pdf: the plain-language procedural safeguards notice (34 CFR 300.504), English
 * or Spanish. Any signed-in person may read it (it holds no student data); with `studentId` (a student the caller
 * may see) the download is recorded in that student's access log, so a family can show they received it.
 * Recording that staff *gave* it to a parent is the case event 'safeguards_notice' (the case events API).
 */
import type { DataHandle } from '../../db/handle';
import type { Locale } from '../../documents/messages';
import { renderSafeguardsPdf } from '../../documents/pdf/safeguards';

export async function getSafeguardsDocument(
  handle: DataHandle,
  opts: { lang: Locale; studentId?: string | undefined },
) {
  return handle.read(async (scope) => {
    if (opts.studentId) await scope.students.get(opts.studentId);
    const doc = await renderSafeguardsPdf({ lang: opts.lang, printedOn: scope.today, generatedAt: new Date() });
    await scope.audit({
      action: 'family.safeguards.download',
      studentId: opts.studentId ?? null,
      context: { lang: opts.lang, pages: doc.pages },
    });
    return doc;
  });
}
