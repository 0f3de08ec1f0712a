/** Words for meeting codes and findings in the reader's language (the API explains in English; the catalogue speaks here). */
import type { IntlShape } from 'react-intl';
import { isMessageId } from '../../i18n';
import { formatIsoDate } from '../../labels';
import { findingWords, isFindingRule, parseLeadTimeBasis, parseRuleError, type FindingContext } from '../../meetings/findings';
import type { MessageId } from '../../../../src/documents/messages';

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
 * A finding of the 300.321 / 300.322 checks in the reader's language, by its code (every code has words in both
 * catalogues: web/src/meetings/findings.test.ts), naming the member it is about. The API's English only for a code
 * this build does not know.
 */
export function findingText(t: T, intl: IntlShape, f: { rule: string; path: string; message: string }, meeting: FindingContext): string {
  if (!isFindingRule(f.rule)) return f.message;
  const w = findingWords({ rule: f.rule, path: f.path }, meeting, { day: (d) => formatIsoDate(intl, d), list: (names) => listNames(intl.locale, names) });
  const text = t(w.key, w.values);
  return w.memberName ? t('meetings.finding.forMember', { name: w.memberName, message: text }) : text;
}

/** The findings the server listed when it refused (422), in the reader's language with their citations; other errors as sent. */
export function refusalItems(t: T, intl: IntlShape, errors: readonly { path: string; message: string }[], meeting: FindingContext): { text: string; citation: string | null }[] {
  return errors.map((e) => {
    const r = parseRuleError(e);
    if (!r) return { text: e.message, citation: null };
    return { text: findingText(t, intl, r, meeting), citation: r.citation };
  });
}

/** How early the notice goes out, from the profile ("At least 10 days before the meeting (the federal minimum)."); null when the server's words are unknown. */
export function leadTimeText(t: T, basis: string): string | null {
  const lt = parseLeadTimeBasis(basis);
  if (!lt) return null;
  const key = `meetings.leadTime.profile.${lt.profile ?? ''}`;
  const profile = lt.profile && isMessageId(key) ? t(key) : lt.profileName;
  const text = t(lt.counting === 'school' ? 'meetings.leadTime.school' : 'meetings.leadTime.calendar', { days: lt.days, profile });
  return lt.estimated ? `${text} ${t('meetings.leadTime.estimated')}` : text;
}
