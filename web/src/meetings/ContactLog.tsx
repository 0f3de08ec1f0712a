/** Attempts to arrange a time with the parents (34 CFR 300.322(d)): the log, and a form to add one. Staff only. */
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { contactAttemptSchema } from '../../../src/api/meetings';
import { CONTACT_METHODS, CONTACT_OUTCOMES } from '../../../src/domain/meetings';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { useForm, type Form } from '../ui/form';
import { recordContactAttempt, type Meeting } from './api';
import { errorProps, FieldMessage } from './fields';
import { codeLabel } from './text';
import { useActionError } from './useAction';

export function ContactLog({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT();
  const intl = useIntl();
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
      {manage && <ContactAttemptForm meeting={meeting} onChange={onChange} />}
    </section>
  );
}

type ContactValues = {
  date: string;
  time: string;
  method: (typeof CONTACT_METHODS)[number];
  outcome: (typeof CONTACT_OUTCOMES)[number];
  note: string;
};

/** Record one more attempt; the day, time, method and outcome stay for the next one. */
function ContactAttemptForm({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT();
  const id = useId();
  const form = useForm({
    initial: (): ContactValues => ({ date: '', time: '12:00', method: 'phone', outcome: 'no_answer', note: '' }),
    schema: contactAttemptSchema,
    onSubmit: async (body) => {
      onChange(await recordContactAttempt(meeting.id, body));
      form.set('note', '');
    },
  });
  const error = useActionError(form.error);
  const { values, errors } = form;
  return (
    <form className="meeting-subform" aria-labelledby={`${id}-title`} onSubmit={(e) => void form.submit(e)}>
      <h3 id={`${id}-title`}>{t('meetings.contact.add')}</h3>
      <ContactWhenHow form={form} id={id} />
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('meetings.contact.note')}</label>
        <input
          id={`${id}-note`}
          type="text"
          maxLength={2000}
          value={values.note}
          onChange={(e) => form.set('note', e.target.value)}
          {...errorProps(errors, 'note', `${id}-note`)}
        />
        <FieldMessage errors={errors} name="note" id={`${id}-note`} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={form.pending}>
        {t('meetings.contact.submit')}
      </button>
    </form>
  );
}

/** When the attempt was made, how, and what came of it. */
function ContactWhenHow({ form, id }: { form: Form<ContactValues>; id: string }) {
  const t = useT();
  const { values, errors } = form;
  return (
    <div className="meeting-field-row">
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('meetings.contact.date')}</label>
        <input
          id={`${id}-date`}
          type="date"
          required
          value={values.date}
          onChange={(e) => form.set('date', e.target.value)}
          {...errorProps(errors, 'date', `${id}-date`)}
        />
        <FieldMessage errors={errors} name="date" id={`${id}-date`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-time`}>{t('meetings.contact.time')}</label>
        <input
          id={`${id}-time`}
          type="time"
          value={values.time}
          onChange={(e) => form.set('time', e.target.value)}
          {...errorProps(errors, 'time', `${id}-time`)}
        />
        <FieldMessage errors={errors} name="time" id={`${id}-time`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-method`}>{t('meetings.contact.method')}</label>
        <select
          id={`${id}-method`}
          value={values.method}
          onChange={(e) => form.set('method', e.target.value as ContactValues['method'])}
        >
          {CONTACT_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`meetings.contactMethod.${m}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-outcome`}>{t('meetings.contact.outcome')}</label>
        <select
          id={`${id}-outcome`}
          value={values.outcome}
          onChange={(e) => form.set('outcome', e.target.value as ContactValues['outcome'])}
        >
          {CONTACT_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`meetings.contactOutcome.${o}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
