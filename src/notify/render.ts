/**
 * Email text, written from the message catalogue in the recipient's preferred language with the ICU formatter
 * the web app uses (intl-messageformat, the engine under react-intl). Plain text only: nothing in a mail is
 * interpreted as HTML. Subjects never carry a student's name (they show on lock screens and in mail lists).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { en } from '../documents/messages/en';
import { es } from '../documents/messages/es';
import { isLocale, type Locale } from '../documents/messages';
import type { DigestSummary } from '../domain/notifications';
import { dateParam, ruleKey } from '../domain/notifications';

const CATALOGUES: Record<Locale, Record<string, string>> = { en, es };
type Values = Record<string, string | number>;

const cache = new Map<string, IntlMessageFormat>();

export function localeOf(preferred: string | null | undefined): Locale {
  return isLocale(preferred) ? preferred : 'en';
}

/** The text of a catalogue message, or null when the id is unknown or its values do not fit it. */
export function formatMessage(locale: Locale, id: string, values: Values = {}, timeZone?: string): string | null {
  const source = CATALOGUES[locale][id] ?? CATALOGUES.en[id];
  if (source === undefined) return null;
  const key = `${locale}\u0000${timeZone ?? ''}\u0000${id}`;
  let mf = cache.get(key);
  if (!mf) {
    mf = new IntlMessageFormat(
      source,
      locale,
      timeZone ? { date: { long: { year: 'numeric', month: 'long', day: 'numeric', timeZone } } } : undefined,
    );
    cache.set(key, mf);
  }
  try {
    const out = mf.format(values);
    return typeof out === 'string' ? out : String(out);
  } catch {
    return null;
  }
}

function t(locale: Locale, id: string, values: Values = {}): string {
  // Dates in mail are noon UTC (dateParam): formatting them in UTC gives the calendar day on any server.
  return formatMessage(locale, id, values, 'UTC') ?? id;
}

export interface MailText {
  subject: string;
  bodyText: string;
  language: Locale;
}

export function appUrl(publicUrl: string, link: string | null | undefined): string {
  const base = publicUrl.replace(/\/+$/, '');
  if (!link) return `${base}/inbox`;
  return /^\//.test(link) ? `${base}${link}` : `${base}/inbox`;
}

/** The mail for one notification. */
export function renderNotificationMail(input: {
  preferredLanguage: string;
  recipientName: string;
  kind: string;
  message: string;
  params: Values;
  link: string | null;
  publicUrl: string;
}): MailText {
  const locale = localeOf(input.preferredLanguage);
  const text = formatMessage(locale, input.message, input.params, 'UTC') ?? t(locale, 'notifications.mail.generic');
  const body = [
    t(locale, 'notifications.mail.greeting', { name: input.recipientName }),
    '',
    text,
    '',
    t(locale, 'notifications.mail.open', { url: appUrl(input.publicUrl, input.link) }),
    '',
    '-- ',
    t(locale, 'notifications.mail.footer', { url: appUrl(input.publicUrl, '/inbox') }),
  ];
  return {
    subject: t(locale, 'notifications.mail.subject', { kind: input.kind }),
    bodyText: body.join('\n'),
    language: locale,
  };
}

/** How many deadlines a digest mail lists before saying "…and N more". */
export const DIGEST_MAIL_MAX_ITEMS = 20;

/** The daily digest mail: counts, the overdue and this week's deadlines, and the day's new reminders. */
export function renderDigestMail(input: {
  preferredLanguage: string;
  recipientName: string;
  today: string;
  summary: DigestSummary;
  reminders: readonly { message: string; params: Values }[];
  publicUrl: string;
}): MailText {
  const locale = localeOf(input.preferredLanguage);
  const { summary } = input;
  const lines: string[] = [
    t(locale, 'notifications.mail.greeting', { name: input.recipientName }),
    '',
    t(locale, 'notifications.digest.summary', { overdue: summary.overdue, dueThisWeek: summary.dueThisWeek }),
  ];
  const shown = summary.items.slice(0, DIGEST_MAIL_MAX_ITEMS);
  const item = (d: (typeof shown)[number]) =>
    d.daysUntil < 0
      ? t(locale, 'notifications.mail.digest.overdueItem', {
          student: d.studentName,
          rule: ruleKey(d.rule),
          days: -d.daysUntil,
          due: dateParam(d.due),
        })
      : t(locale, 'notifications.mail.digest.item', {
          student: d.studentName,
          rule: ruleKey(d.rule),
          days: d.daysUntil,
          due: dateParam(d.due),
        });
  const overdue = shown.filter((d) => d.daysUntil < 0);
  const week = shown.filter((d) => d.daysUntil >= 0);
  if (overdue.length) lines.push('', t(locale, 'notifications.mail.digest.overdueHeading'), ...overdue.map(item));
  if (week.length) lines.push('', t(locale, 'notifications.mail.digest.weekHeading'), ...week.map(item));
  if (summary.items.length > shown.length)
    lines.push('', t(locale, 'notifications.mail.digest.more', { count: summary.items.length - shown.length }));
  const reminders = input.reminders
    .map((r) => formatMessage(locale, r.message, r.params, 'UTC'))
    .filter((x): x is string => x !== null);
  if (reminders.length)
    lines.push('', t(locale, 'notifications.mail.digest.remindersHeading'), ...reminders.map((r) => `- ${r}`));
  lines.push(
    '',
    t(locale, 'notifications.mail.digest.open', { url: appUrl(input.publicUrl, '/') }),
    '',
    '-- ',
    t(locale, 'notifications.mail.footer', { url: appUrl(input.publicUrl, '/inbox') }),
  );
  return {
    subject: t(locale, 'notifications.mail.digest.subject', { date: dateParam(input.today) }),
    bodyText: lines.join('\n'),
    language: locale,
  };
}
