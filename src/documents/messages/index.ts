/** The message catalogues (ICU MessageFormat) for the web app and the documents. English is the default and the fallback. */
import { en, type MessageId, type Messages } from './en';

export { en, type MessageId, type Messages };
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The catalogue for a locale. Spanish is loaded on demand, so a bundler splits it from the first load. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'en':
      return en;
    case 'es':
      return (await import('./es')).es;
  }
}
