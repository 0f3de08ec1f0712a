/**
 * Who may do what with a progress report. Built on the plan policy: nobody sees a report of a plan they may not
 * see. The family sees issued reports only; the case team writes drafts (a provider, the goals of their
 * discipline); the case manager or an administrator issues them.
 */
import type { Actor } from './actor';
import type { PlanAbilities } from './plan';

export interface ProgressAbilities {
  view: boolean;
  /** Start a report and edit a draft (`goalsOf`: which goals' entries; null = all). */
  edit: boolean;
  issue: boolean;
}

export function progressAbilities(
  actor: Actor,
  plan: Pick<PlanAbilities, 'view' | 'finalize' | 'editSections' | 'viewSections'>,
  report: { status: 'draft' | 'issued' } | null,
): ProgressAbilities {
  if (!plan.view || !plan.viewSections.includes('goals')) return { view: false, edit: false, issue: false };
  const manage = actor.role === 'district_admin' || actor.role === 'principal' || actor.role === 'case_manager';
  const team = manage || actor.role === 'provider';
  const draft = report === null || report.status === 'draft';
  return {
    // A general education teacher implements the goals but does not receive the reports sent to the family.
    view:
      team ||
      ((actor.role === 'guardian' || actor.role === 'student') && (report === null || report.status === 'issued')),
    edit: team && draft,
    issue: manage && draft,
  };
}

/** The goals whose entries the actor may write: all for the case team, those of their discipline for a provider. */
export function editableGoal(actor: Actor, goal: { discipline: string | null }): boolean {
  if (actor.role === 'provider') return goal.discipline !== null && goal.discipline === actor.discipline;
  return true;
}
