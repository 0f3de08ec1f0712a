/** An excusal of a required member (34 CFR 300.321(e)): the parent's written agreement and, when the member's area is discussed, their written input. */
import { useId } from 'react';
import { excusalSchema } from '../../../src/api/meetings';
import { useT } from '../i18n';
import { useForm, type Form } from '../ui/form';
import { StaleNotice } from '../ui/StaleNotice';
import { getMeeting, recordExcusal, type Meeting, type Participant } from './api';
import { errorProps, FieldMessage } from './fields';
import { actionError, useMeetingAction } from './useAction';

type ExcusalValues = { agreedOn: string; areaDiscussed: boolean; inputOn: string };

export function ExcusalForm({
  meeting,
  participant: p,
  onDone,
}: {
  meeting: Meeting;
  participant: Participant;
  onDone: (m: Meeting) => void;
}) {
  const t = useT();
  const id = useId();
  // Withdrawing an excusal is a button of its own, beside the form's submit.
  const withdraw = useMeetingAction(onDone);
  const form = useForm({
    initial: (): ExcusalValues => ({
      agreedOn: p.excusalAgreedOn ?? '',
      areaDiscussed: p.areaDiscussed,
      inputOn: p.writtenInputOn ?? '',
    }),
    schema: excusalSchema,
    toInput: (v) => ({
      excused: true,
      excusalAgreedOn: v.agreedOn || null,
      areaDiscussed: v.areaDiscussed,
      writtenInputOn: v.areaDiscussed ? v.inputOn || null : null,
    }),
    fieldOf: (path) => (path === 'excusalAgreedOn' ? 'agreedOn' : path === 'writtenInputOn' ? 'inputOn' : path),
    onSubmit: async (body) => onDone(await recordExcusal(meeting.id, p, body)),
  });
  const error = form.error ? actionError(t, form.error) : withdraw.error;
  const pending = form.pending || withdraw.pending;
  return (
    <form className="meeting-subform" aria-labelledby={`${id}-title`} onSubmit={(e) => void form.submit(e)}>
      <h4 id={`${id}-title`}>{t('meetings.excusal.title', { name: p.name })}</h4>
      <p className="hint">{t('meetings.excusal.hint')}</p>
      <ExcusalFields form={form} id={id} />
      {error?.stale ? (
        <StaleNotice
          message={t('meetings.error.staleMember')}
          onReload={() => void getMeeting(meeting.id).then(onDone)}
        />
      ) : (
        error && (
          <p className="field-error" role="alert">
            {error.message}
          </p>
        )
      )}
      <div className="plan-actions-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {t('meetings.excusal.submit')}
        </button>
        {p.attendance === 'excused' && (
          <button
            type="button"
            className="button button-secondary"
            disabled={pending}
            onClick={() =>
              void withdraw.run(() =>
                recordExcusal(meeting.id, p, {
                  excused: false,
                  excusalAgreedOn: null,
                  areaDiscussed: false,
                  writtenInputOn: null,
                }),
              )
            }
          >
            {t('meetings.excusal.withdraw')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The day the parent agreed in writing; whether the member's area is discussed, and then the day of their input. */
function ExcusalFields({ form, id }: { form: Form<ExcusalValues>; id: string }) {
  const t = useT();
  const { values, errors } = form;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-agreed`}>{t('meetings.excusal.agreedOnLabel')}</label>
        <input
          id={`${id}-agreed`}
          type="date"
          value={values.agreedOn}
          onChange={(e) => form.set('agreedOn', e.target.value)}
          {...errorProps(errors, 'agreedOn', `${id}-agreed`)}
        />
        <FieldMessage errors={errors} name="agreedOn" id={`${id}-agreed`} />
      </div>
      <div className="field-check">
        <input
          id={`${id}-area`}
          type="checkbox"
          checked={values.areaDiscussed}
          onChange={(e) => form.set('areaDiscussed', e.target.checked)}
        />
        <label htmlFor={`${id}-area`}>{t('meetings.excusal.areaDiscussed')}</label>
      </div>
      {values.areaDiscussed && (
        <div className="field">
          <label htmlFor={`${id}-input`}>{t('meetings.excusal.inputOnLabel')}</label>
          <input
            id={`${id}-input`}
            type="date"
            value={values.inputOn}
            onChange={(e) => form.set('inputOn', e.target.value)}
            {...errorProps(errors, 'inputOn', `${id}-input`)}
          />
          <FieldMessage errors={errors} name="inputOn" id={`${id}-input`} />
        </div>
      )}
    </>
  );
}
