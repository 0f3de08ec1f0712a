/**
 * Words for a plan's findings (src/domain/plan-rules.ts): each finding arrives as a code with the values its words
 * need (`params`: ages, ISO days, codes), and the response says which day it was computed for (`asOf`). Here a finding
 * becomes text in the reader's language from the catalogue (src/documents/messages/areas/planFindings.*.ts): days as
 * dates in that language (ICU `{x, date, long}`), and the tense chosen against `asOf` — "turned 16 on October 28,
 * 2025" for a birthday before that day, "turns 16 on …" from that day on — never against the browser's clock.
 * The API's English `message` is shown only for a code this build does not know. Pure — no React — so a test can
 * render every code with both catalogues.
 */
import { PLAN_FINDING_RULES, type PlanFindingRule } from '../../../src/domain/plan-rules';

export const isPlanFindingRule = (code: string): code is PlanFindingRule =>
  (PLAN_FINDING_RULES as readonly string[]).includes(code);

export interface PlanFindingFormat {
  /** A catalogue message with its values, or null when the catalogue has no such key. */
  message(key: string, values?: Record<string, string | number>): string | null;
  /** Items as a list in the reader's language ("a, b and c" / "a, b y c"). */
  list(items: string[]): string;
  /** The reader's language tag, for lower-casing labels inside a sentence. */
  locale: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO day as the value of an ICU `{x, date, long}`: noon UTC, so the day reads the same in every US time zone. */
export function dayValue(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, 12);
}

/** 'past' when the day is before `asOf` (the server's day), 'future' from that day on. */
export const tenseOf = (day: string, asOf: string): 'past' | 'future' => (day < asOf ? 'past' : 'future');

/** The catalogue key of a finding code: the special factors share three messages, naming the factor. */
export function planFindingKey(code: PlanFindingRule): string {
  const factor = /^special_factors\.\w+\.(considered|how|expected)$/.exec(code);
  return factor ? `plan.finding.special_factors.${factor[1]}` : `plan.finding.${code}`;
}

/** The rules whose words start with why an age applies (`plan.finding.turns`). */
const WITH_WHY = new Set<string>([
  'transition.assessments',
  'transition.education_goal',
  'transition.employment_goal',
  'transition.services',
  'transition.course_of_study',
  'age_of_majority.informed',
  'eligibility.developmental_delay_age',
]);

/**
 * A finding's words in the reader's language, or null when this build does not know its code or its params are not
 * what the code needs (the screen then shows the API's `message`).
 */
export function planFindingText(
  f: { code: string; params: Record<string, unknown> },
  asOf: string,
  fmt: PlanFindingFormat,
): string | null {
  if (!isPlanFindingRule(f.code)) return null;
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(f.params)) {
    if (typeof v === 'number') values[k] = v;
    else if (typeof v === 'string') values[k] = ISO_DAY.test(v) ? dayValue(v) : v;
  }
  const label = (key: string) => {
    const text = fmt.message(key);
    return text === null ? null : text;
  };
  const factor = /^special_factors\.(\w+)\./.exec(f.code)?.[1];
  if (factor) {
    const name = label(`plan.factor.${factor}`);
    if (name === null) return null;
    values.factor = name;
  }
  if (f.code === 'goals.measurable' || f.code === 'services.frequency_location_duration') {
    const missing = Array.isArray(f.params.missing)
      ? f.params.missing.filter((x): x is string => typeof x === 'string')
      : [];
    const prefix = f.code === 'goals.measurable' ? 'plan.goalCheck.component' : 'plan.finding.part';
    const names = missing.map((m) => label(`${prefix}.${m}`));
    const present = names.filter((n): n is string => n !== null);
    if (names.length === 0 || present.length < names.length) return null;
    values.missing = fmt.list(
      present.map((n) => (f.code === 'goals.measurable' ? n.toLocaleLowerCase(fmt.locale) : n)),
    );
  }
  try {
    if (WITH_WHY.has(f.code) && !(f.code === 'eligibility.developmental_delay_age' && f.params.uses === 'no')) {
      const turnsOn = f.params.turnsOn;
      if (typeof turnsOn !== 'string' || !ISO_DAY.test(turnsOn)) return null;
      const why = fmt.message('plan.finding.turns', { ...values, tense: tenseOf(turnsOn, asOf) });
      if (why === null) return null;
      values.why = why;
    }
    return fmt.message(planFindingKey(f.code), values);
  } catch {
    return null; // a value the message needs is missing: the API's English instead
  }
}
