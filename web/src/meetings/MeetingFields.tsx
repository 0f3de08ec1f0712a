/**
 * The fields a meeting is scheduled with and later edited with (the student's meetings' "Schedule a meeting", the
 * meeting page's details): purpose, day, time and length, place and video link. Each names its error (errors[].path).
 */
import type { RefObject } from 'react';
import { MEETING_PURPOSES } from '../../../src/domain/meetings';
import { useT } from '../i18n';
import type { FieldErrors, Form } from '../ui/form';
import { errorProps, FieldMessage } from './fields';

export type Purpose = (typeof MEETING_PURPOSES)[number];

/** What both forms hold; the length is the text of its number box (sent as a number, 60 when empty). */
export interface MeetingFieldValues {
  purpose: Purpose;
  date: string;
  startTime: string;
  durationMinutes: string;
  location: string;
  videoLink: string;
}

export const minutesOf = (text: string) => Number(text) || 60;

export function PurposeField<V extends MeetingFieldValues>({ form, id }: { form: Form<V>; id: string }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={`${id}-purpose`}>{t('meetings.field.purpose')}</label>
      <select
        id={`${id}-purpose`}
        value={form.values.purpose}
        onChange={(e) => form.set('purpose', e.target.value as V['purpose'])}
      >
        {MEETING_PURPOSES.map((p) => (
          <option key={p} value={p}>
            {t(`meetings.purpose.${p}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Day, start time and length in minutes. */
export function WhenFields<V extends MeetingFieldValues>({
  form,
  id,
  dateRef,
}: {
  form: Form<V>;
  id: string;
  dateRef?: RefObject<HTMLInputElement | null>;
}) {
  const t = useT();
  const { values, errors } = form;
  return (
    <div className="meeting-field-row">
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('meetings.field.date')}</label>
        <input
          id={`${id}-date`}
          ref={dateRef}
          type="date"
          required
          value={values.date}
          onChange={(e) => form.set('date', e.target.value)}
          {...errorProps(errors, 'date', `${id}-date`)}
        />
        <FieldMessage errors={errors} name="date" id={`${id}-date`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-time`}>{t('meetings.field.time')}</label>
        <input
          id={`${id}-time`}
          type="time"
          required
          value={values.startTime}
          onChange={(e) => form.set('startTime', e.target.value)}
          {...errorProps(errors, 'startTime', `${id}-startTime`)}
        />
        <FieldMessage errors={errors} name="startTime" id={`${id}-startTime`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-duration`}>{t('meetings.field.duration')}</label>
        <input
          id={`${id}-duration`}
          type="number"
          min={5}
          max={600}
          step={5}
          value={values.durationMinutes}
          onChange={(e) => form.set('durationMinutes', e.target.value)}
          {...errorProps(errors, 'durationMinutes', `${id}-durationMinutes`)}
        />
        <FieldMessage errors={errors} name="durationMinutes" id={`${id}-durationMinutes`} />
      </div>
    </div>
  );
}

/** Where: the place (with a hint when scheduling) and a video link (https only). */
export function PlaceFields<V extends MeetingFieldValues>({
  form,
  id,
  scheduling,
}: {
  form: Form<V>;
  id: string;
  /** Scheduling: the place has its hint and the link a placeholder. */
  scheduling?: boolean;
}) {
  const t = useT();
  const { values, errors } = form;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-location`}>{t('meetings.field.location')}</label>
        <input
          id={`${id}-location`}
          type="text"
          maxLength={500}
          value={values.location}
          onChange={(e) => form.set('location', e.target.value)}
          {...errorProps(errors, 'location', `${id}-location`, scheduling ? `${id}-place-hint` : undefined)}
        />
        {scheduling && (
          <span id={`${id}-place-hint`} className="hint">
            {t('meetings.schedule.placeHint')}
          </span>
        )}
        <FieldMessage errors={errors} name="location" id={`${id}-location`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-video`}>{t('meetings.field.videoLink')}</label>
        <input
          id={`${id}-video`}
          type="url"
          maxLength={500}
          placeholder={scheduling ? 'https://' : undefined}
          value={values.videoLink}
          onChange={(e) => form.set('videoLink', e.target.value)}
          {...errorProps(errors, 'videoLink', `${id}-videoLink`)}
        />
        <FieldMessage errors={errors} name="videoLink" id={`${id}-videoLink`} />
      </div>
    </>
  );
}

/** Whether any field has a message (the schema refused before sending, or the API named fields). */
export const hasFieldErrors = (errors: FieldErrors) => Object.values(errors).some(Boolean);
