/**
 * Meetings on a student's page. Staff see the meetings (purpose, day and time, status, the team check) and, those
 * who manage the record, "Schedule a meeting". The family see their invitations and answer them: attend, cannot
 * attend, or propose another time — with a link to prepare for the meeting.
 */
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../api';
import { useApiQuery } from '../ui/query';
import { meetingsKey } from './keys';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { formatTime, listMeetings, scheduleMeeting, type MeetingSummary } from './api';
import { useUser } from '../session';
import type { Student } from '../types';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Help } from '../ui/Help';
import { MyAnswer, RespondForm } from './RespondForm';
import { scheduleSchema } from '../../../src/api/meetings';
import { useForm } from '../ui/form';
import {
  hasFieldErrors,
  minutesOf,
  PlaceFields,
  PurposeField,
  WhenFields,
  type MeetingFieldValues,
} from './MeetingFields';

export function MeetingsSection({ student, name }: { student: Student; name: string }) {
  const t = useT();
  // The family (a parent, the student) answer their invitations; staff see the team's view.
  const family = useUser().abilities.portal !== null;
  const list = useApiQuery(meetingsKey(student.id), (signal) => listMeetings(student.id, signal));
  const client = useQueryClient();

  const meetings = list.data ?? [];
  return (
    <section aria-labelledby="meetings-heading" className="record-section meetings-section" aria-busy={list.isPending}>
      <h2 id="meetings-heading">{t('meetings.title')}</h2>
      {list.isPending && (
        <p role="status" className="list-status">
          {t('meetings.loading')}
        </p>
      )}
      {list.isError && (
        <ErrorMessage error={list.error} message={t('meetings.error')} onRetry={() => void list.refetch()} />
      )}
      {list.isSuccess && meetings.length === 0 && (
        <p className="empty">{family ? t('meetings.emptyFamily') : t('meetings.empty')}</p>
      )}
      {family ? (
        <FamilyMeetings
          meetings={meetings}
          onChange={() => void client.invalidateQueries({ queryKey: meetingsKey(student.id) })}
        />
      ) : (
        meetings.length > 0 && <StaffMeetings meetings={meetings} name={name} />
      )}
      {student.meetingAbilities.schedule && <ScheduleMeeting studentId={student.id} />}
    </section>
  );
}

function When({ m }: { m: Pick<MeetingSummary, 'date' | 'startTime'> }) {
  const t = useT();
  const intl = useIntl();
  return <>{t('meetings.when', { date: formatIsoDate(intl, m.date), time: formatTime(intl.locale, m.startTime) })}</>;
}

function StatusBadge({ status }: { status: MeetingSummary['status'] }) {
  const t = useT();
  return <span className={`badge badge-meeting-${status}`}>{t(`meetings.status.${status}`)}</span>;
}

