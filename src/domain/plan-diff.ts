/**
 * A readable diff between two versions of a plan (an amendment against the plan it amends, or two annual
 * IEPs): changes by section, list items matched by their id, long texts compared whole. Pure.
 */
export interface PlanChange {
  section: string;
  /** Path within the plan, e.g. 'goals[g2].text' (items are named by id, not position). */
  path: string;
  change: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
}

type Json = unknown;
const isObj = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasIds = (v: Json): v is { id: string }[] => Array.isArray(v) && v.every((x) => isObj(x) && typeof x.id === 'string');

function walk(section: string, path: string, a: Json, b: Json, out: PlanChange[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (a === undefined) {
    out.push({ section, path, change: 'added', before: undefined, after: b });
    return;
  }
  if (b === undefined) {
    out.push({ section, path, change: 'removed', before: a, after: undefined });
    return;
  }
  if (hasIds(a) && hasIds(b)) {
    const before = new Map(a.map((x) => [x.id, x]));
    const after = new Map(b.map((x) => [x.id, x]));
    for (const id of new Set([...before.keys(), ...after.keys()])) walk(section, `${path}[${id}]`, before.get(id), after.get(id), out);
    return;
  }
  if (isObj(a) && isObj(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk(section, `${path}.${k}`, a[k], b[k], out);
    return;
  }
  out.push({ section, path, change: 'changed', before: a, after: b });
}

/** Changes from `before` to `after`; both are { dates, content }. */
export function diffPlans(before: { dates: Record<string, Json>; content: Record<string, Json> }, after: { dates: Record<string, Json>; content: Record<string, Json> }): PlanChange[] {
  const out: PlanChange[] = [];
  walk('dates', 'dates', before.dates, after.dates, out);
  for (const section of new Set([...Object.keys(before.content), ...Object.keys(after.content)])) {
    walk(section, section, before.content[section], after.content[section], out);
  }
  return out;
}
