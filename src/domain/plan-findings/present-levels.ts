/** Findings on an IEP's present levels of academic achievement and functional performance (300.320(a)(1); 300.324(a)(1)). */
import type { IepContent } from '../plan';
import { blank, err, warn, type Finding } from './finding';

export function presentLevelsFindings(pl: IepContent['presentLevels']): Finding[] {
  const out: Finding[] = [];
  if (blank(pl.academic))
    out.push(
      err(
        'present_levels.academic',
        '34 CFR 300.320(a)(1)',
        'presentLevels.academic',
        'Describe the present levels of academic achievement.',
      ),
    );
  if (blank(pl.functional))
    out.push(
      err(
        'present_levels.functional',
        '34 CFR 300.320(a)(1)',
        'presentLevels.functional',
        'Describe the present levels of functional performance.',
      ),
    );
  if (blank(pl.impactOnGeneralCurriculum))
    out.push(
      err(
        'present_levels.impact',
        '34 CFR 300.320(a)(1)(i)',
        'presentLevels.impactOnGeneralCurriculum',
        "Say how the disability affects the child's involvement and progress in the general education curriculum.",
      ),
    );
  if (blank(pl.strengths))
    out.push(
      warn(
        'present_levels.strengths',
        '34 CFR 300.324(a)(1)(i)',
        'presentLevels.strengths',
        "The team must consider the child's strengths.",
      ),
    );
  if (blank(pl.parentConcerns))
    out.push(
      warn(
        'present_levels.parent_concerns',
        '34 CFR 300.324(a)(1)(ii)',
        'presentLevels.parentConcerns',
        "The team must consider the parents' concerns for enhancing their child's education.",
      ),
    );
  return out;
}
