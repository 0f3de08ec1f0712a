import type { GoalArea, GradeBand } from '../../domain/goal-bank';
import crypto from 'node:crypto';
import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { checkGoal } from '../../domain/goals';
import { goalBankAbilities } from '../../policy/goal-bank';
import { STARTER_GOALS } from './starter';

export interface GoalBankFilter {
  q?: string | undefined;
  area?: string | undefined;
  gradeBand?: string | undefined;
}

/** The starter bank and the district's own goals, filtered. Not student records: not audited. */
export async function searchGoalBank(handle: DataHandle, f: GoalBankFilter) {
  return handle.read(async (scope) => {
    if (!goalBankAbilities(scope.actor).read) throw new AppError('NOT_FOUND', 'No goal bank here.');
    const q = f.q?.toLowerCase();
    const starter = STARTER_GOALS.filter(
      (g) =>
        (!f.area || g.area === f.area) &&
        (!f.gradeBand || g.gradeBand === f.gradeBand) &&
        (!q || g.text.toLowerCase().includes(q)),
    );
    const district = await scope.goalBank.list(f);
    return {
      data: [
        ...district.map((g) => ({ ...g, source: 'district' as const })),
        ...starter.map((g) => ({ ...g, source: 'starter' as const })),
      ],
    };
  });
}

/** Adds a goal to the district's bank; only measurable goals are accepted. */
export async function addToGoalBank(
  handle: DataHandle,
  input: { area: GoalArea; gradeBand: GradeBand; text: string; measurement: string },
) {
  const check = checkGoal(input.text);
  if (!check.measurable) {
    throw new AppError('RULE_VIOLATION', 'Only measurable goals go in the bank (34 CFR 300.320(a)(2)(i)).', [
      {
        path: 'text',
        message: `Missing: ${check.missing.join(', ')}.${check.vagueVerbs.length ? ` Not observable: ${check.vagueVerbs.join(', ')}.` : ''}`,
      },
    ]);
  }
  return handle.run(async (scope) => {
    if (!goalBankAbilities(scope.actor).add)
      throw new AppError('FORBIDDEN', 'Your role does not add goals to the bank.');
    const row = { id: crypto.randomUUID(), ...input };
    await scope.goalBank.add(row);
    return { ...row, source: 'district' as const };
  });
}
