/** Human labels for the API's codes (roles, statuses, categories, grades, languages, audit events), from the catalogue. */
import type { IntlShape } from 'react-intl';
import { isMessageId } from './i18n';

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
