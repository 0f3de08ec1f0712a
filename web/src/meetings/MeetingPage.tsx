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
import { useMeetingAction } from './useAction';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { formatTime, getMeeting, updateMeeting, type Meeting } from './api';
import { MEETING_PURPOSES } from '../../../src/domain/meetings';

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
  const intl = useIntl();
  const id = useId();
  const dateInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (editing) dateInput.current?.focus();
  }, [editing]);
  const action = useMeetingAction((next) => {
    setEditing(false);
    onChange(next);
  });
  const [form, setForm] = useState(() => ({
    purpose: m.purpose,
    purposeNote: m.purposeNote,
    date: m.date,
    startTime: m.startTime,
    durationMinutes: String(m.durationMinutes),
    location: m.location,
    videoLink: m.videoLink,
    transitionDiscussed: m.transitionDiscussed,
    studentInRegularClass: m.studentInRegularClass,
  }));
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  const canEdit = m.abilities.manage && m.status === 'scheduled';

  return (
    <section className="card meeting-card" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('meetings.details.title')}</h2>
      {!editing ? (
        <>
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
                {t('meetings.when', { date: formatIsoDate(intl, m.date), time: formatTime(intl.locale, m.startTime) })}{' '}
                · {t('meetings.field.durationValue', { minutes: m.durationMinutes })}
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
          {canEdit && (
            <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
              {t('meetings.details.edit')}
            </button>
          )}
        </>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void action.run(() => updateMeeting(m, { ...form, durationMinutes: Number(form.durationMinutes) || 60 }));
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-purpose`}>{t('meetings.field.purpose')}</label>
            <select id={`${id}-purpose`} value={form.purpose} onChange={set('purpose')}>
              {MEETING_PURPOSES.map((p) => (
                <option key={p} value={p}>
                  {t(`meetings.purpose.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('meetings.field.purposeNote')}</label>
            <input
              id={`${id}-note`}
              type="text"
              maxLength={1000}
              value={form.purposeNote}
              onChange={set('purposeNote')}
            />
          </div>
          <div className="meeting-field-row">
            <div className="field">
              <label htmlFor={`${id}-date`}>{t('meetings.field.date')}</label>
              <input id={`${id}-date`} ref={dateInput} type="date" required value={form.date} onChange={set('date')} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-time`}>{t('meetings.field.time')}</label>
              <input id={`${id}-time`} type="time" required value={form.startTime} onChange={set('startTime')} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-duration`}>{t('meetings.field.duration')}</label>
              <input
                id={`${id}-duration`}
                type="number"
                min={5}
                max={600}
                step={5}
                value={form.durationMinutes}
                onChange={set('durationMinutes')}
              />
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-location`}>{t('meetings.field.location')}</label>
            <input id={`${id}-location`} type="text" maxLength={500} value={form.location} onChange={set('location')} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-video`}>{t('meetings.field.videoLink')}</label>
            <input id={`${id}-video`} type="url" maxLength={500} value={form.videoLink} onChange={set('videoLink')} />
          </div>
          <div className="field-check">
            <input
              id={`${id}-transition`}
              type="checkbox"
              checked={form.transitionDiscussed}
              onChange={(e) => setForm((f) => ({ ...f, transitionDiscussed: e.target.checked }))}
            />
            <label htmlFor={`${id}-transition`}>{t('meetings.field.transitionCheck')}</label>
          </div>
          <div className="field-check">
            <input
              id={`${id}-regular`}
              type="checkbox"
              checked={form.studentInRegularClass}
              onChange={(e) => setForm((f) => ({ ...f, studentInRegularClass: e.target.checked }))}
            />
            <label htmlFor={`${id}-regular`}>{t('meetings.field.regularClassCheck')}</label>
          </div>
          <p className="hint">{t('meetings.details.rescheduleHint')}</p>
          {action.error && (
            <div className="notice notice-error" role="alert">
              <p>{action.error.message}</p>
            </div>
          )}
          <div className="plan-actions-row">
            <button type="submit" className="button button-primary" disabled={action.pending}>
              {t('meetings.details.save')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setEditing(false)}>
              {t('meetings.schedule.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
