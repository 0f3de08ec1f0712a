/**
 * The case clock on a student's page. Staff: the student's deadlines (most urgent first; met ones last),
 * each with its citation, how the date was reached, its status in words, a delay's reason, and the action
 * that clears it; then the case history, newest first (voided events struck through, with who voided them
 * and why), "Record an event" and "Void". The family (parent, student) sees the deadlines only, in plain
 * words, read-only, with help. Whoever the API does not show the clock to (404) sees no section at all.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../api';
import { caseKeys, studentDeadlines, studentEvents } from './api';
import { useAnnouncement, useScrollToHash } from './hooks';
import { sortByUrgency, sortTimeline } from './logic';
import type { CaseEventRecord, DeadlineList } from './types';
import { useT } from '../i18n';
import { useUser } from '../session';
import type { Student } from '../types';
import { ErrorMessage } from '../ui/ErrorMessage';
import type { UseQueryResult } from '@tanstack/react-query';
import { useApiQuery, type LoadError } from '../ui/query';
import { Help } from '../ui/Help';
import { TimelineItem } from './CaseHistory';
import { DeadlineTable } from './DeadlineTable';
import { RecordEventForm } from './RecordEventForm';

/** 404 (and 403): this person is not shown the case clock for this student. */
const hiddenFor = (e: unknown) => isApiError(e) && (e.status === 404 || e.status === 403);

export function CaseSection({ student, name }: { student: Student; name: string }) {
  const t = useT();
  const user = useUser();
  // The family (a parent, the student) reads the deadlines in plain words; staff see the history too.
  const family = user.abilities.portal !== null;
  // Who records and voids case events (src/policy/case.ts, as the record's abilities say).
  const canWrite = student.caseAbilities.record;
  // Not someone who follows this student's clock (a general education teacher, src/policy/case.ts): do not even
  // ask — a refusal would be written to the student's access log as a refused attempt.
  const notForRole = !student.caseAbilities.view;
  const deadlines = useApiQuery(
    caseKeys.studentDeadlines(student.id),
    async (signal) => {
      const list = await studentDeadlines(student.id, signal);
      return { ...list, data: sortByUrgency(list.data) };
    },
    { enabled: !notForRole },
  );
  const events = useApiQuery(
    caseKeys.studentEvents(student.id),
    async (signal) => sortTimeline(await studentEvents(student.id, signal)),
    { enabled: !notForRole && !family },
  );
  const { announcement, statusRef, announce: changed } = useAnnouncement();
  useScrollToHash();

  const recorded = (event: CaseEventRecord) => changed(t('case.recorded', { what: eventKindLabel_(t, event) }));

  const deadlinesHidden = deadlines.isError && hiddenFor(deadlines.error);
  const eventsShown = !family && !(events.isError && hiddenFor(events.error));
  if (notForRole || (deadlinesHidden && !events.data)) return null;
  const busy = deadlines.isPending || (!family && events.isPending);
  const today = deadlines.data?.asOf ?? null;

  return (
    <section id="case" aria-labelledby="case-heading" className="record-section case-section" aria-busy={busy}>
      <h2 id="case-heading">{family ? t('case.family.title') : t('case.title')}</h2>
      {family && (
        <>
          <p className="lede">{t('case.family.intro')}</p>
          <Help topic="deadlines" />
        </>
      )}
      <p ref={statusRef} tabIndex={-1} role="status" className="due-announcement">
        {announcement}
      </p>

      {!deadlinesHidden && (
        <Deadlines
          error={deadlines.isError ? deadlines.error : null}
          list={deadlines.data}
          onRetry={() => void deadlines.refetch()}
          name={name}
          family={family}
          canWrite={canWrite}
          onRecorded={recorded}
        />
      )}

      {eventsShown && (
        <History
          studentId={student.id}
          events={events}
          canWrite={canWrite}
          today={today}
          onRecorded={recorded}
          onVoided={() => changed(t('case.voided'))}
        />
      )}
    </section>
  );
}

