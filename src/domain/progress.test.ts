import { describe, expect, it } from 'vitest';
import { entriesForGoals, progressFindings } from './progress';

const goals = [
  { id: 'g1', area: 'Reading' },
  { id: 'g2', area: 'Articulation' },
];

describe('progress reports (300.320(a)(3)(ii))', () => {
  it('has one entry per goal, keeping what was written', () => {
    expect(
      entriesForGoals(goals, [
        { goalId: 'g2', rating: 'sufficient', note: 'x' },
        { goalId: 'old', rating: 'mastered', note: '' },
      ]),
    ).toEqual([
      { goalId: 'g1', rating: null, note: '' },
      { goalId: 'g2', rating: 'sufficient', note: 'x' },
    ]);
  });
  it('needs a rating for every goal', () => {
    expect(progressFindings(goals, [{ goalId: 'g1', rating: 'sufficient', note: '' }]).map((f) => f.path)).toEqual([
      'entries.1.rating',
    ]);
    expect(
      progressFindings(goals, [
        { goalId: 'g1', rating: 'sufficient', note: '' },
        { goalId: 'g2', rating: 'mastered', note: '' },
      ]),
    ).toEqual([]);
  });
  it('needs a note when progress is not enough', () => {
    for (const rating of ['insufficient', 'regression'] as const) {
      expect(
        progressFindings(goals, [
          { goalId: 'g1', rating, note: ' ' },
          { goalId: 'g2', rating: 'mastered', note: '' },
        ]).map((f) => f.path),
      ).toEqual(['entries.0.note']);
      expect(
        progressFindings(goals, [
          { goalId: 'g1', rating, note: 'Probes flat at 60 wcpm; adding a second session.' },
          { goalId: 'g2', rating: 'mastered', note: '' },
        ]),
      ).toEqual([]);
    }
  });
  it('refuses a plan without goals, and entries for goals not in the plan', () => {
    expect(progressFindings([], [])[0]!.path).toBe('entries');
    expect(
      progressFindings(
        [goals[0]!],
        [
          { goalId: 'g1', rating: 'mastered', note: '' },
          { goalId: 'zz', rating: 'mastered', note: '' },
        ],
      ),
    ).toHaveLength(1);
  });
});
