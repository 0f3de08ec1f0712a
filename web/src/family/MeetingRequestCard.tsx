/** Ask the team for a meeting (any time: 34 CFR 300.324(b)(1)(ii)), and see the answer to earlier requests. */
import { useState, type SyntheticEvent } from 'react';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { FAMILY_LIMITS } from '../../../src/domain/family';
import { listMeetingRequests, requestMeeting, type MeetingRequest } from './api';
import { useT } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Help } from '../ui/Help';
import { TextBox } from './TextBox';
import { useLoad } from '../ui/query';
import { meetingRequestsKey } from './keys';

export function MeetingRequestCard({ studentId, canRequest }: { studentId: string; canRequest: boolean }) {
  const t = useT();
  const intl = useIntl();
  const timesId = useId();
  const [state, reload, update] = useLoad(meetingRequestsKey(studentId), (signal) =>
    listMeetingRequests(studentId, signal).then((r) => r.data),
  );
  const [reason, setReason] = useState('');
  const [times, setTimes] = useState('');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setMessage({ ok: false, text: t('portal.input.required') });
      return;
    }
    setPending(true);
    setMessage(null);
    try {
      const r = await requestMeeting(studentId, reason, times);
      update((list: MeetingRequest[]) => [r, ...list]);
      setReason('');
      setTimes('');
      setMessage({ ok: true, text: t('portal.meetingRequest.sent') });
    } catch {
      setMessage({ ok: false, text: t('portal.error.send') });
    } finally {
      setPending(false);
    }
  };

  return (
    <section
      className="card family-card"
      aria-labelledby="family-meeting-request-heading"
      aria-busy={state.phase === 'loading'}
    >
      <h3 id="family-meeting-request-heading">{t('portal.meetingRequest.title')}</h3>
      <Help topic="disagree" />
      {canRequest && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextBox
            name="reason"
            label={t('portal.meetingRequest.reason')}
            value={reason}
            onChange={setReason}
            max={FAMILY_LIMITS.meetingReason}
            rows={3}
            invalid={message?.ok === false}
          />
          <div className="field">
            <label htmlFor={timesId}>{t('portal.meetingRequest.times')}</label>
            <input
              id={timesId}
              name="preferredTimes"
              type="text"
              maxLength={FAMILY_LIMITS.preferredTimes}
              value={times}
              onChange={(e) => setTimes(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-primary" disabled={pending}>
            {t('portal.meetingRequest.submit')}
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
        <>
          <h4>{t('portal.meetingRequest.history')}</h4>
          <ul className="family-list">
            {state.value.map((r) => (
              <li key={r.id} data-testid="meeting-request">
                <p className="family-text">{r.reason}</p>
                <p className="family-meta">
                  {t('portal.meetingRequest.askedOn', { date: intl.formatDate(r.createdAt, { dateStyle: 'medium' }) })}{' '}
                  <span className={`badge family-request-${r.status}`}>
                    {t(`portal.meetingRequest.status.${r.status}`)}
                  </span>
                </p>
                {r.handledNote && <p className="family-meta">{r.handledNote}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
