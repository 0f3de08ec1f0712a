/**
 * The written notice (34 CFR 300.322): the lead time from the district's profile, whether it went out and how, the
 * PDF in English and Spanish, and (staff) recording it as sent on its real day. A notice later than the lead time is
 * recorded and shown as sent late (the server's `notice.timing`), as is a meeting whose notice can no longer go out in
 * time; the case manager then moves the meeting or records the parent's agreement to a shorter notice, with its day.
 */
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { noticeSchema, shorterNoticeSchema } from '../../../src/api/meetings';
import { NOTICE_METHODS } from '../../../src/domain/meetings';
import { useT } from '../i18n';
import { formatIsoDate, languageName } from '../labels';
import { useForm, type Form } from '../ui/form';
import { noticePdfUrl, recordShorterNotice, sendNotice, type Meeting } from './api';
import { errorProps, FieldMessage } from './fields';
import { codeLabel, findingText, leadTimeText, refusalItems } from './text';
import { useActionError, type ActionError } from './useAction';

type Locale = Meeting['notice']['defaultLanguage'];

export function NoticeCard({
  meeting,
  onChange,
  onMove,
}: {
  meeting: Meeting;
  onChange: (m: Meeting) => void;
  onMove?: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const n = meeting.notice;
  const open = meeting.status !== 'cancelled';
  const canSend = meeting.abilities.manage && open && !n.sentOn;
  const leadTime = leadTimeText(t, n.leadTime);
  const timing = n.timing;
  const canAgree = meeting.abilities.manage && open && timing.length > 0;

  return (
    <section className="card meeting-card" aria-labelledby="notice-heading">
      <h2 id="notice-heading">{t('meetings.noticeCard.title')}</h2>
      {meeting.status === 'scheduled' && (
        <p className={n.onTime ? '' : 'meeting-late'} data-testid="notice-lead-time">
          {t('meetings.noticeCard.latest', { date: formatIsoDate(intl, n.latestOn) })}
          <span className="meeting-lead-time"> {leadTime}</span> <span className="citation">{n.citation}</span>
        </p>
      )}
      {n.sentOn ? (
        <p className="notice notice-success">
          {t('meetings.noticeCard.sent', {
            date: formatIsoDate(intl, n.sentOn),
            method: codeLabel(t, 'meetings.noticeMethod', n.method),
            language: n.language ? languageName(intl, n.language) : '—',
          })}
          {n.shorterNoticeAgreedOn &&
            ` ${t('meetings.noticeCard.shorterAgreed', { date: formatIsoDate(intl, n.shorterNoticeAgreedOn) })}`}
        </p>
      ) : (
        meeting.status === 'scheduled' &&
        timing.length === 0 && <p className="muted">{t('meetings.noticeCard.notSent')}</p>
      )}
      <NoticeFindings meeting={meeting} onMove={onMove} />
      <p className="meeting-pdf-links">
        <a className="button button-secondary" href={noticePdfUrl(meeting.id, 'en')} target="_blank" rel="noopener">
          {t('meetings.noticeCard.pdfEn')}
        </a>
        <a className="button button-secondary" href={noticePdfUrl(meeting.id, 'es')} target="_blank" rel="noopener">
          {t('meetings.noticeCard.pdfEs')}
        </a>
      </p>
      {canAgree && <ShorterNoticeForm meeting={meeting} onChange={onChange} />}
      {canSend && <SendNoticeForm meeting={meeting} onChange={onChange} />}
    </section>
  );
}

/**
 * The server's finding that the notice went out late, or can no longer go out in time (staff only), with "move the
 * meeting"; and what the notice still misses.
 */
function NoticeFindings({ meeting, onMove }: { meeting: Meeting; onMove?: (() => void) | undefined }) {
  const t = useT();
  const intl = useIntl();
  const n = meeting.notice;
  return (
    <>
      {n.timing.map((f, i) => (
        <div
          key={`${f.code}-${i}`}
          className={`notice ${f.severity === 'error' ? 'notice-error' : 'notice-warning'}`}
          data-testid="notice-timing"
          data-code={f.code}
        >
          <p>
            <span className={`badge badge-${f.severity}`}>{t(`plan.findings.severity.${f.severity}`)}</span>{' '}
            {findingText(t, intl, f)} <span className="citation">{f.citation}</span>
          </p>
          {onMove && meeting.status === 'scheduled' && meeting.abilities.manage && (
            <button type="button" className="button button-secondary" onClick={onMove}>
              {t('meetings.noticeCard.move')}
            </button>
          )}
        </div>
      ))}
      {n.findings.length > 0 && (
        <div className="notice notice-info">
          <p>
            <strong>{t('meetings.noticeCard.missing')}</strong>
          </p>
          <ul>
            {n.findings.map((f, i) => (
              <li key={`${f.code}-${i}`}>
                {findingText(t, intl, f)} <span className="citation">{f.citation}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

type NoticeValues = {
  sentOn: string;
  method: (typeof NOTICE_METHODS)[number];
  language: Locale;
  agreedOn: string;
  agreedNote: string;
};

/** Record the notice as sent, on its real day; a late one can carry the parent's agreement to a shorter notice. */
function SendNoticeForm({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT();
  const id = useId();
  const n = meeting.notice;
  // Empty: sent today (the server's day); then the server's answer for today says whether it is late.
  const isLate = (sentOn: string) => (sentOn ? sentOn > n.latestOn : !n.onTime);
  const form = useForm({
    initial: (): NoticeValues => ({
      sentOn: '',
      method: 'mail',
      language: n.defaultLanguage,
      agreedOn: '',
      agreedNote: '',
    }),
    schema: noticeSchema,
    toInput: (v) => ({
      ...(v.sentOn ? { sentOn: v.sentOn } : {}),
      method: v.method,
      language: v.language,
      shorterNoticeAgreedOn: isLate(v.sentOn) ? v.agreedOn || null : null,
      shorterNoticeNote: isLate(v.sentOn) ? v.agreedNote : '',
    }),
    fieldOf: (path) =>
      path === 'shorterNoticeAgreedOn' ? 'agreedOn' : path === 'shorterNoticeNote' ? 'agreedNote' : path,
    onSubmit: async (body) => onChange(await sendNotice(meeting, body)),
  });
  const error = useActionError(form.error);
  const { values, errors } = form;
  return (
    <form className="meeting-subform" aria-labelledby={`${id}-title`} onSubmit={(e) => void form.submit(e)}>
      <h3 id={`${id}-title`}>{t('meetings.noticeCard.record')}</h3>
      <div className="meeting-field-row">
        <div className="field">
          <label htmlFor={`${id}-on`}>{t('meetings.noticeCard.sentOn')}</label>
          <input
            id={`${id}-on`}
            type="date"
            value={values.sentOn}
            {...errorProps(errors, 'sentOn', `${id}-on`, `${id}-on-hint`)}
            onChange={(e) => form.set('sentOn', e.target.value)}
          />
          <span id={`${id}-on-hint`} className="hint">
            {t('meetings.noticeCard.sentOnHint')}
          </span>
          <FieldMessage errors={errors} name="sentOn" id={`${id}-on`} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-method`}>{t('meetings.noticeCard.method')}</label>
          <select
            id={`${id}-method`}
            value={values.method}
            onChange={(e) => form.set('method', e.target.value as NoticeValues['method'])}
          >
            {NOTICE_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`meetings.noticeMethod.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('meetings.noticeCard.language')}</label>
          <select
            id={`${id}-lang`}
            value={values.language}
            onChange={(e) => form.set('language', e.target.value as Locale)}
          >
            <option value="en">{t('language.en')}</option>
            <option value="es">{t('language.es')}</option>
          </select>
        </div>
      </div>
      {isLate(values.sentOn) && !n.shorterNoticeAgreedOn && <LateNoticeAgreement form={form} id={id} />}
      <ActionProblem error={error} />
      <button type="submit" className="button button-primary" disabled={form.pending}>
        {t('meetings.noticeCard.submit')}
      </button>
    </form>
  );
}

/** A late notice's fields for the parent's agreement to a shorter notice. */
function LateNoticeAgreement({ form, id }: { form: Form<NoticeValues>; id: string }) {
  const t = useT();
  const { values, errors } = form;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-agreed`}>{t('meetings.noticeCard.agreedOn')}</label>
        <input
          id={`${id}-agreed`}
          type="date"
          value={values.agreedOn}
          onChange={(e) => form.set('agreedOn', e.target.value)}
          {...errorProps(errors, 'agreedOn', `${id}-agreed`, `${id}-agreed-hint`)}
        />
        <span id={`${id}-agreed-hint`} className="hint">
          {t('meetings.noticeCard.agreedHint')}
        </span>
        <FieldMessage errors={errors} name="agreedOn" id={`${id}-agreed`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('meetings.noticeCard.agreedNote')}</label>
        <input
          id={`${id}-note`}
          type="text"
          maxLength={1000}
          value={values.agreedNote}
          onChange={(e) => form.set('agreedNote', e.target.value)}
          {...errorProps(errors, 'agreedNote', `${id}-note`)}
        />
        <FieldMessage errors={errors} name="agreedNote" id={`${id}-note`} />
      </div>
    </>
  );
}

/** What the server said when it refused: its findings (or errors) in the reader's language, or the message. */
function ActionProblem({ error }: { error: ActionError | null }) {
  const t = useT();
  const intl = useIntl();
  if (!error) return null;
  const items = refusalItems(t, intl, error);
  return (
    <div className="notice notice-error" role="alert">
      {error.code === 'RULE_VIOLATION' && items.length > 0 ? (
        <>
          <p>
            <strong>{t('meetings.noticeCard.refused')}</strong>
          </p>
          <ul>
            {items.map((e, i) => (
              <li key={i}>
                {e.text}
                {e.citation && (
                  <>
                    {' '}
                    <span className="citation">{e.citation}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{error.message}</p>
      )}
    </div>
  );
}

/** The parent agreed to meet with a shorter notice: the day they agreed (and a note), which makes the notice timely. */
function ShorterNoticeForm({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT();
  const id = useId();
  const form = useForm({
    initial: { agreedOn: '', note: '' },
    schema: shorterNoticeSchema,
    onSubmit: async (body) => onChange(await recordShorterNotice(meeting, body)),
  });
  const error = useActionError(form.error);
  const { values, errors } = form;
  return (
    <form className="meeting-subform" aria-labelledby={`${id}-title`} onSubmit={(e) => void form.submit(e)}>
      <h3 id={`${id}-title`}>{t('meetings.noticeCard.shorterTitle')}</h3>
      <p className="hint">{t('meetings.noticeCard.shorterIntro')}</p>
      <div className="meeting-field-row">
        <div className="field">
          <label htmlFor={`${id}-on`}>{t('meetings.noticeCard.shorterOn')}</label>
          <input
            id={`${id}-on`}
            type="date"
            required
            value={values.agreedOn}
            max={meeting.date}
            onChange={(e) => form.set('agreedOn', e.target.value)}
            {...errorProps(errors, 'agreedOn', `${id}-on`)}
          />
          <FieldMessage errors={errors} name="agreedOn" id={`${id}-on`} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('meetings.noticeCard.agreedNote')}</label>
          <input
            id={`${id}-note`}
            type="text"
            maxLength={1000}
            value={values.note}
            onChange={(e) => form.set('note', e.target.value)}
            {...errorProps(errors, 'note', `${id}-note`)}
          />
          <FieldMessage errors={errors} name="note" id={`${id}-note`} />
        </div>
      </div>
      <ActionProblem error={error} />
      <button type="submit" className="button button-secondary" disabled={form.pending || !values.agreedOn}>
        {t('meetings.noticeCard.shorterSubmit')}
      </button>
    </form>
  );
}
