/** Findings on an IEP's measurable annual goals and progress reporting (300.320(a)(2), (a)(3)). */
import { checkGoal } from '../goals';
import type { IepContent } from '../plan';
import { blank, err, warn, type Finding } from './finding';

type Goal = IepContent['goals'][number];

/** One goal: written, measurable, with a baseline, a measure and (on the alternate assessment) objectives. */
function goalFindings(g: Goal, p: string, alternate: boolean): Finding[] {
  const out: Finding[] = [];
  if (blank(g.text)) out.push(err('goals.text', '34 CFR 300.320(a)(2)(i)', `${p}.text`, 'Write the annual goal.'));
  else {
    const check = checkGoal(g.text);
    if (!check.measurable)
      out.push(
        err(
          'goals.measurable',
          '34 CFR 300.320(a)(2)(i)',
          `${p}.text`,
          `This goal is not measurable yet: missing ${check.missing.join(', ')}.${check.vagueVerbs.length ? ` "${check.vagueVerbs.join('", "')}" cannot be observed.` : ''}`,
          {
            missing: [...check.missing],
            vagueVerbs: [...check.vagueVerbs],
          },
        ),
      );
  }
  if (blank(g.baseline))
    out.push(
      warn(
        'goals.baseline',
        '34 CFR 300.320(a)(1)',
        `${p}.baseline`,
        'Give a baseline from the present levels, so progress can be measured against it.',
      ),
    );
  if (blank(g.measurement))
    out.push(
      err(
        'goals.measurement',
        '34 CFR 300.320(a)(3)(i)',
        `${p}.measurement`,
        'Say how progress toward this goal will be measured.',
      ),
    );
  if (alternate && g.objectives.filter((o) => !blank(o.text)).length === 0)
    out.push(
      err(
        'goals.objectives',
        '34 CFR 300.320(a)(2)(ii)',
        `${p}.objectives`,
        'A student who takes the alternate assessment needs short-term objectives or benchmarks for each goal.',
      ),
    );
  return out;
}

export function goalsFindings(c: Pick<IepContent, 'goals' | 'assessments' | 'progressReporting'>): Finding[] {
  const alternate = c.assessments.some((a) => a.participation === 'alternate');
  return [
    ...(c.goals.length === 0
      ? [err('goals.none', '34 CFR 300.320(a)(2)(i)', 'goals', 'An IEP needs measurable annual goals.')]
      : []),
    ...c.goals.flatMap((g, i) => goalFindings(g, `goals[${i}]`, alternate)),
    ...(blank(c.progressReporting.frequency)
      ? [
          err(
            'progress_reporting.frequency',
            '34 CFR 300.320(a)(3)(ii)',
            'progressReporting.frequency',
            'Say when periodic reports on progress will be provided to the parents.',
          ),
        ]
      : []),
  ];
}
