/** Ask to see the child's records (34 CFR 300.613): the 45-day date is shown as soon as it is asked. */
import { useState, type SyntheticEvent } from 'react';
import { useIntl } from 'react-intl';
import { FAMILY_LIMITS } from '../../../src/domain/family';
import { listRecordsRequests, requestRecords, type RecordsRequest } from './api';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Help } from '../ui/Help';
import { TextBox } from './TextBox';
import { useLoad } from '../ui/query';
import { recordsRequestsKey } from './keys';

export function RecordsCard({ studentId, name, canRequest }: { studentId: string; name: string; canRequest: boolean }) {
  const t = useT();
  const intl = useIntl();
  const [state, reload, update] = useLoad(recordsRequestsKey(studentId), (signal) =>
    listRecordsRequests(studentId, signal).then((r) => r.data),
  );
  const [scope, setScope] = useState('');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const date = (d: string) => formatIsoDate(intl, d);

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setPending(true);
    setMessage(null);
    try {
      const r = await requestRecords(studentId, scope);
      update((list: RecordsRequest[]) => [r, ...list]);
      setScope('');
      setMessage({ ok: true, text: t('portal.records.sent', { due: date(r.due) }) });
    } catch {
      setMessage({ ok: false, text: t('portal.error.send') });
    } finally {
      setPending(false);
    }
  };

  return (
    <section
      className="card family-card"
      aria-labelledby="family-records-heading"
      aria-busy={state.phase === 'loading'}
    >
      <h3 id="family-records-heading">{t('portal.records.title')}</h3>
      <Help topic="records" />
      <p>{t('portal.records.intro', { name })}</p>
      {canRequest && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextBox
            name="scope"
            label={t('portal.records.scope')}
            hint={t('portal.records.scopeHint')}
            value={scope}
            onChange={setScope}
            max={FAMILY_LIMITS.recordsScope}
            rows={2}
          />
          <button type="submit" className="button button-primary" disabled={pending}>
            {t('portal.records.submit')}
          </button>
        </form>
      )}
      <p
        role="status"
        className={
          message ? `notice ${message.ok ? 'notice-success' : 'notice-error'} family-message` : 'family-message-empty'
        }
      >
        {message?.text}
      </p>
      {state.phase === 'error' && (
        <ErrorMessage error={state.error} message={t('portal.error.load')} onRetry={reload} />
      )}
      {state.phase === 'ready' && state.value.length > 0 && (
        <ul className="family-list">
          {state.value.map((r) => (
            <li key={r.id} data-testid="records-request">
              <p>
                {t('portal.records.item', { date: date(r.requestedOn), due: date(r.due) })}{' '}
                <span className={`badge family-status-${r.status}`}>{t(`portal.records.status.${r.status}`)}</span>
              </p>
              {r.scope && <p className="family-text">{r.scope}</p>}
              {r.providedOn && (
                <p className="family-meta">{t('portal.records.provided', { date: date(r.providedOn) })}</p>
              )}
              <p className="family-meta">
                <small>{r.citation}</small>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="#access-log-heading">{t('portal.records.accessLog', { name })}</a>
      </p>
    </section>
  );
}
