/** One meeting: purpose, time, place, team and the required-member check, notice, contact attempts, attendance, minutes. */
import { useEffect, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { isNotFound, useApiQuery } from '../ui/query';
import { meetingKey } from './keys';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Help } from '../ui/Help';
import { ContactLog } from './ContactLog';
import { FamilyPreparations } from './FamilyPreparations';
import { HoldCard } from './HoldCard';
import { NoticeCard } from './NoticeCard';
import { MyAnswer, RespondForm } from './RespondForm';
import { TeamCard } from './TeamCard';
import { useActionError } from './useAction';
import { useForm, type Form } from '../ui/form';
import {
  hasFieldErrors,
  minutesOf,
  PlaceFields,
  PurposeField,
  WhenFields,
  type MeetingFieldValues,
} from './MeetingFields';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { formatTime, getMeeting, updateMeeting, type Meeting } from './api';
import { patchMeetingSchema } from '../../../src/api/meetings';

export default function MeetingPage() {
  const { id = '' } = useParams();
  const t = useT();
  const client = useQueryClient();
  const query = useApiQuery(meetingKey(id), (signal) => getMeeting(id, signal));
  const notFound = query.isError && isNotFound(query.error);

  const title = query.data
    ? t('meetings.page.title', {
        purpose: t(`meetings.purpose.${query.data.purpose}`),
        name: `${query.data.student.firstName} ${query.data.student.lastName}`,
      })
    : notFound
      ? t('meetings.page.notFound')
      : query.isError
        ? t('meetings.page.error')
        : t('common.loading');
  useDocumentTitle(title);

  if (query.isPending) {
    return (
      <p role="status" className="list-status">
        {t('meetings.page.loading')}
      </p>
    );
  }
  if (notFound) {
    return (
      <>
        <PageHeading>{t('meetings.page.notFound')}</PageHeading>
        <p>{t('meetings.page.notFoundBody')}</p>
        <p>
          <Link to="/">{t('nav.home')}</Link>
        </p>
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        <PageHeading>{t('meetings.page.error')}</PageHeading>
        <ErrorMessage error={query.error} message={t('meetings.page.error')} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return (
    <MeetingView
      meeting={query.data}
      title={title}
      onChange={(meeting) => client.setQueryData(meetingKey(id), meeting)}
    />
  );
}

function MeetingView({
  meeting: m,
  title,
  onChange,
}: {
  meeting: Meeting;
  title: string;
  onChange: (m: Meeting) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const { hash } = useLocation();
  const staff = m.team !== null;
  const name = `${m.student.firstName} ${m.student.lastName}`;
  // Open by the details' own button, or by "Move the meeting" beside a notice that is (or can only be) late.
  const [editingDetails, setEditingDetails] = useState(false);

  useEffect(() => {
    if (hash === '#prepare') document.getElementById('prepare')?.scrollIntoView();
  }, [hash]);

  return (
    <div className="meeting-page">
      <p className="back-link">
        <Link to={`/students/${m.studentId}`}>
          <span aria-hidden="true">← </span>
          {t('meetings.page.back', { name })}
        </Link>
      </p>
      <div className="record-head">
        <PageHeading>{title}</PageHeading>
        <p className="lede">
          {t('meetings.when', { date: formatIsoDate(intl, m.date), time: formatTime(intl.locale, m.startTime) })}{' '}
          <span className={`badge badge-meeting-${m.status}`}>{t(`meetings.status.${m.status}`)}</span>
        </p>
      </div>

      <div className="meeting-grid">
        <Details meeting={m} onChange={onChange} editing={editingDetails} setEditing={setEditingDetails} />
        {!staff && (
          <section className="card meeting-card" aria-labelledby="answer-heading" id="prepare">
            <h2 id="answer-heading">{t('meetings.family.yourPart')}</h2>
            <MyAnswer meeting={m} />
            {m.abilities.respond && <RespondForm meeting={m} onAnswered={onChange} />}
            <Help topic="prepare-meeting" />
          </section>
        )}
        <TeamCard meeting={m} onChange={onChange} />
        {staff && m.abilities.manage && <FamilyPreparations meeting={m} />}
        <NoticeCard meeting={m} onChange={onChange} onMove={() => setEditingDetails(true)} />
        {staff && <ContactLog meeting={m} onChange={onChange} />}
        {(staff || m.status === 'held') && <HoldCard key={`${m.id}-${m.status}`} meeting={m} onChange={onChange} />}
      </div>
    </div>
  );
}

function Details({
  meeting: m,
  onChange,
  editing,
  setEditing,
}: {
  meeting: Meeting;
  onChange: (m: Meeting) => void;
  editing: boolean;
  setEditing: (editing: boolean) => void;
}) {
  const t = useT();
  const canEdit = m.abilities.manage && m.status === 'scheduled';
  return (
    <section className="card meeting-card" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('meetings.details.title')}</h2>
      {!editing ? (
        <>
          <DetailsFacts meeting={m} />
          {canEdit && (
            <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
              {t('meetings.details.edit')}
            </button>
          )}
        </>
      ) : (
        <DetailsForm
          meeting={m}
          onClose={() => setEditing(false)}
          onSaved={(next) => {
            setEditing(false);
            onChange(next);
          }}
        />
      )}
    </section>
  );
}

function DetailsFacts({ meeting: m }: { meeting: Meeting }) {
  const t = useT();
  const intl = useIntl();
  return (
    <dl className="facts">
      <div className="fact">
        <dt>{t('meetings.field.purpose')}</dt>
        <dd>
          {t(`meetings.purpose.${m.purpose}`)}
          {m.purposeNote && ` — ${m.purposeNote}`}
        </dd>
      </div>
      <div className="fact">
        <dt>{t('meetings.field.when')}</dt>
        <dd>
          {t('meetings.when', { date: formatIsoDate(intl, m.date), time: formatTime(intl.locale, m.startTime) })} ·{' '}
          {t('meetings.field.durationValue', { minutes: m.durationMinutes })}
        </dd>
      </div>
      <div className="fact">
        <dt>{t('meetings.field.location')}</dt>
        <dd>{m.location || <span className="muted">{t('common.notRecorded')}</span>}</dd>
      </div>
      {m.videoLink && (
        <div className="fact">
          <dt>{t('meetings.field.videoLink')}</dt>
          <dd>
            <a href={m.videoLink} target="_blank" rel="noreferrer noopener">
              {m.videoLink}
            </a>
          </dd>
        </div>
      )}
      <div className="fact">
        <dt>{t('meetings.field.transition')}</dt>
        <dd>{m.transitionDiscussed ? t('common.yes') : t('common.no')}</dd>
      </div>
      {m.team && (
        <div className="fact">
          <dt>{t('meetings.field.regularClass')}</dt>
          <dd>{m.studentInRegularClass ? t('common.yes') : t('common.no')}</dd>
        </div>
      )}
      <div className="fact">
        <dt>{t('meetings.field.student')}</dt>
        <dd>{t('meetings.field.studentValue', { school: m.student.schoolName, grade: m.student.grade })}</dd>
      </div>
    </dl>
  );
}

type DetailsValues = MeetingFieldValues & {
  purposeNote: string;
  transitionDiscussed: boolean;
  studentInRegularClass: boolean;
};

/** Change the meeting's details (moving it to another day resets nothing the server does not say). */
function DetailsForm({
  meeting: m,
  onClose,
  onSaved,
}: {
  meeting: Meeting;
  onClose: () => void;
  onSaved: (m: Meeting) => void;
}) {
  const t = useT();
  const id = useId();
  const dateInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    dateInput.current?.focus();
  }, []);
  const form = useForm({
    initial: (): DetailsValues => ({
      purpose: m.purpose,
      purposeNote: m.purposeNote,
      date: m.date,
      startTime: m.startTime,
      durationMinutes: String(m.durationMinutes),
      location: m.location,
      videoLink: m.videoLink,
      transitionDiscussed: m.transitionDiscussed,
      studentInRegularClass: m.studentInRegularClass,
    }),
    schema: patchMeetingSchema,
    toInput: (v) => ({ ...v, durationMinutes: minutesOf(v.durationMinutes) }),
    onSubmit: async (body) => onSaved(await updateMeeting(m, body)),
  });
  const error = useActionError(form.error);
  const message = error?.message ?? (hasFieldErrors(form.errors) ? t('meetings.error.invalid') : null);
  const { values } = form;
  return (
    <form onSubmit={(e) => void form.submit(e)}>
      <PurposeField form={form} id={id} />
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('meetings.field.purposeNote')}</label>
        <input
          id={`${id}-note`}
          type="text"
          maxLength={1000}
          value={values.purposeNote}
          onChange={(e) => form.set('purposeNote', e.target.value)}
        />
      </div>
      <WhenFields form={form} id={id} dateRef={dateInput} />
      <PlaceFields form={form} id={id} />
      <DetailsChecks form={form} id={id} />
      <p className="hint">{t('meetings.details.rescheduleHint')}</p>
      {message && (
        <div className="notice notice-error" role="alert">
          <p>{message}</p>
        </div>
      )}
      <div className="plan-actions-row">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {t('meetings.details.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('meetings.schedule.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Whether transition is discussed, and whether the student is in a regular class (who must attend follows). */
function DetailsChecks({ form, id }: { form: Form<DetailsValues>; id: string }) {
  const t = useT();
  const { values } = form;
  return (
    <>
      <div className="field-check">
        <input
          id={`${id}-transition`}
          type="checkbox"
          checked={values.transitionDiscussed}
          onChange={(e) => form.set('transitionDiscussed', e.target.checked)}
        />
        <label htmlFor={`${id}-transition`}>{t('meetings.field.transitionCheck')}</label>
      </div>
      <div className="field-check">
        <input
          id={`${id}-regular`}
          type="checkbox"
          checked={values.studentInRegularClass}
          onChange={(e) => form.set('studentInRegularClass', e.target.checked)}
        />
        <label htmlFor={`${id}-regular`}>{t('meetings.field.regularClassCheck')}</label>
      </div>
    </>
  );
}
