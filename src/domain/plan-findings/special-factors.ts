/** Findings on an IEP's special factors (300.324(a)(2)): each considered, how a needed one is addressed. */
import type { IepContent, SpecialFactorKey } from '../plan';
import { blank, err, warn, type Finding, type StudentFactsForPlan } from './finding';

const FACTOR_LABEL: Record<SpecialFactorKey, string> = {
  behavior: 'behaviour that impedes learning',
  limitedEnglish: 'limited English proficiency',
  braille: 'Braille for a student who is blind or visually impaired',
  communication: 'communication needs (and, for a deaf or hard-of-hearing student, language and communication mode)',
  assistiveTechnology: 'assistive technology devices and services',
};
const FACTOR_CITATION: Record<SpecialFactorKey, string> = {
  behavior: '34 CFR 300.324(a)(2)(i)',
  limitedEnglish: '34 CFR 300.324(a)(2)(ii)',
  braille: '34 CFR 300.324(a)(2)(iii)',
  communication: '34 CFR 300.324(a)(2)(iv)',
  assistiveTechnology: '34 CFR 300.324(a)(2)(v)',
};

/** The factors the student's record suggests apply: a "not needed" on one of them is worth a second look. */
function expectedFactors(student: StudentFactsForPlan): Partial<Record<SpecialFactorKey, boolean>> {
  return {
    limitedEnglish: student.englishLearner,
    braille:
      student.primaryDisability === 'visual_impairment' ||
      student.secondaryDisability === 'visual_impairment' ||
      student.primaryDisability === 'deaf_blindness',
    communication: ['deafness', 'hearing_impairment', 'deaf_blindness', 'speech_language_impairment'].includes(
      student.primaryDisability ?? '',
    ),
  };
}

export function specialFactorsFindings(factors: IepContent['specialFactors'], student: StudentFactsForPlan): Finding[] {
  const out: Finding[] = [];
  const factorRequiredYes = expectedFactors(student);
  for (const key of Object.keys(FACTOR_LABEL) as SpecialFactorKey[]) {
    const f = factors[key];
    const path = `specialFactors.${key}`;
    const factor = { factor: key };
    if (f.needed === null)
      out.push(
        err(
          `special_factors.${key}.considered`,
          FACTOR_CITATION[key],
          `${path}.needed`,
          `Record whether the team considered ${FACTOR_LABEL[key]} and whether it is needed.`,
          factor,
        ),
      );
    else if (f.needed && blank(f.howAddressed))
      out.push(
        err(
          `special_factors.${key}.how`,
          FACTOR_CITATION[key],
          `${path}.howAddressed`,
          `Say how ${FACTOR_LABEL[key]} will be addressed.`,
          factor,
        ),
      );
    if (factorRequiredYes[key] && f.needed === false)
      out.push(
        warn(
          `special_factors.${key}.expected`,
          FACTOR_CITATION[key],
          `${path}.needed`,
          `The student's record suggests ${FACTOR_LABEL[key]} applies; confirm the team's decision.`,
          factor,
        ),
      );
  }
  return out;
}
