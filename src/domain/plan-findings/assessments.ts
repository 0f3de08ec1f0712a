/** Findings on how an IEP's student takes state and district assessments (300.320(a)(6)). */
import type { IepContent } from '../plan';
import { blank, err, type Finding } from './finding';

export function assessmentsFindings(c: Pick<IepContent, 'assessments' | 'accommodations'>): Finding[] {
  const out: Finding[] = [];
  c.assessments.forEach((a, i) => {
    const p = `assessments[${i}]`;
    if (!a.participation)
      out.push(
        err(
          'assessments.participation',
          '34 CFR 300.320(a)(6)(i)',
          `${p}.participation`,
          'Say how the student takes this assessment.',
        ),
      );
    if (a.participation === 'alternate' && blank(a.alternateReason))
      out.push(
        err(
          'assessments.alternate_reason',
          '34 CFR 300.320(a)(6)(ii)',
          `${p}.alternateReason`,
          'Say why the student cannot take the regular assessment and why the alternate is appropriate.',
        ),
      );
  });
  if (
    c.assessments.some((a) => a.participation === 'regular_with_accommodations') &&
    !c.accommodations.some((a) => a.kind !== 'classroom')
  )
    out.push(
      err(
        'accommodations.testing',
        '34 CFR 300.320(a)(6)(i)',
        'accommodations',
        'The student takes an assessment with accommodations: list the testing accommodations.',
      ),
    );
  return out;
}
