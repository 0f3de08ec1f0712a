import { describe, expect, it } from 'vitest';
import { postsecondaryGoalsFrom, SOP_REQUIRED, sopProblems } from './summary-of-performance';

describe('the summary of performance (34 CFR 300.305(e)(3))', () => {
  const full = {
    academicAchievement: 'a',
    functionalPerformance: 'b',
    postsecondaryGoals: 'c',
    recommendations: 'd',
    studentPerspective: '',
  };
  it('needs academic achievement, functional performance, the postsecondary goals and recommendations; the student’s view is optional', () => {
    expect(sopProblems(full)).toEqual([]);
    expect(SOP_REQUIRED).not.toContain('studentPerspective');
    for (const f of SOP_REQUIRED) {
      const problems = sopProblems({ ...full, [f]: '  ' });
      expect(problems.map((p) => p.path)).toEqual([f]);
      expect(problems[0]!.message).toContain('34 CFR 300.305(e)(3)');
    }
    expect(sopProblems({}).map((p) => p.path)).toEqual(SOP_REQUIRED);
  });
  it('starts from the IEP’s postsecondary goals (300.320(b)(1)), blank ones left out', () => {
    expect(
      postsecondaryGoalsFrom({ educationTrainingGoal: 'College', employmentGoal: ' Work ', independentLivingGoal: '' }),
    ).toBe('College\nWork');
    expect(postsecondaryGoalsFrom(undefined)).toBe('');
  });
});
