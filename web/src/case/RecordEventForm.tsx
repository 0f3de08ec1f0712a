/**
 * Record a case event: what happened (a kind, unless the action fixed it), on which day (today unless told
 * otherwise; never a future day), and the details its kind carries — referral source, consent type,
 * eligibility, meeting purpose, a delay's rule and reason with a note, exit reason. The API checks again
 * and names the field it refuses; that is shown next to the field.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import {
  CASE_EVENT_KINDS,
  CONSENT_TYPES,
  DELAY_REASON_CODES,
  DELAY_REASONS,
  EXIT_REASONS,
  MEETING_PURPOSES,
  REFERRAL_SOURCES,
  delayAllowed,
  type CaseEventKind,
} from '../../../src/domain/case-events';
import { CLOCK_RULES } from '../../../src/domain/case-clock';
import { DISCIPLINE_EVENT_KINDS } from '../../../src/domain/discipline';
import type { DeadlineRule } from '../../../src/domain/deadlines';
import { DISABILITY_CATEGORY_CODES } from '../../../src/domain/disability';
import { isApiError } from '../api';
import { recordEvent } from './api';
import {
  consentTypeLabel,
  delayReasonLabel,
  eventKindLabel,
  exitReasonLabel,
  meetingPurposeLabel,
  referralSourceLabel,
  ruleLabel,
} from './labels';
import { buildDetails, detailFields, emptyEventForm, fieldOfApiPath, type EventForm } from './logic';
import type { CaseEventRecord } from './types';
import { useT } from '../i18n';
import { disabilityLabel } from '../labels';

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

type Errors = Record<string, string>;

export function RecordEventForm({
  studentId,
  today,
  kind: fixedKind,
  details: initialDetails,
  onRecorded,
  onCancel,
  autoFocus = true,
}: RecordEventFormProps) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const [form, setForm] = useState<EventForm>(() => emptyEventForm(fixedKind ?? 'referral', today, initialDetails));
  const [kindChosen, setKindChosen] = useState(Boolean(fixedKind));
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const first = useRef<HTMLSelectElement & HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, [autoFocus]);

  const set = <K extends keyof EventForm>(key: K, value: EventForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => {
      if (!(key in e)) return e;
      const { [key as string]: _gone, ...rest } = e;
      return rest;
    });
  };

  const submit = async () => {
    const built = buildDetails(form, today);
    const { details } = built;
    const problems = kindChosen ? built.problems : [{ field: 'kind', message: 'case.record.error.required' as const }];
    if (problems.length) {
      setErrors(Object.fromEntries(problems.map((p) => [p.field, t(p.message)])));
      setSummary(t('case.record.error.fix'));
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setPending(true);
    setErrors({});
    setSummary(null);
    try {
      const event = await recordEvent(studentId, { kind: form.kind, occurredOn: form.occurredOn, details });
      onRecorded(event);
    } catch (e) {
      setPending(false);
      if (!isApiError(e)) {
        setSummary(t('common.error.generic'));
      } else if (e.code === 'NETWORK') {
        setSummary(t('common.error.network'));
      } else if (e.errors.length) {
        // The API explains in English; other languages say which field, in the catalogue's words.
        setErrors(
          Object.fromEntries(
            e.errors.map((fe) => [
              fieldOfApiPath(fe.path, form.kind),
              intl.locale === 'en' && fe.message ? fe.message : t('case.record.error.invalid'),
            ]),
          ),
        );
        setSummary(t('case.record.error.fix'));
      } else if (e.status === 403 || e.status === 404) {
        setSummary(t('case.record.error.notAllowed'));
      } else {
        setSummary(intl.locale === 'en' && e.detail ? e.detail : t('common.error.generic'));
      }
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  };

  const fid = (name: string) => `${id}-${name}`;
  const errorOf = (name: string) => errors[name];
  const describedBy = (name: string, hint?: boolean) =>
    [hint ? `${fid(name)}-hint` : null, errorOf(name) ? `${fid(name)}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  const fieldError = (name: string) =>
    errorOf(name) ? (
      <span id={`${fid(name)}-error`} className="field-error">
        {errorOf(name)}
      </span>
    ) : null;

  const select = (
    name: keyof EventForm & string,
    labelText: string,
    options: readonly string[],
    labelOf: (v: string) => string,
    hint?: ReactNode,
  ) => (
    <div className="field">
      <label htmlFor={fid(name)}>{labelText}</label>
      {hint && (
        <span id={`${fid(name)}-hint`} className="hint">
          {hint}
        </span>
      )}
      {fieldError(name)}
      <select
        id={fid(name)}
        value={form[name] as string}
        aria-invalid={errorOf(name) ? true : undefined}
        aria-describedby={describedBy(name, Boolean(hint))}
        onChange={(e) => set(name, e.target.value as never)}
      >
        <option value="">{t('case.record.choose')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {labelOf(o)}
          </option>
        ))}
      </select>
    </div>
  );

  const yesNo = (name: 'eligible' | 'manifestation', legend: string, yes: string, no: string) => (
    <fieldset className="field radio-field" aria-describedby={errorOf(name) ? `${fid(name)}-error` : undefined}>
      <legend>{legend}</legend>
      {fieldError(name)}
      <div className="radio-options">
        {(['yes', 'no'] as const).map((v) => (
          <span className="radio-option" key={v}>
            <input
              id={fid(`${name}-${v}`)}
              type="radio"
              name={fid(name)}
              value={v}
              checked={form[name] === v}
              onChange={() => set(name, v)}
            />
            <label htmlFor={fid(`${name}-${v}`)}>{v === 'yes' ? yes : no}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );

  const delayRule = form.delayRule as DeadlineRule;
  const delayHint =
    form.delayRule && form.delayReason
      ? delayAllowed(form.delayReason, delayRule)
        ? t('case.record.delay.excuses', {
            citation: (DELAY_REASONS as Record<string, { citation: string }>)[form.delayReason]?.citation ?? '',
          })
        : t('case.record.delay.doesNotExcuse')
      : t('case.record.delay.hint');

  const fields = kindChosen ? detailFields(form.kind) : [];

  return (
    <form
      className="record-event-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div ref={summaryRef} tabIndex={-1} className="record-event-summary">
        {summary && (
          <div className="notice notice-error" role="alert">
            <p>{summary}</p>
          </div>
        )}
      </div>

      <div className="field-grid">
        {fixedKind ? (
          <p className="record-event-kind">
            <span className="record-event-kind-label">{t('case.record.kind')}</span> {eventKindLabel(intl, fixedKind)}
          </p>
        ) : (
          <div className="field">
            <label htmlFor={fid('kind')}>{t('case.record.kind')}</label>
            {fieldError('kind')}
            <select
              ref={first}
              id={fid('kind')}
              value={kindChosen ? form.kind : ''}
              aria-invalid={errorOf('kind') ? true : undefined}
              aria-describedby={describedBy('kind')}
              onChange={(e) => {
                if (!e.target.value) {
                  setKindChosen(false);
                  return;
                }
                setKindChosen(true);
                set('kind', e.target.value as CaseEventKind);
              }}
            >
              {!kindChosen && <option value="">{t('case.record.choose')}</option>}
              {CASE_EVENT_KINDS.filter((k) => !(DISCIPLINE_EVENT_KINDS as readonly string[]).includes(k)).map((k) => (
                <option key={k} value={k}>
                  {eventKindLabel(intl, k)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field field-date">
          <label htmlFor={fid('occurredOn')}>{t('case.record.date')}</label>
          <span id={`${fid('occurredOn')}-hint`} className="hint">
            {t('case.record.dateHint')}
          </span>
          {fieldError('occurredOn')}
          <input
            ref={fixedKind ? first : undefined}
            id={fid('occurredOn')}
            type="date"
            max={today}
            required
            value={form.occurredOn}
            aria-invalid={errorOf('occurredOn') ? true : undefined}
            aria-describedby={describedBy('occurredOn', true)}
            onChange={(e) => set('occurredOn', e.target.value)}
          />
        </div>
      </div>

      {fields.includes('source') &&
        select('source', t('case.record.source'), REFERRAL_SOURCES, (v) => referralSourceLabel(intl, v))}
      {fields.includes('consentType') &&
        select('consentType', t('case.record.consentType'), CONSENT_TYPES, (v) => consentTypeLabel(intl, v))}
      {fields.includes('purpose') &&
        select('purpose', t('case.record.purpose'), MEETING_PURPOSES, (v) => meetingPurposeLabel(intl, v))}
      {fields.includes('exitReason') &&
        select('exitReason', t('case.record.exitReason'), EXIT_REASONS, (v) => exitReasonLabel(intl, v))}

      {fields.includes('eligibility') && (
        <>
          {yesNo('eligible', t('case.record.eligible'), t('case.record.eligible.yes'), t('case.record.eligible.no'))}
          {form.eligible === 'yes' && (
            <fieldset
              className="field"
              aria-describedby={[`${fid('categories')}-hint`, errorOf('categories') ? `${fid('categories')}-error` : '']
                .filter(Boolean)
                .join(' ')}
            >
              <legend>{t('case.record.categories')}</legend>
              <span id={`${fid('categories')}-hint`} className="hint">
                {t('case.record.categoriesHint')}
              </span>
              {fieldError('categories')}
              <div className="check-columns">
                {DISABILITY_CATEGORY_CODES.map((c) => (
                  <span className="field-check" key={c}>
                    <input
                      id={fid(`cat-${c}`)}
                      type="checkbox"
                      checked={form.categories.includes(c)}
                      onChange={(e) =>
                        set(
                          'categories',
                          e.target.checked ? [...form.categories, c] : form.categories.filter((x) => x !== c),
                        )
                      }
                    />
                    <label htmlFor={fid(`cat-${c}`)}>{disabilityLabel(intl, c)}</label>
                  </span>
                ))}
              </div>
            </fieldset>
          )}
          {form.eligible === 'no' && (
            <div className="field field-check">
              <input
                id={fid('referredTo504')}
                type="checkbox"
                checked={form.referredTo504}
                onChange={(e) => set('referredTo504', e.target.checked)}
              />
              <label htmlFor={fid('referredTo504')}>{t('case.record.referredTo504')}</label>
            </div>
          )}
        </>
      )}

      {fields.includes('evaluation') && (
        <>
          <div className="field field-check">
            <input
              id={fid('reevaluation')}
              type="checkbox"
              checked={form.reevaluation}
              onChange={(e) => set('reevaluation', e.target.checked)}
            />
            <label htmlFor={fid('reevaluation')}>{t('case.record.reevaluation')}</label>
          </div>
          <div className="field field-date">
            <label htmlFor={fid('reportSharedOn')}>{t('case.record.reportSharedOn')}</label>
            {fieldError('reportSharedOn')}
            <input
              id={fid('reportSharedOn')}
              type="date"
              max={today}
              value={form.reportSharedOn}
              aria-invalid={errorOf('reportSharedOn') ? true : undefined}
              aria-describedby={describedBy('reportSharedOn')}
              onChange={(e) => set('reportSharedOn', e.target.value)}
            />
          </div>
        </>
      )}

      {fields.includes('partC') && (
        <div className="field field-date">
          <label htmlFor={fid('partCEligibleOn')}>{t('case.record.partCEligibleOn')}</label>
          <span id={`${fid('partCEligibleOn')}-hint`} className="hint">
            {t('case.record.partCEligibleOnHint')}
          </span>
          {fieldError('partCEligibleOn')}
          <input
            id={fid('partCEligibleOn')}
            type="date"
            max={form.occurredOn || today}
            value={form.partCEligibleOn}
            aria-invalid={errorOf('partCEligibleOn') ? true : undefined}
            aria-describedby={describedBy('partCEligibleOn', true)}
            onChange={(e) => set('partCEligibleOn', e.target.value)}
          />
        </div>
      )}

      {fields.includes('requestedBy') && (
        <div className="field">
          <label htmlFor={fid('requestedBy')}>{t('case.record.requestedBy')}</label>
          {fieldError('requestedBy')}
          <input
            id={fid('requestedBy')}
            type="text"
            maxLength={200}
            value={form.requestedBy}
            aria-describedby={describedBy('requestedBy')}
            onChange={(e) => set('requestedBy', e.target.value)}
          />
        </div>
      )}

      {fields.includes('days') && (
        <div className="field field-number">
          <label htmlFor={fid('days')}>{t('case.record.days')}</label>
          {fieldError('days')}
          <input
            id={fid('days')}
            type="number"
            min={1}
            inputMode="numeric"
            value={form.days}
            aria-invalid={errorOf('days') ? true : undefined}
            aria-describedby={describedBy('days')}
            onChange={(e) => set('days', e.target.value)}
          />
        </div>
      )}

      {fields.includes('manifestation') &&
        yesNo('manifestation', t('case.record.manifestation'), t('common.yes'), t('common.no'))}

      {fields.includes('scheduledFor') && (
        <div className="field field-date">
          <label htmlFor={fid('scheduledFor')}>{t('case.record.scheduledFor')}</label>
          {fieldError('scheduledFor')}
          <input
            id={fid('scheduledFor')}
            type="date"
            required
            value={form.scheduledFor}
            aria-invalid={errorOf('scheduledFor') ? true : undefined}
            aria-describedby={describedBy('scheduledFor')}
            onChange={(e) => set('scheduledFor', e.target.value)}
          />
        </div>
      )}

      {fields.includes('dueProcess') && (
        <>
          {select('filedBy', t('case.record.filedBy'), ['parent', 'district'], (v) =>
            t(v === 'parent' ? 'case.record.filedBy.parent' : 'case.record.filedBy.district'),
          )}
          {form.filedBy === 'district' &&
            select('overridesConsent', t('case.record.overridesConsent'), CONSENT_TYPES, (v) =>
              consentTypeLabel(intl, v),
            )}
        </>
      )}

      {fields.includes('delay') && (
        <>
          {select('delayRule', t('case.record.delayRule'), CLOCK_RULES, (v) => ruleLabel(intl, v))}
          {select(
            'delayReason',
            t('case.record.delayReason'),
            DELAY_REASON_CODES,
            (v) => delayReasonLabel(intl, v),
            <span aria-live="polite">{delayHint}</span>,
          )}
        </>
      )}

      <div className="field">
        <label htmlFor={fid('note')}>{t(form.kind === 'delay' ? 'case.record.delayNote' : 'case.record.note')}</label>
        {fieldError('note')}
        <textarea
          id={fid('note')}
          rows={2}
          maxLength={2000}
          value={form.note}
          aria-describedby={describedBy('note')}
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
