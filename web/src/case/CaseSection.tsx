/**
 * The case clock on a student's page. Staff: the student's deadlines (most urgent first; met ones last),
 * each with its citation, how the date was reached, its status in words, a delay's reason, and the action
 * that clears it; then the case history, newest first (voided events struck through, with who voided them
 * and why), "Record an event" and "Void". The family (parent, student) sees the deadlines only, in plain
 * words, read-only, with help. Whoever the API does not show the clock to (404) sees no section at all.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { Link } from 'react-router';
import type { MessageId } from '../../../src/documents/messages';
import { isAbort, isApiError } from '../api';
import { studentDeadlines, studentEvents, voidEvent } from './api';
import { useScrollToHash } from './hooks';
import {
  consentTypeLabel,
  delayReasonLabel,
  eventKindLabel,
  exitReasonLabel,
  meetingPurposeLabel,
  referralSourceLabel,
  ruleExplanation,
  ruleLabel,
} from './labels';
import { distance, sortByUrgency, sortTimeline } from './logic';
import type { CaseEventRecord, DeadlineItem, DeadlineList } from './types';
import { useT } from '../i18n';
import { DISCIPLINE_EVENT_KINDS, type RemovalType } from '../../../src/domain/discipline';
import { disabilityLabel, formatIsoDate } from '../labels';
import { useUser } from '../session';
import type { Student } from '../types';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Help } from '../components/help/Help';
import { DeadlineActions } from './DeadlineActions';
import { DeadlineBadge } from './DeadlineBadge';
import { RecordEventForm } from './RecordEventForm';

type Load<T> =
  { phase: 'loading' } | { phase: 'hidden' } | { phase: 'error'; error: unknown } | { phase: 'ready'; value: T };

/** 404 (and 403): this person is not shown the case clock for this student. */
const hiddenFor = (e: unknown) => isApiError(e) && (e.status === 404 || e.status === 403);