function StaffMeetings({ meetings, name }: { meetings: MeetingSummary[]; name: string }) {
  const t = useT();
  const intl = useIntl();
  return (
    <table className="data-table stacked meetings-table">
      <caption className="visually-hidden">{t('meetings.caption', { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('meetings.column.meeting')}</th>
          <th scope="col">{t('meetings.column.when')}</th>
          <th scope="col">{t('meetings.column.status')}</th>
          <th scope="col">{t('meetings.column.team')}</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id} data-testid="meeting-row">
            <th scope="row" className="cell-title">
              <Link to={`/meetings/${m.id}`}>{t(`meetings.purpose.${m.purpose}`)}</Link>
              <span className="cell-note">
                {m.noticeSentOn
                  ? t('meetings.noticeSent', { date: formatIsoDate(intl, m.noticeSentOn) })
                  : m.status === 'scheduled'
                    ? t('meetings.noticeNotSent')
                    : ''}
              </span>
            </th>
            <td>
              <span className="cell-label" aria-hidden="true">
                {t('meetings.column.when')}
              </span>
              <When m={m} />
            </td>
            <td>
              <span className="cell-label" aria-hidden="true">
                {t('meetings.column.status')}
              </span>
              <StatusBadge status={m.status} />
            </td>
            <td>
              <span className="cell-label" aria-hidden="true">
                {t('meetings.column.team')}
              </span>
              {m.status !== 'scheduled' || m.teamProblems === null ? (
                <span className="muted">—</span>
              ) : m.teamProblems === 0 ? (
                <span className="meeting-team-ok">{t('meetings.team.complete')}</span>
              ) : (
                <span className="meeting-team-problem">{t('meetings.team.problems', { count: m.teamProblems })}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FamilyMeetings({ meetings, onChange }: { meetings: MeetingSummary[]; onChange: () => void }) {
  const t = useT();
  const upcoming = meetings.filter((m) => m.status === 'scheduled');
  const past = meetings.filter((m) => m.status !== 'scheduled');
  return (
    <>
      {upcoming.length > 0 && <Help topic="who-attends" />}
      <ul className="meeting-invitations">
        {upcoming.map((m) => (
          <li key={m.id} className="card meeting-invitation" data-testid="meeting-invitation">
            <h3>{t(`meetings.purpose.${m.purpose}`)}</h3>
            <p className="meeting-when">
              <When m={m} />
            </p>
            {m.location && <p>{m.location}</p>}
            {m.videoLink && (
              <p>
                <a href={m.videoLink} rel="noreferrer noopener" target="_blank">
                  {t('meetings.joinVideo')}
                </a>
              </p>
            )}
            <MyAnswer meeting={m} />
            {m.abilities.respond && <RespondForm meeting={m} onAnswered={onChange} />}
            <p className="meeting-links">
              <Link to={`/meetings/${m.id}`}>{t('meetings.family.details')}</Link>
              <Link to={`/meetings/${m.id}#prepare`}>{t('meetings.family.prepare')}</Link>
            </p>
          </li>
        ))}
      </ul>
      {past.length > 0 && (
        <>
          <h3 className="meeting-past-heading">{t('meetings.family.past')}</h3>
          <ul className="plain-list meeting-past">
            {past.map((m) => (
              <li key={m.id}>
                <Link to={`/meetings/${m.id}`}>{t(`meetings.purpose.${m.purpose}`)}</Link> — <When m={m} />{' '}
                <StatusBadge status={m.status} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

type ScheduleValues = MeetingFieldValues & { inviteParents: boolean };

function ScheduleMeeting({ studentId }: { studentId: string }) {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const form = useForm({
    initial: (): ScheduleValues => ({
      purpose: 'annual',
      date: '',
      startTime: '15:30',
      durationMinutes: '60',
      location: '',
      videoLink: '',
      inviteParents: true,
    }),
    schema: scheduleSchema,
    toInput: (v) => ({ ...v, durationMinutes: minutesOf(v.durationMinutes) }),
    onSubmit: async (body) => {
      const m = await scheduleMeeting(studentId, body);
      void navigate(`/meetings/${m.id}`);
    },
  });

  if (!open) {
    return (
      <p className="meetings-schedule">
        <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
          {t('meetings.schedule.button')}
        </button>
      </p>
    );
  }
  const failed = form.error !== null || hasFieldErrors(form.errors);
  return (
    <form className="card meeting-schedule-form" aria-labelledby={`${id}-title`} onSubmit={(e) => void form.submit(e)}>
      <h3 id={`${id}-title`}>{t('meetings.schedule.title')}</h3>
      <PurposeField form={form} id={id} />
      <WhenFields form={form} id={id} />
      <PlaceFields form={form} id={id} scheduling />
      <div className="field-check">
        <input
          id={`${id}-parents`}
          type="checkbox"
          checked={form.values.inviteParents}
          onChange={(e) => form.set('inviteParents', e.target.checked)}
        />
        <label htmlFor={`${id}-parents`}>{t('meetings.schedule.inviteParents')}</label>
      </div>
      {failed && (
        <div className="notice notice-error" role="alert">
          <p>
            {isApiError(form.error) && form.error.code === 'NETWORK'
              ? t('common.error.network')
              : t('meetings.schedule.error')}
          </p>
        </div>
      )}
      <div className="plan-actions-row">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? t('meetings.schedule.pending') : t('meetings.schedule.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('meetings.schedule.cancel')}
        </button>
      </div>
    </form>
  );
}
