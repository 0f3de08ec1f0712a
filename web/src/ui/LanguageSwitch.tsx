import { LOCALES } from '../../../src/documents/messages';
import { useLocale, useT } from '../i18n';

/** English / Español: two toggle buttons, each labelled in its own language. */
export function LanguageSwitch() {
  const { locale, chooseLocale } = useLocale();
  const t = useT();
  return (
    <div className="language-switch" role="group" aria-label={t('header.language')}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={locale === l}
          className={locale === l ? 'is-current' : undefined}
          onClick={() => chooseLocale(l)}
        >
          {t(`language.${l}`)}
        </button>
      ))}
    </div>
  );
}
