/** Small pieces shared by the consent and notice components: PDF links, field errors from the API. */
import { isApiError } from '../api';
import { isMessageId, useT } from '../i18n';

export type FieldErrors = Record<string, string>;

/** The PDF of a form or notice in English and Spanish (opens in a new tab). */
export function PdfLinks({ url, title }: { url: (lang: 'en' | 'es') => string; title: string }) {
  const t = useT();
  return (
    <p className="consent-pdfs">
      <span className="muted">{t('consents.pdf')}:</span>{' '}
      {(['en', 'es'] as const).map((lang) => (
        <a
          key={lang}
          href={url(lang)}
          target="_blank"
          rel="noopener"
          lang={lang}
          aria-label={t('consents.pdfLinkLabel', { title, lang })}
          className="consent-pdf-link"
        >
          {t('consents.pdfLink', { lang })}
        </a>
      ))}
    </p>
  );
}

/**
 * An API refusal as messages per field (the catalogue's words for the fields this area knows, in the reader's
 * language; the API's English otherwise), plus a general message.
 */
export function apiFieldErrors(
  e: unknown,
  t: ReturnType<typeof useT>,
  prefix: string,
): { fields: FieldErrors; general: string | null } {
  if (!isApiError(e)) return { fields: {}, general: t('common.error.generic') };
  if (e.code === 'NETWORK') return { fields: {}, general: t('common.error.network') };
  const fields: FieldErrors = {};
  for (const err of e.errors) {
    const key = `${prefix}.${err.path}`;
    fields[err.path] = isMessageId(key) ? t(key) : err.message;
  }
  if (Object.keys(fields).length) return { fields, general: null };
  if (e.status === 403) return { fields, general: t('common.error.forbidden') };
  return { fields, general: e.detail || t('common.error.generic') };
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}
