/**
 * Progress reports to parents (34 CFR 300.320(a)(3)(ii)): for each annual goal, the progress the child is making
 * and whether it is sufficient to achieve the goal by the end of the year. Pure.
 */
import type { Goal } from './plan';

export const PROGRESS_RATINGS = ['mastered', 'sufficient', 'insufficient', 'not_yet_introduced', 'regression'] as const;
export type ProgressRating = (typeof PROGRESS_RATINGS)[number];

export interface ProgressEntry {
  goalId: string;
  rating: ProgressRating | null;
  /** What the data show, in words a parent understands. */
  note: string;
}

export const PROGRESS_CITATION = '34 CFR 300.320(a)(3)(ii)';

/** One entry per goal of the plan, in the plan's order: the entries kept for goals still in the plan, blank ones for the rest. */
export function entriesForGoals(
  goals: readonly Pick<Goal, 'id'>[],
  existing: readonly ProgressEntry[] = [],
): ProgressEntry[] {
  const byGoal = new Map(existing.map((e) => [e.goalId, e]));
  return goals.map((g) => byGoal.get(g.id) ?? { goalId: g.id, rating: null, note: '' });
}

/**
 * What stops a report from being issued: a goal without a rating; a rating that says progress is not enough
 * (insufficient, regression) without a note saying what the data show and what the team will do.
 */
export function progressFindings(
  goals: readonly Pick<Goal, 'id' | 'area'>[],
  entries: readonly ProgressEntry[],
): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (goals.length === 0)
    out.push({ path: 'entries', message: `The plan has no annual goals to report on (${PROGRESS_CITATION}).` });
  goals.forEach((g, i) => {
    const e = entries.find((x) => x.goalId === g.id);
    if (!e || e.rating === null)
      out.push({
        path: `entries.${i}.rating`,
        message: `Rate the progress on the goal "${g.area || g.id}" (${PROGRESS_CITATION}).`,
      });
    else if ((e.rating === 'insufficient' || e.rating === 'regression') && e.note.trim() === '')
      out.push({
        path: `entries.${i}.note`,
        message: `Progress on "${g.area || g.id}" is not enough to meet the goal: say what the data show and what the team will do.`,
      });
  });
  for (const e of entries)
    if (!goals.some((g) => g.id === e.goalId))
      out.push({ path: 'entries', message: `No goal ${e.goalId} in this plan.` });
  return out;
}
