/**
 * A readable diff between two versions of a plan (an amendment against the plan it amends, or two annual
 * IEPs): changes by section, list items matched by their id, long texts compared whole. Pure.
 *
 * Each change names its section, the field within the section or list item (`field`), and for a change in a
 * list item, the item (`item`: which list, its id, its position and its own words — a goal's area, a service's
 * name), so a reader can label it in their language without the raw path.
 */
export interface PlanChangeItem {
  /** The section's list: 'goals', 'services', 'accommodations', 'assessments'. */
  list: string;
  id: string;
  /** Its position (0-based) in the newer plan, or in the older one for an item removed. */
  index: number;
  /** The item in its own words (a goal's area or text, a service, an accommodation, an assessment); '' when blank. */
  label: string;
}

export interface PlanChange {
  section: string;
  /** Path within the plan, e.g. 'goals[g2].text' (items are named by id, not position). */
  path: string;
  change: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
  /**
   * The field, relative to its list item or else its section: 'meetingDate', 'text', 'behavior.needed',
   * 'objectives[o1].text'; '' for a whole item or a whole section.
   */
  field: string;
  /** The list item the change is in, when it is in one. */
  item?: PlanChangeItem;
}

type Json = unknown;
const isObj = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasIds = (v: Json): v is { id: string }[] =>
  Array.isArray(v) && v.every((x) => isObj(x) && typeof x.id === 'string');

/** Which of an item's own fields name it, by list (the first one filled in). */
const ITEM_NAME_FIELDS: Record<string, readonly string[]> = {
  goals: ['area', 'text'],
  services: ['service'],
  accommodations: ['description'],
  assessments: ['assessment'],
};
const GENERIC_NAME_FIELDS = ['text', 'description', 'name'] as const;

function itemName(list: string, x: Json): string {
  if (!isObj(x)) return '';
  for (const f of ITEM_NAME_FIELDS[list] ?? GENERIC_NAME_FIELDS) {
    const v = x[f];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return '';
}

interface Where {
  section: string;
  path: string;
  /** Where the field part of the path starts. */
  fieldFrom: number;
  item?: PlanChangeItem;
}

function push(out: PlanChange[], at: Where, change: PlanChange['change'], before: Json, after: Json): void {
  const field = at.path.slice(at.fieldFrom).replace(/^\./, '');
  out.push({ section: at.section, path: at.path, change, before, after, field, ...(at.item ? { item: at.item } : {}) });
}

function walk(at: Where, a: Json, b: Json, out: PlanChange[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (a === undefined) {
    push(out, at, 'added', undefined, b);
    return;
  }
  if (b === undefined) {
    push(out, at, 'removed', a, undefined);
    return;
  }
  if (hasIds(a) && hasIds(b)) {
    const before = new Map(a.map((x, i) => [x.id, { x, i }]));
    const after = new Map(b.map((x, i) => [x.id, { x, i }]));
    // The section's own list (goals, services…) names the item; a list inside an item (a goal's objectives) stays a field of it.
    const top = at.item === undefined && at.path === at.section;
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      const path = `${at.path}[${id}]`;
      const now = after.get(id);
      const then = before.get(id);
      if (top) {
        const item: PlanChangeItem = {
          list: at.section,
          id,
          index: (now ?? then)?.i ?? 0,
          label: itemName(at.section, now?.x) || itemName(at.section, then?.x),
        };
        walk({ section: at.section, path, fieldFrom: path.length, item }, then?.x, now?.x, out);
      } else {
        walk({ ...at, path }, then?.x, now?.x, out);
      }
    }
    return;
  }
  if (isObj(a) && isObj(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)]))
      walk({ ...at, path: `${at.path}.${k}` }, a[k], b[k], out);
    return;
  }
  push(out, at, 'changed', a, b);
}

/** Changes from `before` to `after`; both are { dates, content }. */
export function diffPlans(
  before: { dates: Record<string, Json>; content: Record<string, Json> },
  after: { dates: Record<string, Json>; content: Record<string, Json> },
): PlanChange[] {
  const out: PlanChange[] = [];
  walk({ section: 'dates', path: 'dates', fieldFrom: 'dates'.length }, before.dates, after.dates, out);
  for (const section of new Set([...Object.keys(before.content), ...Object.keys(after.content)])) {
    walk({ section, path: section, fieldFrom: section.length }, before.content[section], after.content[section], out);
  }
  return out;
}