/** The case history, newest first, with "Record an event" for those who may. */
function History({
  studentId,
  events,
  canWrite,
  today,
  onRecorded: recorded,
  onVoided,
}: {
  studentId: string;
  events: UseQueryResult<CaseEventRecord[], LoadError>;
  canWrite: boolean;
  today: string | null;
  onRecorded: (event: CaseEventRecord) => void;
  onVoided: () => void;
}) {
  const t = useT();
  return (
    <>
      <div className="case-history-head">
        <h3 id="case-history-heading">{t('case.history.title')}</h3>
        <p className="hint">{t('case.history.order')}</p>
      </div>
      {canWrite && today && <RecordEvent studentId={studentId} today={today} onRecorded={recorded} />}
      {events.isPending && <p className="list-status">{t('case.history.loading')}</p>}
      {events.isError && (
        <ErrorMessage error={events.error} message={t('case.history.error')} onRetry={() => void events.refetch()} />
      )}
      {events.data &&
        (events.data.length === 0 ? (
          <p className="empty">{t('case.history.empty')}</p>
        ) : (
          <ol className="timeline" aria-labelledby="case-history-heading">
            {events.data.map((e) => (
              <TimelineItem key={e.id} event={e} canWrite={canWrite} onVoided={onVoided} />
            ))}
          </ol>
        ))}
    </>
  );
}

/** The deadlines' heading, then the list (or its loading, its error, a warning about missing calendars). */
function Deadlines({
  error,
  list,
  onRetry,
  name,
  family,
  canWrite,
  onRecorded,
}: {
  error: unknown;
  list: DeadlineList | undefined;
  onRetry: () => void;
  name: string;
  family: boolean;
  canWrite: boolean;
  onRecorded: (event: CaseEventRecord) => void;
}) {
  const t = useT();
  const user = useUser();
  return (
    <>
      <h3 id="case-deadlines-heading">{t('case.deadlines.title')}</h3>
      {!list && !error && <p className="list-status">{t('case.deadlines.loading')}</p>}
      {error !== null && <ErrorMessage error={error} message={t('case.deadlines.error')} onRetry={onRetry} />}
      {list && !family && list.missingCalendars.length > 0 && (
        <div className="notice notice-warning" data-testid="clock-calendar-warning">
          {list.missingCalendars.map((m) => (
            <p key={m.schoolId}>{t('calendar.missingOnClock', { school: m.schoolName, year: m.schoolYear })}</p>
          ))}
          {user.abilities.manageDistrictSettings && (
            <p>
              <Link to="/admin/settings">{t('calendar.missingOnClockLink')}</Link>
            </p>
          )}
        </div>
      )}
      {list &&
        (list.data.length === 0 ? (
          <p className="empty">{t('case.deadlines.empty')}</p>
        ) : (
          <DeadlineTable
            items={list.data}
            today={list.asOf}
            name={name}
            family={family}
            canWrite={canWrite}
            onRecorded={onRecorded}
          />
        ))}
    </>
  );
}

/** The event's kind in words, for the announcement after recording (the hook-free form of eventKindLabel). */
function eventKindLabel_(t: ReturnType<typeof useT>, event: CaseEventRecord): string {
  const key = `case.event.kind.${event.kind}` as const;
  return t(key);
}

function RecordEvent({
  studentId,
  today,
  onRecorded,
}: {
  studentId: string;
  today: string;
  onRecorded: (event: CaseEventRecord) => void;
}) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!open && wasOpen.current) openButton.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <p className="case-record-open">
        <button ref={openButton} type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {t('case.record.open')}
        </button>
      </p>
    );
  }
  return (
    <div className="card case-record" role="group" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('case.record.title')}</h4>
      <RecordEventForm
        studentId={studentId}
        today={today}
        onRecorded={(event) => {
          wasOpen.current = false;
          setOpen(false);
          onRecorded(event);
        }}
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}
