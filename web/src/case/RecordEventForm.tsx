/**
 * Record a case event: what happened (a kind, unless the action fixed it), on which day (today unless told
 * otherwise; never a future day), and the details its kind carries — referral source, consent type,
 * eligibility, meeting purpose, a delay's rule and reason with a note, exit reason. The API checks again
 * and names the field it refuses; that is shown next to the field. The controls are RecordEventFields.tsx.
 *
 * It is the shared form hook, with each field's message leaving as soon as the field is edited and the messages in
 * the catalogue's words outside English. It checks with buildDetails rather than the API's schema (newEventSchema):
 * the form is on the home page, which zod would make larger, and the schema's details are free-form anyway.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { CASE_EVENT_KINDS, type CaseEventKind } from '../../../src/domain/case-events';
import { DISCIPLINE_EVENT_KINDS } from '../../../src/domain/discipline';
import { isApiError } from '../api';
import { useForm, type Form } from '../ui/form';
import { recordEvent } from './api';
import { useCaseChanged } from './hooks';
import { eventKindLabel } from './labels';
import { buildDetails, detailFields, emptyEventForm, fieldOfApiPath, type EventForm } from './event-form';
import { DateField, FieldError, makeKit, type FieldKit } from './RecordEventFields';
import { DetailFields } from './RecordEventDetails';
import type { CaseEventRecord } from './types';
import { useT } from '../i18n';

export interface RecordEventFormProps {
  studentId: string;
  /** Today's date as the API counts it (its `asOf`): the default date and the latest allowed. */
  today: string;
  /** Fixed by the action that opened the form; without it the person chooses. */
  kind?: CaseEventKind;
  /** Details the action already knows (e.g. the rule a delay is for). */
  details?: Record<string, unknown>;
  onRecorded: (event: CaseEventRecord) => void;
  onCancel: () => void;
  /** Focus the first control when shown. */
  autoFocus?: boolean;
}

/** The words at the top of the form for a refused send (network, not allowed, the API's own). */
function refusalSummary(t: ReturnType<typeof useT>, intl: IntlShape, e: unknown): string {
  if (!isApiError(e)) return t('common.error.generic');
  if (e.code === 'NETWORK') return t('common.error.network');
  if (e.errors.length) return t('case.record.error.fix');
  if (e.status === 403 || e.status === 404) return t('case.record.error.notAllowed');
  return intl.locale === 'en' && e.detail ? e.detail : t('common.error.generic');
}

/**
 * The form's state and its send (the shared form hook): the form's own checks first
 * (buildDetails), then the API, whose refusals land on the fields they name. A field's message leaves as soon as the field is edited.
 */
function useEventForm({
  studentId,
  today,
  kind: fixedKind,
  details: initialDetails,
  onRecorded,
}: RecordEventFormProps) {
  const t = useT();
  const intl = useIntl();
  const caseChanged = useCaseChanged();
  const [kindChosen, setKindChosen] = useState(Boolean(fixedKind));
  const [summary, setSummary] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());
  const form: Form<EventForm> = useForm({
    initial: () => emptyEventForm(fixedKind ?? 'referral', today, initialDetails),
    clearOnChange: true,
    // What the API would refuse, found before sending: a kind not chosen, a required detail left empty, a future date.
    check: (v) =>
      kindChosen
        ? Object.fromEntries(buildDetails(v, today).problems.map((p) => [p.field, t(p.message)]))
        : { kind: t('case.record.error.required') },
    fieldOf: (path) => fieldOfApiPath(path, form.values.kind),
    // The API explains in English; other languages say which field, in the catalogue's words.
    message: (fe) => (intl.locale === 'en' && fe.message ? fe.message : t('case.record.error.invalid')),
    onInvalid: () => {
      setSummary(t('case.record.error.fix'));
      focusSummary();
    },
    onSubmit: async (v) => {
      setSummary(null);
      try {
        const body = { kind: v.kind, occurredOn: v.occurredOn, details: buildDetails(v, today).details };
        onRecorded(await recordEvent(studentId, body));
        caseChanged();
      } catch (e) {
        setSummary(refusalSummary(t, intl, e));
        focusSummary();
        throw e;
      }
    },
  });

  return { form, summary, kindChosen, setKindChosen, summaryRef };
}

