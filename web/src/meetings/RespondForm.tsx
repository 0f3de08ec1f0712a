/** A parent's answer to a meeting invitation: I will attend, I cannot attend, or propose another day and time (34 CFR 300.322(a)(2)). */
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { isApiError } from '../api';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { respondToMeeting, formatTime, type Meeting, type MeetingSummary } from './api';

type Choice = 'accepted' | 'declined' | 'proposed_other_time';

export function RespondForm({
  meeting,
  onAnswered,
}: {
  meeting: Pick<MeetingSummary, 'id' | 'myResponse'>;
  onAnswered: (m: Meeting) => void;
}) {
  const t = useT();
  const id = useId();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [note, setNote] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async () => {
    if (!choice) return;
    if (choice === 'proposed_other_time' && !date) {
      setError(t('meetings.respond.needDate'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const m = await respondToMeeting(meeting.id, {
        response: choice,
        ...(choice === 'proposed_other_time' ? { proposedDate: date, proposedTime: time || null } : {}),
        note,
      });
      setSaved(true);
      onAnswered(m);
    } catch (e) {
      setError(isApiError(e) && e.code === 'NETWORK' ? t('common.error.network') : t('meetings.respond.error'));
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      className="meeting-respond"
      aria-labelledby={`${id}-legend`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset className="field radio-field">
        <legend id={`${id}-legend`}>{t('meetings.respond.question')}</legend>
        <div className="radio-options radio-options-stacked">
          {(['accepted', 'declined', 'proposed_other_time'] as const).map((c) => (
            <span className="radio-option" key={c}>
              <input
                id={`${id}-${c}`}
                type="radio"
                name={`${id}-choice`}
                value={c}
                checked={choice === c}
                onChange={() => {
                  setChoice(c);
                  setSaved(false);
                }}
              />
              <label htmlFor={`${id}-${c}`}>{t(`meetings.respond.choice.${c}`)}</label>
            </span>
          ))}
        </div>
      </fieldset>
      {choice === 'proposed_other_time' && (
        <div className="meeting-field-row">
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('meetings.respond.proposedDate')}</label>
            <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
          </div>
          <div className="field">
            <label htmlFor={`${id}-time`}>{t('meetings.respond.proposedTime')}</label>
            <input id={`${id}-time`} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
          </div>
        </div>
      )}
      {choice && (
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('meetings.respond.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="meeting-saved">
        {saved ? t('meetings.respond.saved') : ''}
      </p>
      <button type="submit" className="button button-primary" disabled={!choice || pending}>
        {pending ? t('meetings.respond.pending') : t('meetings.respond.submit')}
      </button>
    </form>
  );
}

/** "Your answer: …" for the family. */
export function MyAnswer({
  meeting,
}: {
  meeting: Pick<Meeting, 'myResponse' | 'participants' | 'myParticipantId'> | MeetingSummary;
}) {
  const t = useT();
  const intl = useIntl();
  // "No answer yet" goes without saying above the question itself.
  if (!meeting.myResponse || meeting.myResponse === 'pending') return null;
  const me = 'participants' in meeting ? meeting.participants.find((p) => p.id === meeting.myParticipantId) : undefined;
  const proposal = me?.proposedDate
    ? `: ${formatIsoDate(intl, me.proposedDate)}${me.proposedTime ? `, ${formatTime(intl.locale, me.proposedTime)}` : ''}`
    : '';
  return (
    <p className="meeting-my-answer">
      <strong>{t('meetings.respond.yourAnswer')}</strong> {t(`meetings.response.${meeting.myResponse}`)}
      {proposal}
    </p>
  );
}
