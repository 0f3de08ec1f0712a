/**
 * The goal bank in the plan editor: what the picker (GoalBankPicker.tsx) and the "save to the bank"
 * action (GoalBankSave.tsx) share: the labels of the bank's areas and grade bands, the band a student's
 * grade falls in. Who may add to the district's bank comes from /me (`addToGoalBank`, src/policy/goal-bank.ts).
 */
import { useT } from '../i18n';
import { GOAL_BANK_AREAS, GRADE_BANDS, type BankGoal, type GoalBankArea, type GradeBand } from '../types';
import type { Option } from './fields';

type T = ReturnType<typeof useT>;

export function areaLabel(t: T, area: GoalBankArea): string {
  return t(`goalBank.area.${area}`);
}

export function gradeBandLabel(t: T, band: GradeBand): string {
  return t(`goalBank.gradeBand.${band}`);
}

export function sourceLabel(t: T, source: BankGoal['source']): string {
  return t(`goalBank.source.${source}`);
}

export function areaOptions(t: T): Option<GoalBankArea>[] {
  return GOAL_BANK_AREAS.map((a) => ({ value: a, label: areaLabel(t, a) }));
}

export function gradeBandOptions(t: T): Option<GradeBand>[] {
  return GRADE_BANDS.map((b) => ({ value: b, label: gradeBandLabel(t, b) }));
}

/** The band a grade (CEDS code: PS, KG, 01–12, UG) falls in; none for ungraded or unknown. */
export function gradeBandOf(grade: string | null | undefined): GradeBand | null {
  if (!grade) return null;
  if (grade === 'PS') return 'PK';
  if (grade === 'KG') return 'K-2';
  if (!/^\d{1,2}$/.test(grade)) return null;
  const n = Number(grade);
  if (n >= 1 && n <= 2) return 'K-2';
  if (n >= 3 && n <= 5) return '3-5';
  if (n >= 6 && n <= 8) return '6-8';
  if (n >= 9 && n <= 12) return '9-12';
  return null;
}

/** The bank area a goal's free-text area names (its label in the reader's language, or the code), if any. */
export function areaFromText(t: T, text: string): GoalBankArea | null {
  const wanted = text.trim().toLocaleLowerCase();
  if (!wanted) return null;
  return GOAL_BANK_AREAS.find((a) => a === wanted || areaLabel(t, a).toLocaleLowerCase() === wanted) ?? null;
}
