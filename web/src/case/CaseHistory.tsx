/**
 * A student's case history, newest first: each event with its details in words, who recorded it and from where;
 * voided events struck through with who voided them and why; "Void" for those who may.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { Link } from 'react-router';
import type { MessageId } from '../../../src/documents/messages';
import { DISCIPLINE_EVENT_KINDS, type RemovalType } from '../../../src/domain/discipline';
import { isApiError } from '../api';
import { voidSchema } from '../../../src/api/case';
import { useForm } from '../ui/form';
import { voidEvent } from './api';
import { useCaseChanged } from './hooks';
import {
  consentTypeLabel,
  delayReasonLabel,
  eventKindLabel,
  exitReasonLabel,
  meetingPurposeLabel,
  referralSourceLabel,
  ruleLabel,
} from './labels';
import type { CaseEventRecord } from './types';
import { useT } from '../i18n';
import { disabilityLabel, formatIsoDate } from '../labels';

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

export function TimelineItem({
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
  const [open, setOpen] = useState(false);
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
  return <VoidEventForm event={event} what={what} input={input} onVoided={onVoided} onCancel={() => setOpen(false)} />;
}

/** What the API said when it refused a void, in the catalogue's words outside English. */
function voidRefusal(t: ReturnType<typeof useT>, intl: IntlShape, e: unknown): string {
  if (isApiError(e) && e.code === 'NETWORK') return t('common.error.network');
  const said = isApiError(e) ? e.errors[0]?.message || e.detail : undefined;
  return intl.locale === 'en' && said ? said : t('common.error.generic');
}

/** Why the event is voided (required), then Void; the case clock loads again once it is. */
function VoidEventForm({
  event,
  what,
  input,
  onVoided,
  onCancel,
}: {
  event: CaseEventRecord;
  what: string;
  input: RefObject<HTMLTextAreaElement | null>;
  onVoided: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const caseChanged = useCaseChanged();
  const form = useForm({
    initial: { reason: '' },
    schema: voidSchema,
    // The schema refuses only an empty reason (the box stops at 500 characters): say so in the catalogue's words.
    message: () => t('case.void.reasonRequired'),
    onInvalid: () => input.current?.focus(),
    onSubmit: async ({ reason }) => {
      await voidEvent(event.id, reason);
      onVoided();
      caseChanged();
    },
  });
  const error = form.errors.reason ?? (form.error ? voidRefusal(t, intl, form.error) : null);
  return (
    <form className="void-form" aria-labelledby={`${id}-title`} noValidate onSubmit={(ev) => void form.submit(ev)}>
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
          value={form.values.reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(ev) => form.set('reason', ev.target.value)}
        />
      </div>
      <div className="plan-actions-row">
        <button type="submit" className="button button-primary button-small" disabled={form.pending}>
          {form.pending ? t('case.void.pending') : t('case.void.submit')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>
          {t('case.record.cancel')}
        </button>
      </div>
    </form>
  );
}

const isDisciplineKind = (kind: string) => (DISCIPLINE_EVENT_KINDS as readonly string[]).includes(kind);
