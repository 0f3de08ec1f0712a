/**
 * What a finding on a plan is (src/domain/plan-rules.ts composes them): a stable code (`rule`, listed in
 * PLAN_FINDING_RULES), its citation, severity, the path of the field it is about, and `params` — the numbers and ISO
 * days its words need. `message` is the same in English, for a client that does not know the code.
 */
import type { IsoDate } from '../dates';

export type Severity = 'error' | 'warning';
/** The values a finding's words need: numbers, ISO days ('YYYY-MM-DD'), codes, lists of codes. */
export type FindingParams = Record<string, string | number | boolean | null | string[]>;
export interface Finding {
  rule: string;
  citation: string;
  severity: Severity;
  /** JSON path into the plan, e.g. 'goals[2].text'. */
  path: string;
  message: string;
  params: FindingParams;
}

export interface StudentFactsForPlan {
  dateOfBirth: IsoDate;
  englishLearner: boolean;
  primaryDisability: string | null;
  secondaryDisability: string | null;
}

export const blank = (s: string | null | undefined) => !s || s.trim() === '';

export function err(
  rule: string,
  citation: string,
  path: string,
  message: string,
  params: FindingParams = {},
): Finding {
  return { rule, citation, severity: 'error', path, message, params };
}
export function warn(
  rule: string,
  citation: string,
  path: string,
  message: string,
  params: FindingParams = {},
): Finding {
  return { rule, citation, severity: 'warning', path, message, params };
}