export function CaseSection({ student, name }: { student: Student; name: string }) {
  const t = useT();
  const user = useUser();
  // The family (a parent, the student) reads the deadlines in plain words; staff see the history too.
  const family = user.abilities.portal !== null;
  // Who records and voids case events (src/policy/case.ts, as the record's abilities say).
  const canWrite = student.caseAbilities.record;
  const [deadlines, setDeadlines] = useState<Load<DeadlineList>>({ phase: 'loading' });
  const [events, setEvents] = useState<Load<CaseEventRecord[]>>(family ? { phase: 'hidden' } : { phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  // After a change, focus goes to the message that says what happened (the row acted on may be gone); after the commit, so after the dialog hands focus back.
  const [focusTick, setFocusTick] = useState(0);
  useEffect(() => {
    if (focusTick) statusRef.current?.focus();
  }, [focusTick]);
  useScrollToHash();

  // Not someone who follows this student's clock (a general education teacher, src/policy/case.ts): do not even
  // ask — a refusal would be written to the student's access log as a refused attempt.
  const notForRole = !student.caseAbilities.view;
  useEffect(() => {
    if (notForRole) return;
    const controller = new AbortController();
    studentDeadlines(student.id, controller.signal).then(
      (list) => setDeadlines({ phase: 'ready', value: { ...list, data: sortByUrgency(list.data) } }),
      (error: unknown) => {
        if (isAbort(error)) return;
        setDeadlines(hiddenFor(error) ? { phase: 'hidden' } : { phase: 'error', error });
      },
    );
    if (!family) {
      studentEvents(student.id, controller.signal).then(
        (list) => setEvents({ phase: 'ready', value: sortTimeline(list) }),
        (error: unknown) => {
          if (isAbort(error)) return;
          setEvents(hiddenFor(error) ? { phase: 'hidden' } : { phase: 'error', error });
        },
      );
    }
    return () => controller.abort();
  }, [student.id, family, attempt, notForRole]);

  const changed = useCallback((message: string) => {
    setAnnouncement(message);
    setAttempt((n) => n + 1);
    setFocusTick((n) => n + 1);
  }, []);

  if (notForRole || (deadlines.phase === 'hidden' && events.phase !== 'ready')) return null;
  const busy = deadlines.phase === 'loading' || events.phase === 'loading';
  const today = deadlines.phase === 'ready' ? deadlines.value.asOf : null;

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

      {deadlines.phase !== 'hidden' && <h3 id="case-deadlines-heading">{t('case.deadlines.title')}</h3>}
      {deadlines.phase === 'loading' && <p className="list-status">{t('case.deadlines.loading')}</p>}
      {deadlines.phase === 'error' && (
        <ErrorMessage
          error={deadlines.error}
          message={t('case.deadlines.error')}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      )}
      {deadlines.phase === 'ready' && !family && deadlines.value.missingCalendars.length > 0 && (
        <div className="notice notice-warning" data-testid="clock-calendar-warning">
          {deadlines.value.missingCalendars.map((m) => (
            <p key={m.schoolId}>{t('calendar.missingOnClock', { school: m.schoolName, year: m.schoolYear })}</p>
          ))}
          {user.abilities.manageDistrictSettings && (
            <p>
              <Link to="/admin/settings">{t('calendar.missingOnClockLink')}</Link>
            </p>
          )}
        </div>
      )}
      {deadlines.phase === 'ready' &&
        (deadlines.value.data.length === 0 ? (
          <p className="empty">{t('case.deadlines.empty')}</p>
        ) : (
          <DeadlineTable
            items={deadlines.value.data}
            today={deadlines.value.asOf}
            name={name}
            family={family}
            canWrite={canWrite}
            onRecorded={(event) => changed(t('case.recorded', { what: eventKindLabel_(t, event) }))}
          />
        ))}

      {events.phase !== 'hidden' && (
        <>
          <div className="case-history-head">
            <h3 id="case-history-heading">{t('case.history.title')}</h3>
            <p className="hint">{t('case.history.order')}</p>
          </div>
          {canWrite && today && (
            <RecordEvent
              studentId={student.id}
              today={today}
              onRecorded={(event) => changed(t('case.recorded', { what: eventKindLabel_(t, event) }))}
            />
          )}
          {events.phase === 'loading' && <p className="list-status">{t('case.history.loading')}</p>}
          {events.phase === 'error' && (
            <ErrorMessage
              error={events.error}
              message={t('case.history.error')}
              onRetry={() => setAttempt((n) => n + 1)}
            />
          )}
          {events.phase === 'ready' &&
            (events.value.length === 0 ? (
              <p className="empty">{t('case.history.empty')}</p>
            ) : (
              <ol className="timeline" aria-labelledby="case-history-heading">
                {events.value.map((e) => (
                  <TimelineItem key={e.id} event={e} canWrite={canWrite} onVoided={() => changed(t('case.voided'))} />
                ))}
              </ol>
            ))}
        </>
      )}
    </section>
  );
}

/** The event's kind in words, for the announcement after recording (the hook-free form of eventKindLabel). */
function eventKindLabel_(t: ReturnType<typeof useT>, event: CaseEventRecord): string {
  const key = `case.event.kind.${event.kind}` as const;
  return t(key);
}

function DeadlineTable({
  items,
  today,
  name,
  family,
  canWrite,
  onRecorded,
}: {
  items: DeadlineItem[];
  today: string;
  name: string;
  family: boolean;
  canWrite: boolean;
  onRecorded: (event: CaseEventRecord) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const user = useUser();
  const showActions = canWrite && items.some((i) => i.status !== 'met' && i.status !== 'met_late');
  return (
    <table className="data-table stacked deadline-table">
      <caption className="visually-hidden">{t('case.deadlines.caption', { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('case.deadlines.column.what')}</th>
          <th scope="col">{t('case.deadlines.column.due')}</th>
          <th scope="col">{t('case.deadlines.column.status')}</th>
          {showActions && <th scope="col">{t('case.deadlines.column.action')}</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const d = distance(item);
          const explanation = family ? ruleExplanation(intl, item.rule, user.abilities.portal === 'student') : '';
          return (
            <tr key={item.id} data-testid="deadline-row" data-rule={item.rule} data-status={item.status}>
              <th scope="row" className="cell-title">
                <span className="deadline-what">{ruleLabel(intl, item.rule)}</span>
                {explanation && <span className="cell-note">{explanation}</span>}
                {!family && (
                  <>
                    <span className="citation">{item.citation}</span>
                    {item.basis && (
                      <span className="cell-note" lang={intl.locale === 'en' ? undefined : 'en'}>
                        {item.basis}
                      </span>
                    )}
                  </>
                )}
              </th>
              <td>
                <span className="cell-label" aria-hidden="true">
                  {t('case.deadlines.column.due')}
                </span>
                <span>
                  <time dateTime={item.due}>{formatIsoDate(intl, item.due)}</time>
                  {item.estimated && (
                    <span className="deadline-estimated" data-testid="deadline-estimated">
                      <span className="badge badge-warning">{t('calendar.estimated')}</span>
                      <span className="cell-note">{t('calendar.estimatedHint')}</span>
                    </span>
                  )}
                  <span
                    className={`cell-note${item.daysLeft < 0 && (item.status === 'overdue' || item.status === 'delayed') ? ' due-late' : ''}`}
                  >
                    {t(d.key, { days: d.days })}
                  </span>
                </span>
              </td>
              <td>
                <span className="cell-label" aria-hidden="true">
                  {t('case.deadlines.column.status')}
                </span>
                <span>
                  <DeadlineBadge status={item.status} />
                  {item.metOn && (
                    <span className="cell-note">
                      {t('case.deadlines.metOn', { date: formatIsoDate(intl, item.metOn) })}
                    </span>
                  )}
                  {item.delay && (
                    <span className="cell-note deadline-delay">
                      {t(item.delay.allowed ? 'case.deadlines.delayAllowed' : 'case.deadlines.delayNotAllowed', {
                        reason: delayReasonLabel(intl, item.delay.reason),
                      })}
                      {item.delay.citation && <span className="citation">{item.delay.citation}</span>}
                      {!family && item.delay.note && <span className="delay-note">“{item.delay.note}”</span>}
                    </span>
                  )}
                </span>
              </td>
              {showActions && (
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t('case.deadlines.column.action')}
                  </span>
                  <DeadlineActions
                    item={item}
                    today={today}
                    showStudent={false}
                    onRecorded={(event) => onRecorded(event)}
                  />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
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

/** The details an event carries, in words ("Consent for: Evaluation"). */
export function describeDetails(intl: IntlShape, event: Pick<CaseEventRecord, 'kind' | 'details'>): string[] {
  const d = event.details;
  const str = (k: string) => (typeof d[k] === 'string' && d[k] ? d[k] : null);
  const f = (id: MessageId, values: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const out: string[] = [];
  const source = str('source');
  if (event.kind === 'referral' && source)
    out.push(f('case.details.source', { value: referralSourceLabel(intl, source) }));
  const consentType = str('consentType');
  if (consentType) out.push(f('case.details.consentType', { value: consentTypeLabel(intl, consentType) }));
  if (event.kind === 'eligibility') {
    out.push(intl.formatMessage({ id: d.eligible === true ? 'case.details.eligible' : 'case.details.notEligible' }));
    const cats = Array.isArray(d.categories) ? d.categories.filter((c): c is string => typeof c === 'string') : [];
    if (cats.length)
      out.push(f('case.details.categories', { value: cats.map((c) => disabilityLabel(intl, c)).join(', ') }));
    if (d.referredTo504 === true) out.push(intl.formatMessage({ id: 'case.details.referredTo504' }));
  }
  const purpose = str('purpose');
  if (purpose) out.push(f('case.details.purpose', { value: meetingPurposeLabel(intl, purpose) }));
  if (event.kind === 'delay') {
    const rule = str('rule');
    const reason = str('reason');
    if (rule) out.push(f('case.details.delayRule', { value: ruleLabel(intl, rule) }));
    if (reason) out.push(f('case.details.delayReason', { value: delayReasonLabel(intl, reason) }));
  }
  if (event.kind === 'exit') {
    const reason = str('reason');
    if (reason) out.push(f('case.details.exitReason', { value: exitReasonLabel(intl, reason) }));
  }
  if (event.kind === 'evaluation_completed') {
    if (d.reevaluation === true) out.push(intl.formatMessage({ id: 'case.details.reevaluation' }));
    const shared = str('reportSharedOn');
    if (shared) out.push(f('case.details.reportSharedOn', { value: formatIsoDate(intl, shared) }));
  }
  const requestedBy = str('requestedBy');
  if (requestedBy) out.push(f('case.details.requestedBy', { value: requestedBy }));
  if (
    event.kind === 'disciplinary_removal' &&
    typeof d.type === 'string' &&
    typeof d.firstDay === 'string' &&
    typeof d.lastDay === 'string'
  ) {
    out.push(
      `${intl.formatMessage({ id: `discipline.type.${d.type as RemovalType}` })}: ${formatIsoDate(intl, d.firstDay)} – ${formatIsoDate(intl, d.lastDay)}`,
    );
  }
  if (typeof d.days === 'number') out.push(f('case.details.days', { value: d.days }));
  if (typeof d.scheduledFor === 'string')
    out.push(f('case.details.scheduledFor', { value: formatIsoDate(intl, d.scheduledFor) }));
  if (d.filedBy === 'parent' || d.filedBy === 'district')
    out.push(intl.formatMessage({ id: `case.details.filedBy.${d.filedBy}` }));
  if (typeof d.overridesConsent === 'string')
    out.push(f('case.details.overridesConsent', { value: consentTypeLabel(intl, d.overridesConsent) }));
  if (event.kind === 'mdr_held' && typeof d.manifestation === 'boolean') {
    out.push(
      intl.formatMessage({ id: d.manifestation ? 'case.details.manifestation' : 'case.details.notManifestation' }),
    );
  }
  return out;
}

function TimelineItem({
  event: e,
  canWrite,
  onVoided,
}: {
  event: CaseEventRecord;
  canWrite: boolean;
  onVoided: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const what = eventKindLabel(intl, e.kind);
  const details = describeDetails(intl, e);
  const note = typeof e.details.note === 'string' && e.details.note ? e.details.note : null;
  const recordedAt = intl.formatDate(e.recordedAt, { dateStyle: 'medium' });
  return (
    <li className={`timeline-item${e.voided ? ' is-voided' : ''}`} data-testid="case-event" data-kind={e.kind}>
      <time className="timeline-date" dateTime={e.occurredOn}>
        {formatIsoDate(intl, e.occurredOn)}
      </time>
      <div className="timeline-body">
        <p className="timeline-what">
          {e.voided ? <del>{what}</del> : <strong>{what}</strong>}
          {e.voided && <span className="badge badge-voided">{t('case.history.voidedBadge')}</span>}
        </p>
        {details.length > 0 && (
          <ul className="timeline-details">
            {details.map((line) => (
              <li key={line}>{e.voided ? <del>{line}</del> : line}</li>
            ))}
          </ul>
        )}
        {note && <p className="timeline-note">“{note}”</p>}
        <p className="hint">
          {t('case.history.recordedBy', { name: e.recordedByName, date: recordedAt })}
          {e.sourceType && <> · {t('case.history.source', { source: sourceLabel(t, e.sourceType) })}</>}
        </p>
        {e.voided && (
          <p className="timeline-void-reason">
            {t('case.history.voidedBy', {
              name: e.voidedByName ?? '',
              date: e.voidedAt ? intl.formatDate(e.voidedAt, { dateStyle: 'medium' }) : '',
              reason: e.voidReason ?? '',
            })}
          </p>
        )}
        {canWrite && !e.voided && !isDisciplineKind(e.kind) && <VoidEvent event={e} what={what} onVoided={onVoided} />}
        {isDisciplineKind(e.kind) && (
          <p>
            <Link to={`/students/${encodeURIComponent(e.studentId)}/discipline`}>{t('discipline.card.open')}</Link>
          </p>
        )}
      </div>
    </li>
  );
}

const SOURCES = ['meeting', 'consent', 'records_request', 'plan', 'notice', 'discipline_notice'] as const;
function sourceLabel(t: ReturnType<typeof useT>, sourceType: string): string {
  return (SOURCES as readonly string[]).includes(sourceType)
    ? t(`case.history.sourceType.${sourceType as (typeof SOURCES)[number]}`)
    : sourceType;
}

function VoidEvent({ event, what, onVoided }: { event: CaseEventRecord; what: string; onVoided: () => void }) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) input.current?.focus();
    else if (wasOpen.current) openButton.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <button ref={openButton} type="button" className="button button-quiet button-small" onClick={() => setOpen(true)}>
        {t('case.void.open')}
        <span className="visually-hidden">
          {' '}
          {t('case.void.context', { what, date: formatIsoDate(intl, event.occurredOn) })}
        </span>
      </button>
    );
  }
  const submit = async () => {
    if (!reason.trim()) {
      setError(t('case.void.reasonRequired'));
      input.current?.focus();
      return;
    }
    setPending(true);
    setError(null);
    try {
      await voidEvent(event.id, reason.trim());
      onVoided();
    } catch (e) {
      setPending(false);
      setError(
        isApiError(e) && e.code === 'NETWORK'
          ? t('common.error.network')
          : isApiError(e) && intl.locale === 'en' && (e.errors[0]?.message || e.detail)
            ? e.errors[0]?.message || e.detail
            : t('common.error.generic'),
      );
    }
  };
  return (
    <form
      className="void-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit();
      }}
    >
      <p id={`${id}-title`} className="void-title">
        {t('case.void.title', { what, date: formatIsoDate(intl, event.occurredOn) })}
      </p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('case.void.reason')}</label>
        <span id={`${id}-hint`} className="hint">
          {t('case.void.hint')}
        </span>
        {error && (
          <span id={`${id}-error`} className="field-error" role="alert">
            {error}
          </span>
        )}
        <textarea
          ref={input}
          id={`${id}-reason`}
          rows={2}
          maxLength={500}
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(ev) => setReason(ev.target.value)}
        />
      </div>
      <div className="plan-actions-row">
        <button type="submit" className="button button-primary button-small" disabled={pending}>
          {pending ? t('case.void.pending') : t('case.void.submit')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => setOpen(false)}>
          {t('case.record.cancel')}
        </button>
      </div>
    </form>
  );
}

const isDisciplineKind = (kind: string) => (DISCIPLINE_EVENT_KINDS as readonly string[]).includes(kind);
