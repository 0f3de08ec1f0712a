/** The goal bank's codes: the areas a goal is filed under and the grade bands it is written for (the API's order). */
export const GOAL_AREAS = [
  'reading',
  'writing',
  'math',
  'communication',
  'social_emotional',
  'behavior',
  'motor',
  'adaptive',
  'executive_function',
  'transition',
] as const;
export type GoalArea = (typeof GOAL_AREAS)[number];
/** Youngest first. */
export const GRADE_BANDS = ['PK', 'K-2', '3-5', '6-8', '9-12'] as const;
export type GradeBand = (typeof GRADE_BANDS)[number];
