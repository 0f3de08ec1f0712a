/**
 * Findings on an IEP's placement and least restrictive environment (300.320(a)(5), 300.114, 300.117) and its
 * extended school year determination (300.106).
 */
import { environmentCode } from '../placement';
import type { IepContent } from '../plan';
import { blank, err, warn, type Finding } from './finding';

export function placementFindings(pm: IepContent['placement']): Finding[] {
  const out: Finding[] = [];
  if (pm.setting === 'regular_school') {
    if (
      pm.regularClassMinutesPerWeek === null ||
      pm.schoolMinutesPerWeek === null ||
      environmentCode(pm.setting, pm.regularClassMinutesPerWeek, pm.schoolMinutesPerWeek) === null
    )
      out.push(
        err(
          'placement.minutes',
          '34 CFR 300.320(a)(5)',
          'placement',
          'Give the minutes in the regular class and the minutes of the school week (regular-class minutes cannot exceed the week).',
        ),
      );
  }
  const removed =
    pm.setting !== 'regular_school' ||
    (pm.regularClassMinutesPerWeek !== null &&
      pm.schoolMinutesPerWeek !== null &&
      pm.regularClassMinutesPerWeek < pm.schoolMinutesPerWeek);
  if (removed && blank(pm.nonParticipationExplanation))
    out.push(
      err(
        'placement.non_participation',
        '34 CFR 300.320(a)(5)',
        'placement.nonParticipationExplanation',
        'Explain the extent, if any, to which the child will not participate with non-disabled children in the regular class.',
      ),
    );
  if (blank(pm.extracurricular))
    out.push(
      warn(
        'placement.extracurricular',
        '34 CFR 300.117',
        'placement.extracurricular',
        'Say how the child will take part in extracurricular and nonacademic activities with non-disabled peers.',
      ),
    );
  return out;
}

export function esyFindings(esy: IepContent['esy']): Finding[] {
  const out: Finding[] = [];
  if (esy.determination === null)
    out.push(
      warn(
        'esy.determination',
        '34 CFR 300.106',
        'esy.determination',
        'Record whether extended school year services are needed.',
      ),
    );
  if (esy.determination === 'needed' && blank(esy.services))
    out.push(err('esy.services', '34 CFR 300.106', 'esy.services', 'Describe the extended school year services.'));
  return out;
}
