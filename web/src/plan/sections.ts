/**
 * The sections of a plan as the editor shows them: their order, how to read one from the API's plan,
 * new list items, and the element ids that findings and error lists point at.
 */
import type {
  Accommodation,
  AssessmentParticipation,
  Goal,
  IepContent,
  Section504Content,
  Service,
} from '../../../src/domain/plan';
import type { AllSections, Finding, Plan, SectionKey } from '../types';

/** IEP sections in reading order (progress reporting follows the goals it reports on, 300.320(a)(3)). */
export const IEP_ORDER = [
  'dates',
  'presentLevels',
  'specialFactors',
  'goals',
  'progressReporting',
  'services',
  'accommodations',
  'assessments',
  'placement',
  'esy',
  'transition',
  'ageOfMajority',
] as const satisfies readonly (keyof IepContent | 'dates')[];

export const PLAN_504_ORDER = [
  'dates',
  'impairment',
  'majorLifeActivities',
  'accommodations',
  'reviewDate',
] as const satisfies readonly (keyof Section504Content | 'dates')[];

// Adding a section to the domain without placing it here fails to compile.
type Missing<All, Listed> = Exclude<All, Listed>;
type Assert<T extends true> = T;
/** Fails to compile when a section of either plan type is missing from its order. */
export type SectionOrdersComplete = [
  Assert<Missing<keyof IepContent, (typeof IEP_ORDER)[number]> extends never ? true : false>,
  Assert<Missing<keyof Section504Content, (typeof PLAN_504_ORDER)[number]> extends never ? true : false>,
];

export function sectionOrder(type: Plan['type']): readonly SectionKey[] {
  return type === 'iep' ? IEP_ORDER : PLAN_504_ORDER;
}

const SECTION_KEYS = new Set<string>([...IEP_ORDER, ...PLAN_504_ORDER]);
export function isSectionKey(v: string): v is SectionKey {
  return SECTION_KEYS.has(v);
}

/** A section's value in a plan from the API (the dates are top-level there), or undefined when the caller may not read it. */
export function sectionOf<K extends SectionKey>(plan: Plan, key: K): AllSections[K] | undefined {
  if (key === 'dates') return plan.dates as AllSections[K];
  // The server validated every section against the same domain types when it was saved.
  return plan.content[key] as AllSections[K] | undefined;
}

/** The sections shown: the readable ones, in order (dates always, as they are part of every plan's summary). */
export function visibleSections(plan: Plan): SectionKey[] {
  return sectionOrder(plan.type).filter((k) => k === 'dates' || k in plan.content);
}

export function canEditSection(plan: Plan, key: SectionKey): boolean {
  return plan.abilities.editSections.includes(key);
}

/** Structural equality of JSON values (the database may return object keys in another order). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return (
    ak.length === bk.length && ak.every((k) => Object.prototype.hasOwnProperty.call(bo, k) && sameJson(ao[k], bo[k]))
  );
}

/** An id for a new list item (the API keeps it; findings and providers' discipline checks follow items by it). */
export function newItemId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `i-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function newGoal(discipline: string | null): Goal {
  return { id: newItemId(), area: '', baseline: '', text: '', measurement: '', objectives: [], discipline };
}
export function newService(discipline: string | null): Service {
  return {
    id: newItemId(),
    kind: discipline ? 'related_service' : 'special_education',
    service: '',
    providerRole: '',
    minutesPerSession: null,
    sessions: null,
    per: null,
    location: null,
    locationDetail: '',
    startDate: null,
    endDate: null,
    discipline,
  };
}
export function newAccommodation(): Accommodation {
  return { id: newItemId(), kind: 'classroom', description: '', settings: '', responsibleStaff: '' };
}
export function newAssessment(): AssessmentParticipation {
  return { id: newItemId(), assessment: '', participation: null, alternateReason: '' };
}

// ---- Paths: 'goals[1].text' → the element that shows it ----

/** The id of the control for a path ('goals[1].text' → 'pf-goals-1-text'). */
export function fieldId(path: string): string {
  return `pf-${path.replace(/\[(\d+)\]/g, '.$1').replace(/\./g, '-')}`;
}

/** The id of a section's heading. */
export function sectionHeadingId(key: string): string {
  return `ps-${key}`;
}

/** The section a finding's path is in: its first segment ('goals[1].text' → 'goals'). */
export function sectionOfPath(path: string): string {
  return path.split(/[.[]/, 1)[0] ?? path;
}

/** 'goals[1].text' → ['goals[1].text', 'goals[1]', 'goals']: from the most precise to the section. */
function pathAncestors(path: string): string[] {
  const out: string[] = [];
  let p = path;
  while (p) {
    out.push(p);
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) break;
    p = p.slice(0, cut);
  }
  return out;
}

/** Moves focus to the control a path names, or the nearest thing around it (its item, its section's heading). */
export function focusPath(path: string): boolean {
  const candidates = [...pathAncestors(path).map(fieldId), sectionHeadingId(sectionOfPath(path))];
  for (const id of candidates) {
    const el = document.getElementById(id);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
      return true;
    }
  }
  return false;
}

/** Findings grouped by the section they concern, in the section order. */
export function findingsBySection(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = sectionOfPath(f.path);
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  }
  return map;
}
