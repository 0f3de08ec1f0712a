/**
 * The written notice (34 CFR 300.322): the lead time from the district's profile, whether it went out and how, the
 * PDF in English and Spanish, and (staff) recording it as sent — refused when it is too late unless the parent
 * agreed to a shorter notice, which is then recorded with its date.
 */
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n';
import { formatIsoDate, languageName } from '../../labels';
import { noticePdfUrl, sendNotice, type Meeting } from '../../meetings/api';
import { NOTICE_METHODS } from '../../../../src/domain/meetings';
import { LEAD_TIME_CODE } from '../../meetings/findings';
import { codeLabel, findingText, leadTimeText, refusalItems } from './text';
import { useMeetingAction } from './useAction';

export function NoticeCard({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
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
  const canSend = meeting.abilities.manage && meeting.status === 'scheduled' && !n.sentOn;
  const leadTime = leadTimeText(t, n.leadTime);
  // The server names the lead-time rule ('meeting-notice', with the day it was due) when the notice is too late without the parent's agreement.
  const late422 = action.error?.code === 'RULE_VIOLATION' ? action.error.findings.find((f) => f.code === LEAD_TIME_CODE) : undefined;
  const refusedLate = late422 !== undefined;

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
          {t('meetings.noticeCard.sent', { date: formatIsoDate(intl, n.sentOn), method: codeLabel(t, 'meetings.noticeMethod', n.method), language: n.language ? languageName(intl, n.language) : '—' })}
          {n.shorterNoticeAgreedOn && ` ${t('meetings.noticeCard.shorterAgreed', { date: formatIsoDate(intl, n.shorterNoticeAgreedOn) })}`}
        </p>
      ) : (
        meeting.status === 'scheduled' && <p className={n.onTime ? 'muted' : 'notice notice-error'}>{n.onTime ? t('meetings.noticeCard.notSent') : t('meetings.noticeCard.tooLate')}</p>
      )}
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
      {canSend && (
        <form
          className="meeting-subform"
          aria-labelledby={`${id}-title`}
          onSubmit={(e) => {
            e.preventDefault();
            void action.run(() => sendNotice(meeting.id, { ...(sentOn ? { sentOn } : {}), method, language, shorterNoticeAgreedOn: late ? agreedOn || null : null, shorterNoticeNote: late ? agreedNote : '' }));
          }}
        >
          <h3 id={`${id}-title`}>{t('meetings.noticeCard.record')}</h3>
          <div className="meeting-field-row">
            <div className="field">
              <label htmlFor={`${id}-on`}>{t('meetings.noticeCard.sentOn')}</label>
              <input id={`${id}-on`} type="date" value={sentOn} aria-describedby={`${id}-on-hint`} onChange={(e) => setSentOn(e.target.value)} />
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
          {late && (
            <>
              <div className="field">
                <label htmlFor={`${id}-agreed`}>{t('meetings.noticeCard.agreedOn')}</label>
                <input id={`${id}-agreed`} type="date" value={agreedOn} onChange={(e) => setAgreedOn(e.target.value)} aria-describedby={`${id}-agreed-hint`} />
                <span id={`${id}-agreed-hint`} className="hint">
                  {t('meetings.noticeCard.agreedHint')}
                </span>
              </div>
              <div className="field">
                <label htmlFor={`${id}-note`}>{t('meetings.noticeCard.agreedNote')}</label>
                <input id={`${id}-note`} type="text" maxLength={1000} value={agreedNote} onChange={(e) => setAgreedNote(e.target.value)} />
              </div>
            </>
          )}
          {action.error && (
            <div className="notice notice-error" role="alert">
              {refusedLate ? (
                <p>{t('meetings.noticeCard.refusedLate', { date: formatIsoDate(intl, late422?.params.due ?? n.latestOn) })}</p>
              ) : action.error.code === 'RULE_VIOLATION' && (action.error.findings.length > 0 || action.error.errors.length > 0) ? (
                <>
                  <p>
                    <strong>{t('meetings.noticeCard.refused')}</strong>
                  </p>
                  <ul>
                    {refusalItems(t, intl, action.error).map((e, i) => (
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
                <p>{action.error.message}</p>
              )}
            </div>
          )}
          <button type="submit" className="button button-primary" disabled={action.pending}>
            {t('meetings.noticeCard.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
