/** Attempts to arrange a time with the parents (34 CFR 300.322(d)): the log, and a form to add one. Staff only. */
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { recordContactAttempt, type Meeting } from './api';
import { CONTACT_METHODS, CONTACT_OUTCOMES } from '../../../src/domain/meetings';
import { codeLabel } from './text';
import { useMeetingAction } from './useAction';

export function ContactLog({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const action = useMeetingAction(onChange);
  const [form, setForm] = useState({ date: '', time: '12:00', method: 'phone', outcome: 'no_answer', note: '' });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  const rule = meeting.team?.parentContact;
  const manage = meeting.abilities.manage && meeting.status !== 'cancelled';
  return (
    <section className="card meeting-card" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{t('meetings.contact.title')}</h2>
      {rule && (
        <p className="hint">
          {t('meetings.contact.rule', { attempts: rule.minAttempts, methods: rule.minMethods })}{' '}
          <span className="citation">34 CFR 300.322(d)</span>
          <br />
          <strong>{t('meetings.contact.count', { attempts: rule.attempts, methods: rule.methods })}</strong>
        </p>
      )}
      {meeting.contactAttempts.length === 0 ? (
        <p className="empty">{t('meetings.contact.empty')}</p>
      ) : (
        <table className="data-table stacked">
          <caption className="visually-hidden">{t('meetings.contact.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('meetings.contact.when')}</th>
              <th scope="col">{t('meetings.contact.method')}</th>
              <th scope="col">{t('meetings.contact.outcome')}</th>
              <th scope="col">{t('meetings.contact.by')}</th>
            </tr>
          </thead>
          <tbody>
            {meeting.contactAttempts.map((a) => (
              <tr key={a.id}>
                <th scope="row">{formatIsoDate(intl, a.attemptedOn)}</th>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t('meetings.contact.method')}
                  </span>
                  {codeLabel(t, 'meetings.contactMethod', a.method)}
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t('meetings.contact.outcome')}
                  </span>
                  {codeLabel(t, 'meetings.contactOutcome', a.outcome)}
                  {a.note && <span className="cell-note">{a.note}</span>}
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t('meetings.contact.by')}
                  </span>
                  {a.recordedByName}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {manage && (
        <form
          className="meeting-subform"
          aria-labelledby={`${id}-title`}
          onSubmit={(e) => {
            e.preventDefault();
            void action
              .run(() => recordContactAttempt(meeting.id, form))
              .then((ok) => ok && setForm((f) => ({ ...f, note: '' })));
          }}
        >
          <h3 id={`${id}-title`}>{t('meetings.contact.add')}</h3>
          <div className="meeting-field-row">
            <div className="field">
              <label htmlFor={`${id}-date`}>{t('meetings.contact.date')}</label>
              <input id={`${id}-date`} type="date" required value={form.date} onChange={set('date')} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-time`}>{t('meetings.contact.time')}</label>
              <input id={`${id}-time`} type="time" value={form.time} onChange={set('time')} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-method`}>{t('meetings.contact.method')}</label>
              <select id={`${id}-method`} value={form.method} onChange={set('method')}>
                {CONTACT_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {t(`meetings.contactMethod.${m}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-outcome`}>{t('meetings.contact.outcome')}</label>
              <select id={`${id}-outcome`} value={form.outcome} onChange={set('outcome')}>
                {CONTACT_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`meetings.contactOutcome.${o}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('meetings.contact.note')}</label>
            <input id={`${id}-note`} type="text" maxLength={2000} value={form.note} onChange={set('note')} />
          </div>
          {action.error && (
            <p className="field-error" role="alert">
              {action.error.message}
            </p>
          )}
          <button type="submit" className="button button-primary" disabled={action.pending}>
            {t('meetings.contact.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
