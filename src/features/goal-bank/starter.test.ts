import { describe, expect, it } from 'vitest';
import { checkGoal } from '../../domain/goals';
import { GOAL_AREAS, GRADE_BANDS, STARTER_GOALS } from './starter';

describe('the starter goal bank', () => {
  it.each(STARTER_GOALS.map((g) => [g.id, g.text]))('%s is measurable', (_id, text) => {
    const r = checkGoal(text);
    expect(r.missing).toEqual([]);
    expect(r.vagueVerbs).toEqual([]);
  });
  it('covers every area, every grade band, and has unique ids', () => {
    expect(new Set(STARTER_GOALS.map((g) => g.area))).toEqual(new Set(GOAL_AREAS));
    expect(new Set(STARTER_GOALS.map((g) => g.gradeBand))).toEqual(new Set(GRADE_BANDS));
    expect(new Set(STARTER_GOALS.map((g) => g.id)).size).toBe(STARTER_GOALS.length);
  });
});
