/**
 * What an amendment changes, in the reader's language: the API (GET /plans/{id}/changes) names each change by its
 * path and raw values ('esy.determination', 'not_needed'); this turns one into the words the editor and the PDF
 * use — the section's heading, the field's label, the list item by its own words ("Goal: Reading fluency"), and
 * values as the reader writes them (dates, yes/no, the labels of codes). Pure: everything comes from `intl`.
 */
import type { IntlShape } from 'react-intl';
import { emptyIepContent } from '../../../src/domain/plan';
import type { PlanChangeItem } from '../../../src/domain/plan-diff';
import type { MessageId } from '../../../src/documents/messages';
import { isMessageId } from '../i18n';
import { disciplineLabel, formatIsoDate, planSectionLabel } from '../labels';
import { IEP_ORDER, newAccommodation, newAssessment, newGoal, newService, PLAN_504_ORDER } from './sections';

/** A change as the API sends it; `field` and `item` are absent from older servers (then derived from the path). */
export interface ChangeInput {
  section: string;
  path: string;
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
  field?: string;
  item?: PlanChangeItem;
}

export interface ChangeRow {
  /** Stable across renders (the path). */
  key: string;
  change: ChangeInput['change'];
  /** The section's heading. */
  section: string;
  /** The list item it is in ("Goal: Reading fluency", "Service 2"), or null. */
  item: string | null;
  /** The field's label ("Annual goal", "Meeting date"), or null for a whole item or section. */
  field: string | null;
  /** Added / Removed / Changed. */
  kind: string;
  before: string;
  after: string;
}

/** A value absent on one side (an item added or removed). */
export const ABSENT = '—';
const MAX_TEXT = 240;

/** The catalogue prefix of each section's field labels ('plan.goal' + '.text'). */
const FIELD_PREFIX: Record<string, string> = {
  dates: 'plan.field.dates',
  presentLevels: 'plan.field.presentLevels',
  goals: 'plan.goal',
  services: 'plan.service',
  accommodations: 'plan.accommodation',
  assessments: 'plan.assessment',
  placement: 'plan.placement',
  esy: 'plan.esy',
  transition: 'plan.transition',
  ageOfMajority: 'plan.ageOfMajority',
  progressReporting: 'plan.progressReporting',
};

/** A list item without words of its own is named by its position. */
const ITEM_HEADING: Record<string, MessageId> = {
  goals: 'plan.goal.heading',
  services: 'plan.service.heading',
  accommodations: 'plan.accommodation.heading',
  assessments: 'plan.assessment.heading',
};
const ITEM_NAMED: Record<string, MessageId> = {
  goals: 'plan.changes.item.goals',
  services: 'plan.changes.item.services',
  accommodations: 'plan.changes.item.accommodations',
  assessments: 'plan.changes.item.assessments',
};

/** Fields whose value is a code with a label in the catalogue: `${prefix}.${code}` (null → `.unset`, where the catalogue has it). */
const CODE_LABELS: Record<string, string> = {
  'esy.determination': 'plan.esy.determination',
  'services.kind': 'plan.serviceKind',
  'services.per': 'plan.service.per',
  'services.location': 'plan.location',
  'accommodations.kind': 'plan.accommodation.kind',
  'assessments.participation': 'plan.assessment.participation',
  'placement.setting': 'plan.placement.setting',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function msg(intl: IntlShape, id: string, fallback: string, values?: Record<string, string | number>): string {
  return isMessageId(id) ? intl.formatMessage({ id }, values) : fallback;
}

/** 'regularClassMinutesPerWeek' → "Regular class minutes per week": never a raw key, even for a field the catalogue lacks. */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A service named by a catalogue code ('speech_language_therapy') reads as words, as in the PDF. */
function serviceName(service: string): string {
  return /^[a-z0-9]+(_[a-z0-9]+)+$/.test(service) ? humanize(service) : service;
}

function clip(s: string): string {
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s;
}

/** 'goals[g1].objectives[o1].text' in section 'goals' with item g1 → 'objectives[o1].text' (when the API did not say). */
function fieldOf(c: ChangeInput): string {
  if (c.field !== undefined) return c.field;
  let rest = c.path.startsWith(c.section) ? c.path.slice(c.section.length) : c.path;
  if (ITEM_HEADING[c.section]) rest = rest.replace(/^\[[^\]]*\]/, '');
  return rest.replace(/^\./, '');
}

