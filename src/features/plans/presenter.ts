/** Plans as the caller may see them: only the sections their abilities list. */
import type { ScopedPlan } from '../../db/plans-repo';
import { environmentCode, type Setting } from '../../domain/placement';

export function presentPlanSummary({ plan, abilities }: ScopedPlan) {
  return {
    id: plan.id,
    studentId: plan.studentId,
    type: plan.type,
    status: plan.status,
    amendmentOf: plan.amendmentOf,
    amendmentMethod: plan.amendmentMethod,
    dates: plan.dates,
    sharedWithFamily: plan.sharedWithFamily,
    version: plan.version,
    updatedAt: plan.updatedAt,
    finalizedAt: plan.finalizedAt,
    inEffectFrom: plan.inEffectFrom,
    endedOn: plan.endedOn,
    endReason: plan.endReason,
    basedOn: plan.basedOn,
    withdrawn: plan.withdrawn,
    abilities: { ...abilities, viewSections: [...abilities.viewSections], editSections: [...abilities.editSections] },
  };
}

export function presentPlan(s: ScopedPlan) {
  const content: Record<string, unknown> = {};
  for (const section of s.abilities.viewSections) {
    if (section === 'dates') continue; // dates are top-level
    if (section in s.plan.content) content[section] = s.plan.content[section];
  }
  const placement = s.plan.content.placement as
    { setting?: Setting; regularClassMinutesPerWeek?: number | null; schoolMinutesPerWeek?: number | null } | undefined;
  const code =
    s.plan.type === 'iep' && placement?.setting && s.abilities.viewSections.includes('placement')
      ? environmentCode(
          placement.setting,
          placement.regularClassMinutesPerWeek ?? -1,
          placement.schoolMinutesPerWeek ?? 0,
        )
      : null;
  return { ...presentPlanSummary(s), content, environmentCode: code };
}
