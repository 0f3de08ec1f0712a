/**
 * The interface language: English or Spanish, from the catalogues in src/documents/messages (shared with
 * the PDF documents). An explicit choice is remembered in localStorage; without one, the signed-in
 * person's preferred language is used, and before sign-in the browser's.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import {
  DEFAULT_LOCALE,
  en,
  isLocale,
  loadMessages,
  type Locale,
  type MessageId,
  type Messages,
} from '../../src/documents/messages';

declare global {
  // Message ids are checked at compile time against the English catalogue.
  // eslint-disable-next-line @typescript-eslint/no-namespace -- react-intl's own global namespace, extended by merging
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}

const STORAGE_KEY = 'openiep.locale';

function storedLocale(): Locale | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

function browserLocale(): Locale {
  const lang = (navigator.languages[0] ?? navigator.language).toLowerCase();
  return lang.startsWith('es') ? 'es' : DEFAULT_LOCALE;
}

interface LocaleContextValue {
  locale: Locale;
  /** The person chose a language: use it and remember it. */
  chooseLocale: (locale: Locale) => void;
  /** After sign-in: use the person's preferred language unless a choice was remembered. */
  adoptPreferredLocale: (preferred: string) => void;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function useLocale(): LocaleContextValue {
  const v = useContext(LocaleContext);
  if (!v) throw new Error('useLocale outside LocaleProvider');
  return v;
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(() => storedLocale() ?? browserLocale());
  // null until the first catalogue is there; afterwards the previous catalogue stays on screen while the next one loads.
  const [loaded, setLoaded] = useState<{ locale: Locale; messages: Messages } | null>(() =>
    locale === 'en' ? { locale: 'en', messages: en } : null,
  );

  useEffect(() => {
    let live = true;
    void loadMessages(locale).then((messages) => {
      if (live) setLoaded({ locale, messages });
    });
    return () => {
      live = false;
    };
  }, [locale]);

  const shownLocale = loaded?.locale;
  useEffect(() => {
    if (shownLocale) document.documentElement.lang = shownLocale;
  }, [shownLocale]);

  const chooseLocale = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing without storage: the choice lasts until the page is reloaded.
    }
    setLocale(next);
  }, []);

  const adoptPreferredLocale = useCallback((preferred: string) => {
    if (storedLocale() === null && isLocale(preferred)) setLocale(preferred);
  }, []);

  const value = useMemo(
    () => ({ locale, chooseLocale, adoptPreferredLocale }),
    [locale, chooseLocale, adoptPreferredLocale],
  );

  // The first render waits for a non-English catalogue, so that Spanish readers never see English flash by.
  if (!loaded) return null;

  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={loaded.locale} defaultLocale={DEFAULT_LOCALE} messages={loaded.messages}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

type Values = Record<string, string | number | Date | null | undefined>;

/** `t('students.list.title')`: the current language's text for a message id. */
export function useT(): (id: MessageId, values?: Values) => string {
  const intl = useIntl();
  return useCallback((id: MessageId, values?: Values) => intl.formatMessage({ id }, values), [intl]);
}

export function isMessageId(key: string): key is MessageId {
  return Object.prototype.hasOwnProperty.call(en, key);
}