/** The kind (a choice unless fixed) and the day it happened. */
function KindAndDate({
  k,
  fixedKind,
  kindChosen,
  onKind,
  today,
  first,
}: {
  k: FieldKit;
  fixedKind: CaseEventKind | undefined;
  kindChosen: boolean;
  onKind: (kind: CaseEventKind | null) => void;
  today: string;
  first: RefObject<(HTMLSelectElement & HTMLInputElement) | null>;
}) {
  const t = useT();
  const intl = useIntl();
  return (
    <div className="field-grid">
      {fixedKind ? (
        <p className="record-event-kind">
          <span className="record-event-kind-label">{t('case.record.kind')}</span> {eventKindLabel(intl, fixedKind)}
        </p>
      ) : (
        <div className="field">
          <label htmlFor={k.fid('kind')}>{t('case.record.kind')}</label>
          <FieldError k={k} name="kind" />
          <select
            ref={first}
            id={k.fid('kind')}
            value={kindChosen ? k.form.kind : ''}
            aria-invalid={k.errorOf('kind') ? true : undefined}
            aria-describedby={k.describedBy('kind')}
            onChange={(e) => onKind(e.target.value ? (e.target.value as CaseEventKind) : null)}
          >
            {!kindChosen && <option value="">{t('case.record.choose')}</option>}
            {CASE_EVENT_KINDS.filter((c) => !(DISCIPLINE_EVENT_KINDS as readonly string[]).includes(c)).map((c) => (
              <option key={c} value={c}>
                {eventKindLabel(intl, c)}
              </option>
            ))}
          </select>
        </div>
      )}
      <DateField
        k={k}
        name="occurredOn"
        label={t('case.record.date')}
        hint={t('case.record.dateHint')}
        max={today}
        required
        inputRef={fixedKind ? first : undefined}
      />
    </div>
  );
}

export function RecordEventForm(props: RecordEventFormProps) {
  const { today, kind: fixedKind, onCancel, autoFocus = true } = props;
  const t = useT();
  const id = useId();
  const { form: f, summary, kindChosen, setKindChosen, summaryRef } = useEventForm(props);
  const { values: form, set, errors, pending } = f;
  const first = useRef<HTMLSelectElement & HTMLInputElement>(null);

  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, [autoFocus]);

  const k = makeKit(id, form, errors, set);
  const fields = kindChosen ? detailFields(form.kind) : [];
  const onKind = (kind: CaseEventKind | null) => {
    if (!kind) {
      setKindChosen(false);
      return;
    }
    setKindChosen(true);
    set('kind', kind);
  };

  return (
    <form className="record-event-form" noValidate onSubmit={(e) => void f.submit(e)}>
      <div ref={summaryRef} tabIndex={-1} className="record-event-summary">
        {summary && (
          <div className="notice notice-error" role="alert">
            <p>{summary}</p>
          </div>
        )}
      </div>

      <KindAndDate k={k} fixedKind={fixedKind} kindChosen={kindChosen} onKind={onKind} today={today} first={first} />
      <DetailFields k={k} fields={fields} today={today} />

      <div className="field">
        <label htmlFor={k.fid('note')}>{t(form.kind === 'delay' ? 'case.record.delayNote' : 'case.record.note')}</label>
        <FieldError k={k} name="note" />
        <textarea
          id={k.fid('note')}
          rows={2}
          maxLength={2000}
          value={form.note}
          aria-describedby={k.describedBy('note')}
          onChange={(e) => set('note', e.target.value)}
        />
      </div>

      <div className="plan-actions-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t('case.record.pending') : t('case.record.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('case.record.cancel')}
        </button>
      </div>
    </form>
  );
}
