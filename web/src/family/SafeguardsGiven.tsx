/** For staff: the safeguards notice to print for the family (EN/ES), and "record as given" (the case event 'safeguards_notice', 300.504(a)). */
import { useId, useState, type SyntheticEvent } from 'react';
import { useIntl } from 'react-intl';
import { isApiError } from '../api';
import { recordSafeguardsGiven, safeguardsUrl } from './api';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function SafeguardsGiven({ studentId }: { studentId: string }) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const [date, setDate] = useState(localToday);
  const [lang, setLang] = useState<'en' | 'es'>('en');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setPending(true);
    setMessage(null);
    try {
      const ev = await recordSafeguardsGiven(studentId, date, lang);
      setMessage({
        ok: true,
        text: t('portal.staff.safeguards.recorded', { date: formatIsoDate(intl, ev.occurredOn) }),
      });
    } catch (err) {
      setMessage({ ok: false, text: isApiError(err) && err.detail ? err.detail : t('portal.error.send') });
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('portal.staff.safeguards')}</h3>
      <p>{t('portal.staff.safeguards.intro')}</p>
      <ul className="family-downloads">
        <li>
          <a
            className="button button-secondary"
            href={safeguardsUrl('en', studentId)}
            hrefLang="en"
            type="application/pdf"
          >
            {t('portal.rights.en')}
          </a>
        </li>
        <li>
          <a
            className="button button-secondary"
            href={safeguardsUrl('es', studentId)}
            hrefLang="es"
            type="application/pdf"
          >
            {t('portal.rights.es')}
          </a>
        </li>
      </ul>
      <form onSubmit={(e) => void submit(e)} className="family-actions family-safeguards-form">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('portal.staff.safeguards.date')}</label>
          <input id={`${id}-date`} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('portal.staff.safeguards.language')}</label>
          <select id={`${id}-lang`} value={lang} onChange={(e) => setLang(e.target.value === 'es' ? 'es' : 'en')}>
            <option value="en">{t('language.en')}</option>
            <option value="es">{t('language.es')}</option>
          </select>
        </div>
        <button type="submit" className="button button-secondary" disabled={pending || !date}>
          {t('portal.staff.safeguards.record')}
        </button>
      </form>
      <p
        role="status"
        className={
          message ? `notice ${message.ok ? 'notice-success' : 'notice-error'} family-message` : 'family-message-empty'
        }
      >
        {message?.text}
      </p>
    </section>
  );
}
