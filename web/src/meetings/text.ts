/**
 * Words for meeting codes and findings in the reader's language. The API sends each finding and the notice lead time
 * as data (a code and the values its words need); the catalogue speaks here. The API's English only for a code this
 * build does not know.
 */
import type { IntlShape } from 'react-intl';
import { isMessageId } from '../i18n';
import { formatIsoDate } from '../labels';
import { findingWords, leadTimeWords, type FindingParams, type LeadTime } from './findings';
import type { MessageId } from '../../../src/documents/messages/index.ts';

type T = (id: MessageId, values?: Record<string, string | number | Date | null | undefined>) => string;

/** A code's label ('meetings.role.parent'), or the code itself when the catalogue has none. */
export function codeLabel(t: T, prefix: string, code: string | null | undefined): string {
  if (!code) return '';
  const key = `${prefix}.${code}`;
  return isMessageId(key) ? t(key) : code;
}

/** Names as a list in the reader's language. */
export function listNames(locale: string, names: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}

/**
 * A finding of the 300.321 / 300.322 checks in the reader's language, by its code and params (every code has words
 * in both catalogues: web/src/meetings/findings.test.ts), naming the member it is about. The API's English
 * (`message`) only for a code this build does not know.
 */
export function findingText(
  t: T,
  intl: IntlShape,
  f: { code: string; params: FindingParams; message: string },
): string {
  const w = findingWords(f, { day: (d) => formatIsoDate(intl, d), list: (names) => listNames(intl.locale, names) });
  if (!w) return f.message;
  const text = t(w.key, w.values);
  return w.memberName ? t('meetings.finding.forMember', { name: w.memberName, message: text }) : text;
}

/**
 * What the server listed when it refused (422): its structured findings in the reader's language with their
 * citations; without them (a plain field error, or a server that sends none), the errors as sent.
 */
export function refusalItems(
  t: T,
  intl: IntlShape,
  refusal: {
    errors: readonly { path: string; message: string }[];
    findings: readonly { code: string; citation: string; params: FindingParams; message: string }[];
  },
): { text: string; citation: string | null }[] {
  if (refusal.findings.length)
    return refusal.findings.map((f) => ({ text: findingText(t, intl, f), citation: f.citation }));
  return refusal.errors.map((e) => ({ text: e.message, citation: null }));
}

/** How early the notice goes out, from the profile ("At least 10 days before the meeting (the federal minimum)."); the API's `basis` for a profile this build does not know. */
export function leadTimeText(t: T, lt: LeadTime): string {
  const w = leadTimeWords(lt);
  if (!isMessageId(w.profileKey)) return lt.basis;
  const text = t(w.key, { days: w.days, profile: t(w.profileKey) });
  return w.estimated ? `${text} ${t('meetings.leadTime.estimated')}` : text;
}