/** The names in a field path, without item ids: 'objectives[o1].text' → ['objectives', 'text']. */
function fieldNames(field: string): string[] {
  return field
    .replace(/\[[^\]]*\]/g, '')
    .split('.')
    .filter(Boolean);
}

/** The list item a change is in, in words: "Goal: Reading fluency", or "Goal 2" for one without words. */
export function itemLabel(intl: IntlShape, item: PlanChangeItem): string {
  const label = item.label.trim();
  if (label) {
    const named = ITEM_NAMED[item.list];
    const words = clip(item.list === 'services' ? serviceName(label) : label);
    return named ? intl.formatMessage({ id: named }, { label: words }) : words;
  }
  const heading = ITEM_HEADING[item.list];
  return heading ? intl.formatMessage({ id: heading }, { number: item.index + 1 }) : planSectionLabel(intl, item.list);
}

/** The label of a field within its section or item: 'meetingDate' in dates → "Meeting date"; 'behavior.needed' → "Behavior that impedes learning · The team’s decision". */
export function fieldLabel(intl: IntlShape, section: string, field: string): string | null {
  const names = fieldNames(field);
  const [first, second] = names;
  if (!first) return null;
  if (section === 'specialFactors') {
    const factor = msg(intl, `plan.factor.${first}`, humanize(first));
    return second ? `${factor} · ${msg(intl, `plan.factor.${second}`, humanize(second))}` : factor;
  }
  const prefix = FIELD_PREFIX[section];
  return prefix ? msg(intl, `${prefix}.${first}`, humanize(first)) : humanize(first);
}

/** A value as a short line of text, in the reader's words. `section` and `field` say what it is. */
export function formatValue(intl: IntlShape, section: string, field: string, v: unknown): string {
  if (v === undefined) return ABSENT;
  const names = fieldNames(field);
  const last = names[names.length - 1] ?? '';
  const first = names[0] ?? '';
  // Codes with labels (including "not decided yet" for a decision not made).
  const codes = CODE_LABELS[`${section}.${first}`];
  if (codes && names.length === 1 && (typeof v === 'string' || v === null)) {
    return msg(
      intl,
      `${codes}.${v ?? 'unset'}`,
      v === null ? intl.formatMessage({ id: 'plan.read.empty' }) : humanize(v),
    );
  }
  if (section === 'specialFactors' && last === 'needed' && (typeof v === 'boolean' || v === null)) {
    return intl.formatMessage({
      id: v === null ? 'plan.factor.unset' : v ? 'plan.factor.isNeeded' : 'plan.factor.notNeeded',
    });
  }
  if (first === 'discipline' && names.length === 1 && (typeof v === 'string' || v === null))
    return disciplineLabel(intl, v);
  if (v === null || v === '' || (typeof v === 'string' && !v.trim()))
    return intl.formatMessage({ id: 'plan.read.empty' });
  if (typeof v === 'boolean') return intl.formatMessage({ id: v ? 'common.yes' : 'common.no' });
  if (typeof v === 'number') return intl.formatNumber(v);
  if (typeof v === 'string') {
    if (ISO_DATE.test(v)) return formatIsoDate(intl, v);
    if (section === 'services' && first === 'service') return serviceName(v);
    return clip(v);
  }
  if (Array.isArray(v)) {
    const parts = v
      .map((x) => formatValue(intl, section, field, x))
      .filter((x) => x !== intl.formatMessage({ id: 'plan.read.empty' }));
    return parts.length ? clip(parts.join('; ')) : intl.formatMessage({ id: 'plan.read.empty' });
  }
  if (typeof v === 'object') return clip(summarize(intl, section, names, v as Record<string, unknown>));
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- only undefined, a bigint, symbol or function is left
  return clip(String(v));
}

