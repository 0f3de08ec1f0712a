/**
 * Message and date formatting for documents: the same ICU catalogue (and the same @formatjs engine) as
 * the web app, loaded synchronously here because a document is rendered on the server.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { IsoDate } from '../../domain/dates';
import { en, type MessageId } from '../messages/en';
import { es } from '../messages/es';
import type { Locale } from '../messages';

export type MessageValues = Record<string, string | number>;

export interface DocumentText {
  readonly locale: Locale;
  /** A message from the catalogue, formatted with its values. */
  t(id: MessageId, values?: MessageValues): string;
  /** A date (YYYY-MM-DD) as the locale writes it: "September 14, 2026" / "14 de septiembre de 2026"; short: "Sep 14, 2026" / "14 sept 2026". */
  date(d: IsoDate, style?: 'long' | 'short'): string;
  /** A number as the locale writes it (1,500 / 1500). */
  number(n: number, opts?: Intl.NumberFormatOptions): string;
}

const CATALOGUES = { en, es } as const satisfies Record<Locale, Record<MessageId, string>>;
/** BCP 47 tags for Intl: US English and the Spanish of US districts. */
const INTL_LOCALE = { en: 'en-US', es: 'es-US' } as const satisfies Record<Locale, string>;

const compiled = new Map<string, IntlMessageFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      year: 'numeric',
      month: style,
      day: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(key, f);
  }
  return f;
}

export function documentText(locale: Locale): DocumentText {
  const messages: Record<MessageId, string> = CATALOGUES[locale];
  const tag = INTL_LOCALE[locale];
  return {
    locale,
    t(id, values) {
      const message = messages[id];
      if (!values && !message.includes('{')) return message;
      const key = `${locale}\u0000${id}`;
      let mf = compiled.get(key);
      if (!mf) {
        mf = new IntlMessageFormat(message, tag);
        compiled.set(key, mf);
      }
      return String(mf.format(values));
    },
    date(d, style = 'long') {
      const [y, m, day] = d.split('-').map(Number) as [number, number, number];
      return dateFormat(locale, style).format(new Date(Date.UTC(y, m - 1, day)));
    },
    number(n, opts) {
      return new Intl.NumberFormat(tag, opts).format(n);
    },
  };
}
