/** A parent's answer to a meeting invitation: I will attend, I cannot attend, or propose another day and time (34 CFR 300.322(a)(2)). */
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { isApiError } from '../api';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { responseSchema } from '../../../src/api/meetings';
import { useForm, type Form } from '../ui/form';
import { respondToMeeting, formatTime, type Meeting, type MeetingSummary } from './api';

type Choice = 'accepted' | 'declined' | 'proposed_other_time';

type RespondValues = { choice: Choice | null; date: string; time: string; note: string };

export function RespondForm({
  meeting,
  onAnswered,
}: {
  meeting: Pick<MeetingSummary, 'id' | 'myResponse'>;
  onAnswered: (m: Meeting) => void;
}) {
  const t = useT();
  const id = useId();
  const [saved, setSaved] = useState(false);
  const form = useForm({
    initial: (): RespondValues => ({ choice: null, date: '', time: '', note: '' }),
    schema: responseSchema,
    toInput: (v) => ({
      response: v.choice,
      ...(v.choice === 'proposed_other_time' ? { proposedDate: v.date || null, proposedTime: v.time || null } : {}),
      note: v.note,
    }),
    message: (e) => (e.path === 'proposedDate' ? t('meetings.respond.needDate') : e.message),
    onSubmit: async (body) => {
      const m = await respondToMeeting(meeting.id, body);
      setSaved(true);
      onAnswered(m);
    },
  });
  const { values, errors } = form;
  const failed = form.error
    ? isApiError(form.error) && form.error.code === 'NETWORK'
      ? t('common.error.network')
      : t('meetings.respond.error')
    : null;
  const error = errors.proposedDate ?? failed;

  return (
    <form className="meeting-respond" aria-labelledby={`${id}-legend`} onSubmit={(e) => void form.submit(e)}>
      <ChoiceFields form={form} id={id} onChoose={() => setSaved(false)} />
      {values.choice === 'proposed_other_time' && <ProposedTime form={form} id={id} />}
      {values.choice && (
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('meetings.respond.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            maxLength={2000}
            value={values.note}
            onChange={(e) => form.set('note', e.target.value)}
          />
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="meeting-saved">
        {saved ? t('meetings.respond.saved') : ''}
      </p>
      <button type="submit" className="button button-primary" disabled={!values.choice || form.pending}>
        {form.pending ? t('meetings.respond.pending') : t('meetings.respond.submit')}
      </button>
    </form>
  );
}

/** The day and time the parent proposes instead; the day is required (its message is the form's `${id}-error`). */
function ProposedTime({ form, id }: { form: Form<RespondValues>; id: string }) {
  const t = useT();
  const invalid = Boolean(form.errors.proposedDate);
  return (
    <div className="meeting-field-row">
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('meetings.respond.proposedDate')}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={form.values.date}
          onChange={(e) => form.set('date', e.target.value)}
          required
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-time`}>{t('meetings.respond.proposedTime')}</label>
        <input
          id={`${id}-time`}
          type="time"
          value={form.values.time}
          onChange={(e) => form.set('time', e.target.value)}
        />
      </div>
    </div>
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

/** I will attend, I cannot, or another day and time. */
function ChoiceFields({ form, id, onChoose }: { form: Form<RespondValues>; id: string; onChoose: () => void }) {
  const t = useT();
  const { values } = form;
  return (
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
              checked={values.choice === c}
              onChange={() => {
                form.set('choice', c);
                onChoose();
              }}
            />
            <label htmlFor={`${id}-${c}`}>{t(`meetings.respond.choice.${c}`)}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}
