/**
 * The written notice (34 CFR 300.322): the lead time from the district's profile, whether it went out and how, the
 * PDF in English and Spanish, and (staff) recording it as sent on its real day. A notice later than the lead time is
 * recorded and shown as sent late (the server's `notice.timing`), as is a meeting whose notice can no longer go out in
 * time; the case manager then moves the meeting or records the parent's agreement to a shorter notice, with its day.
 */
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n';
import { formatIsoDate, languageName } from '../labels';
import { noticePdfUrl, recordShorterNotice, sendNotice, type Meeting } from './api';
import { NOTICE_METHODS } from '../../../src/domain/meetings';
import { codeLabel, findingText, leadTimeText, refusalItems } from './text';
import { useMeetingAction } from './useAction';

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
  const id = useId();
  const n = meeting.notice;
  const action = useMeetingAction(onChange);
  const [method, setMethod] = useState<string>('mail');
  const [sentOn, setSentOn] = useState('');
  const [language, setLanguage] = useState<string>(n.defaultLanguage);
  const [agreedOn, setAgreedOn] = useState('');
  const [agreedNote, setAgreedNote] = useState('');
  // Empty: sent today (the server's day); then the server's answer for today says whether it is late.
  const late = sentOn ? sentOn > n.latestOn : !n.onTime;
  const open = meeting.status !== 'cancelled';
  const canSend = meeting.abilities.manage && open && !n.sentOn;
  const leadTime = leadTimeText(t, n.leadTime);
  // The server's finding that the notice went out late, or can no longer go out in time (staff only).
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
      {timing.map((f, i) => (
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
      <p className="meeting-pdf-links">
        <a className="button button-secondary" href={noticePdfUrl(meeting.id, 'en')} target="_blank" rel="noopener">
          {t('meetings.noticeCard.pdfEn')}
        </a>
        <a className="button button-secondary" href={noticePdfUrl(meeting.id, 'es')} target="_blank" rel="noopener">
          {t('meetings.noticeCard.pdfEs')}
        </a>
      </p>
      {canAgree && <ShorterNoticeForm meeting={meeting} onChange={onChange} />}
      {canSend && (
        <form
          className="meeting-subform"
          aria-labelledby={`${id}-title`}
          onSubmit={(e) => {
            e.preventDefault();
            void action.run(() =>
              sendNotice(meeting, {
                ...(sentOn ? { sentOn } : {}),
                method,
                language,
                shorterNoticeAgreedOn: late ? agreedOn || null : null,
                shorterNoticeNote: late ? agreedNote : '',
              }),
            );
          }}
        >
          <h3 id={`${id}-title`}>{t('meetings.noticeCard.record')}</h3>
          <div className="meeting-field-row">
            <div className="field">
              <label htmlFor={`${id}-on`}>{t('meetings.noticeCard.sentOn')}</label>
              <input
                id={`${id}-on`}
                type="date"
                value={sentOn}
                aria-describedby={`${id}-on-hint`}
                onChange={(e) => setSentOn(e.target.value)}
              />
              <span id={`${id}-on-hint`} className="hint">
                {t('meetings.noticeCard.sentOnHint')}
              </span>
            </div>
            <div className="field">
              <label htmlFor={`${id}-method`}>{t('meetings.noticeCard.method')}</label>
              <select id={`${id}-method`} value={method} onChange={(e) => setMethod(e.target.value)}>
                {NOTICE_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {t(`meetings.noticeMethod.${m}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-lang`}>{t('meetings.noticeCard.language')}</label>
              <select id={`${id}-lang`} value={language} onChange={(e) => setLanguage(e.target.value)}>
                <option value="en">{t('language.en')}</option>
                <option value="es">{t('language.es')}</option>
              </select>
            </div>
          </div>
          {late && !n.shorterNoticeAgreedOn && (
            <>
              <div className="field">
                <label htmlFor={`${id}-agreed`}>{t('meetings.noticeCard.agreedOn')}</label>
                <input
                  id={`${id}-agreed`}
                  type="date"
                  value={agreedOn}
                  onChange={(e) => setAgreedOn(e.target.value)}
                  aria-describedby={`${id}-agreed-hint`}
                />
                <span id={`${id}-agreed-hint`} className="hint">
                  {t('meetings.noticeCard.agreedHint')}
                </span>
              </div>
              <div className="field">
                <label htmlFor={`${id}-note`}>{t('meetings.noticeCard.agreedNote')}</label>
                <input
                  id={`${id}-note`}
                  type="text"
                  maxLength={1000}
                  value={agreedNote}
                  onChange={(e) => setAgreedNote(e.target.value)}
                />
              </div>
            </>
          )}
          <ActionProblem error={action.error} />
          <button type="submit" className="button button-primary" disabled={action.pending}>
            {t('meetings.noticeCard.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

/** What the server said when it refused: its findings (or errors) in the reader's language, or the message. */
function ActionProblem({ error }: { error: ReturnType<typeof useMeetingAction>['error'] }) {
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
  const action = useMeetingAction(onChange);
  const [agreedOn, setAgreedOn] = useState('');
  const [note, setNote] = useState('');
  return (
    <form
      className="meeting-subform"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(() => recordShorterNotice(meeting, { agreedOn, note }));
      }}
    >
      <h3 id={`${id}-title`}>{t('meetings.noticeCard.shorterTitle')}</h3>
      <p className="hint">{t('meetings.noticeCard.shorterIntro')}</p>
      <div className="meeting-field-row">
        <div className="field">
          <label htmlFor={`${id}-on`}>{t('meetings.noticeCard.shorterOn')}</label>
          <input
            id={`${id}-on`}
            type="date"
            required
            value={agreedOn}
            max={meeting.date}
            onChange={(e) => setAgreedOn(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('meetings.noticeCard.agreedNote')}</label>
          <input
            id={`${id}-note`}
            type="text"
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
      </div>
      <ActionProblem error={action.error} />
      <button type="submit" className="button button-secondary" disabled={action.pending || !agreedOn}>
        {t('meetings.noticeCard.shorterSubmit')}
      </button>
    </form>
  );
}