/** A whole object (an item added or removed, an objective, a special factor) as one line. */
function summarize(intl: IntlShape, section: string, names: readonly string[], o: Record<string, unknown>): string {
  const text = (k: string) => (typeof o[k] === 'string' ? o[k].trim() : '');
  const join = (parts: (string | null | undefined)[]) =>
    parts.filter((p): p is string => !!p && !!p.trim()).join(' · ') || intl.formatMessage({ id: 'plan.read.empty' });
  const code = (prefix: string, v: unknown) =>
    typeof v === 'string' ? msg(intl, `${prefix}.${v}`, humanize(v)) : null;
  const [first] = names;
  if (first === 'objectives') return join([text('text')]);
  if (section === 'specialFactors' && 'needed' in o)
    return join([formatValue(intl, 'specialFactors', 'needed', o.needed), text('howAddressed')]);
  if (first === undefined) {
    // A whole list item.
    switch (section) {
      case 'goals':
        return join([text('text') || text('area')]);
      case 'services': {
        const { minutesPerSession: minutes, sessions, per } = o;
        const frequency =
          typeof minutes === 'number' && typeof sessions === 'number' && (per === 'week' || per === 'month')
            ? intl.formatMessage({ id: 'plan.service.frequency' }, { minutes, sessions, per })
            : null;
        return join([serviceName(text('service')), frequency, code('plan.location', o.location)]);
      }
      case 'accommodations':
        return join([text('description'), code('plan.accommodation.kind', o.kind)]);
      case 'assessments':
        return join([text('assessment'), formatValue(intl, 'assessments', 'participation', o.participation ?? null)]);
    }
  }
  // Any other record (a whole section that appears or goes): its filled-in fields, labelled.
  return join(
    Object.entries(o)
      .filter(
        ([k, v]) =>
          k !== 'id' && v !== null && v !== '' && v !== undefined && (typeof v !== 'object' || Array.isArray(v)),
      )
      .map(([k, v]) => `${fieldLabel(intl, section, k) ?? humanize(k)}: ${formatValue(intl, section, k, v)}`),
  );
}

/** One change as the table shows it. */
export function describeChange(intl: IntlShape, c: ChangeInput): ChangeRow {
  const field = fieldOf(c);
  return {
    key: c.path,
    change: c.change,
    section: planSectionLabel(intl, c.section),
    item: c.item ? itemLabel(intl, c.item) : null,
    field: fieldLabel(intl, c.section, field),
    kind: intl.formatMessage({ id: `plan.changes.kind.${c.change}` }),
    before: formatValue(intl, c.section, field, c.before),
    after: formatValue(intl, c.section, field, c.after),
  };
}

// ---- Order: as the editor shows them ----

/** IEP sections, then a 504 plan's own (both start with the dates). */
const SECTION_RANK = new Map([...new Set<string>([...IEP_ORDER, ...PLAN_504_ORDER])].map((k, i) => [k, i] as const));

/** Each section's (or item's) fields in the editor's order (the database keeps an object's keys in an order of its own). */
const FIELD_ORDER: Record<string, readonly string[]> = (() => {
  const order: Record<string, string[]> = { dates: ['meetingDate', 'startDate', 'endDate', 'nextAnnualReview'] };
  const sections: [string, unknown][] = Object.entries(emptyIepContent());
  for (const [k, v] of sections) if (v && typeof v === 'object' && !Array.isArray(v)) order[k] = Object.keys(v);
  order.goals = Object.keys(newGoal(null));
  order.services = Object.keys(newService(null));
  order.accommodations = Object.keys(newAccommodation());
  order.assessments = Object.keys(newAssessment());
  order.specialFactorsDecision = ['needed', 'howAddressed'];
  return order;
})();

function rank(list: readonly string[] | undefined, name: string | undefined): number {
  const i = name === undefined || !list ? -1 : list.indexOf(name);
  return i === -1 ? (name === undefined ? -1 : Number.MAX_SAFE_INTEGER) : i;
}

function sortKey(c: ChangeInput): number[] {
  const [first, second] = fieldNames(fieldOf(c));
  return [
    SECTION_RANK.get(c.section) ?? Number.MAX_SAFE_INTEGER,
    c.item ? c.item.index : -1,
    rank(FIELD_ORDER[c.section], first),
    rank(c.section === 'specialFactors' ? FIELD_ORDER.specialFactorsDecision : undefined, second),
  ];
}

/** The changes as the table shows them: in the editor's order (sections, then items by position, then fields), each in words. */
export function describeChanges(intl: IntlShape, changes: readonly ChangeInput[]): ChangeRow[] {
  const keyed = changes.map((c, i) => ({ c, k: [...sortKey(c), i] }));
  keyed.sort((a, b) => {
    for (let j = 0; j < a.k.length; j++) {
      const d = (a.k[j] ?? 0) - (b.k[j] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  return keyed.map(({ c }) => describeChange(intl, c));
}
