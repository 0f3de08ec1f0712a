/** Human labels for the API's codes (roles, statuses, categories, grades, languages, audit events), from the catalogue. */
import type { IntlShape } from 'react-intl';
import { isMessageId } from './i18n';
import { planFindingText } from './plan/findings';

function label(intl: IntlShape, key: string, fallback: string): string {
  return isMessageId(key) ? intl.formatMessage({ id: key }) : fallback;
}

export function roleLabel(intl: IntlShape, role: string | null): string {
  return role ? label(intl, `role.${role}`, role) : intl.formatMessage({ id: 'role.unknown' });
}

export function statusLabel(intl: IntlShape, status: string): string {
  return label(intl, `status.${status}`, status);
}

export function disabilityLabel(intl: IntlShape, category: string): string {
  return label(intl, `disability.${category}`, category);
}

/** 'KG' → Kindergarten, '08' → Grade 8. */
export function gradeLabel(intl: IntlShape, grade: string): string {
  if (/^\d{1,2}$/.test(grade)) return intl.formatMessage({ id: 'grade.numbered' }, { number: Number(grade) });
  return label(intl, `grade.${grade}`, grade);
}

/** A language's name in the interface language ('es' → "Spanish" / "español"), from the browser's CLDR data. */
export function languageName(intl: IntlShape, code: string): string {
  try {
    const name = intl.formatDisplayName(code, { type: 'language' });
    if (!name) return code;
    return name.charAt(0).toLocaleUpperCase(intl.locale) + name.slice(1);
  } catch {
    return code;
  }
}

/** What an access-log entry records, in the reader's language; the API's English description when the catalogue has no entry. */
export function auditLabel(intl: IntlShape, action: string, description: string): string {
  return label(intl, `audit.${action}`, description);
}

export function outcomeLabel(intl: IntlShape, outcome: string): string {
  return label(intl, `accessLog.outcome.${outcome}`, outcome);
}

/** A date-only value ('2012-09-19') in the reader's language, without a time-zone shift. */
export function formatIsoDate(intl: IntlShape, isoDate: string): string {
  return intl.formatDate(`${isoDate}T00:00:00Z`, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
}

/** Whole years from a date of birth to today (local calendar). */
export function ageInYears(isoDate: string, today = new Date()): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let age = today.getFullYear() - y;
  if (today.getMonth() + 1 < mo || (today.getMonth() + 1 === mo && today.getDate() < d)) age -= 1;
  return age;
}

// ---- Plans ----

export function planTypeLabel(intl: IntlShape, type: string): string {
  return label(intl, `plan.type.${type}`, type);
}

export function planTypeLongLabel(intl: IntlShape, type: string): string {
  return label(intl, `plan.typeLong.${type}`, type);
}

export function planStatusLabel(intl: IntlShape, status: string): string {
  return label(intl, `plan.status.${status}`, status);
}

export function planSectionLabel(intl: IntlShape, section: string): string {
  return label(intl, `plan.section.${section}`, section);
}

/** A related-service discipline ('slp' → Speech-language pathology); null is special education itself. */
export function disciplineLabel(intl: IntlShape, discipline: string | null): string {
  return label(intl, `plan.discipline.${discipline ?? 'none'}`, discipline ?? '');
}

/**
 * What a plan finding says, in the reader's language: from its code and params (web/src/plan/findings.ts), days as
 * dates and the tense against the day the server computed it for; prefixed with its list item ("Goal 2: …"). The
 * API's English only for a code this build does not know.
 */
export function findingMessage(
  intl: IntlShape,
  finding: { code: string; params: Record<string, unknown>; message: string; path?: string; asOf: string },
): string {
  const text =
    planFindingText(finding, finding.asOf, {
      locale: intl.locale,
      message: (key, values) => (isMessageId(key) ? intl.formatMessage({ id: key }, values) : null),
      list: (items) => new Intl.ListFormat(intl.locale, { style: 'long', type: 'conjunction' }).format(items),
    }) ?? finding.message;
  const item = finding.path ? listItemLabel(intl, finding.path) : null;
  return item ? intl.formatMessage({ id: 'plan.findings.item' }, { item, message: text }) : text;
}

const ITEM_HEADINGS: Record<string, string> = {
  goals: 'plan.goal.heading',
  services: 'plan.service.heading',
  accommodations: 'plan.accommodation.heading',
  assessments: 'plan.assessment.heading',
  majorLifeActivities: 'plan.majorLifeActivity',
};

/** 'goals[1].text' → "Goal 2": which item of a list a path is in, or null. */
export function listItemLabel(intl: IntlShape, path: string): string | null {
  const m = /^(\w+)\[(\d+)\]/.exec(path);
  const key = m ? ITEM_HEADINGS[m[1] ?? ''] : undefined;
  return m && key && isMessageId(key) ? intl.formatMessage({ id: key }, { number: Number(m[2]) + 1 }) : null;
}
