/**
 * The discipline forms' pieces: labelled fields that show their error and hint (aria-describedby), yes/no radio
 * groups, and the submit loop that turns a problem+json answer into messages on the fields it names.
 */
import { useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { isApiError } from '../api';
import { fieldOf } from './logic';
import { useT } from '../i18n';

export type Errors = Record<string, string>;

export interface FormState {
  errors: Errors;
  summary: string;
  pending: boolean;
  summaryRef: React.RefObject<HTMLDivElement | null>;
  /** Runs `local` checks (field → message), then `send`; API errors land on their fields. */
  submit: <T>(local: Errors, send: () => Promise<T>, done: (value: T) => void) => Promise<void>;
}

export function useFormState(): FormState {
  const t = useT();
  const intl = useIntl();
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState('');
  const [pending, setPending] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());
  return {
    errors,
    summary,
    pending,
    summaryRef,
    async submit(local, send, done) {
      if (pending) return;
      if (Object.keys(local).length) {
        setErrors(local);
        setSummary(t('discipline.form.error.fix'));
        focusSummary();
        return;
      }
      setErrors({});
      setSummary('');
      setPending(true);
      try {
        const value = await send();
        setPending(false);
        done(value);
      } catch (e) {
        setPending(false);
        if (!isApiError(e)) {
          setSummary(t('common.error.generic'));
        } else if (e.code === 'NETWORK') {
          setSummary(t('common.error.network'));
        } else if (e.status === 403 || e.status === 404) {
          setSummary(t('discipline.form.error.notAllowed'));
        } else if (e.errors.length) {
          // The API explains in English; in another language the field is named with the catalogue's words.
          setErrors(
            Object.fromEntries(
              e.errors.map((fe) => [
                fieldOf(fe.path),
                intl.locale === 'en' && fe.message ? fe.message : t('discipline.form.error.invalid'),
              ]),
            ),
          );
          setSummary(intl.locale === 'en' && e.detail ? e.detail : t('discipline.form.error.fix'));
        } else {
          setSummary(intl.locale === 'en' && e.detail ? e.detail : t('common.error.generic'));
        }
        focusSummary();
      }
    },
  };
}

/** The form's summary of what is wrong (focused after a refused submit). */
export function FormSummary({
  summary,
  summaryRef,
}: {
  summary: string;
  summaryRef: React.RefObject<HTMLDivElement | null>;
}) {
  return (
    <div ref={summaryRef} tabIndex={-1} className="record-event-summary">
      {summary && (
        <div className="notice notice-error" role="alert">
          <p>{summary}</p>
        </div>
      )}
    </div>
  );
}

const describedBy = (id: string, hint: boolean, error: boolean) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <span id={`${id}-hint`} className="hint">
      {children}
    </span>
  ) : null;
}
function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  return error ? (
    <span id={`${id}-error`} className="field-error">
      {error}
    </span>
  ) : null;
}

export function DateField(p: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  max?: string;
  required?: boolean;
}) {
  return (
    <div className="field field-date">
      <label htmlFor={p.id}>{p.label}</label>
      <Hint id={p.id}>{p.hint}</Hint>
      <FieldError id={p.id} error={p.error} />
      <input
        id={p.id}
        type="date"
        value={p.value}
        max={p.max}
        required={p.required}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, Boolean(p.hint), Boolean(p.error))}
        onChange={(e) => p.onChange(e.target.value)}
      />
    </div>
  );
}

export function TextField(p: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  multiline?: boolean;
  type?: 'text' | 'number';
  required?: boolean;
}) {
  const common = {
    id: p.id,
    value: p.value,
    required: p.required,
    'aria-invalid': p.error ? true : undefined,
    'aria-describedby': describedBy(p.id, Boolean(p.hint), Boolean(p.error)),
  } as const;
  return (
    <div className={`field${p.type === 'number' ? ' field-number' : ''}`}>
      <label htmlFor={p.id}>{p.label}</label>
      <Hint id={p.id}>{p.hint}</Hint>
      <FieldError id={p.id} error={p.error} />
      {p.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => p.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={p.type ?? 'text'}
          inputMode={p.type === 'number' ? 'numeric' : undefined}
          min={p.type === 'number' ? 1 : undefined}
          onChange={(e) => p.onChange(e.target.value)}
        />
      )}
    </div>
  );
}

export function SelectField<V extends string>(p: {
  id: string;
  label: string;
  value: V | '';
  options: readonly V[];
  labelOf: (v: V) => string;
  onChange: (v: V | '') => void;
  error?: string | undefined;
  hint?: ReactNode;
}) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={p.id}>{p.label}</label>
      <Hint id={p.id}>{p.hint}</Hint>
      <FieldError id={p.id} error={p.error} />
      <select
        id={p.id}
        value={p.value}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, Boolean(p.hint), Boolean(p.error))}
        onChange={(e) => p.onChange(e.target.value as V | '')}
      >
        <option value="">{t('discipline.form.choose')}</option>
        {p.options.map((o) => (
          <option key={o} value={o}>
            {p.labelOf(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A question answered yes or no (radio buttons in a fieldset whose legend is the question). */
export function YesNo(p: {
  id: string;
  legend: string;
  value: '' | 'yes' | 'no';
  onChange: (v: 'yes' | 'no') => void;
  error?: string | undefined;
  hint?: ReactNode;
}) {
  const t = useT();
  return (
    <fieldset className="field radio-field" aria-describedby={describedBy(p.id, Boolean(p.hint), Boolean(p.error))}>
      <legend>{p.legend}</legend>
      <Hint id={p.id}>{p.hint}</Hint>
      <FieldError id={p.id} error={p.error} />
      <div className="radio-options">
        {(['yes', 'no'] as const).map((v) => (
          <span className="radio-option" key={v}>
            <input
              id={`${p.id}-${v}`}
              type="radio"
              name={p.id}
              value={v}
              checked={p.value === v}
              onChange={() => p.onChange(v)}
            />
            <label htmlFor={`${p.id}-${v}`}>{v === 'yes' ? t('common.yes') : t('common.no')}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}

/** One choice among several, as radio buttons. */
export function Choice<V extends string>(p: {
  id: string;
  legend: string;
  value: V | '';
  options: readonly V[];
  labelOf: (v: V) => string;
  onChange: (v: V) => void;
  error?: string | undefined;
  hint?: ReactNode;
}) {
  return (
    <fieldset className="field radio-field" aria-describedby={describedBy(p.id, Boolean(p.hint), Boolean(p.error))}>
      <legend>{p.legend}</legend>
      <Hint id={p.id}>{p.hint}</Hint>
      <FieldError id={p.id} error={p.error} />
      <div className="radio-options radio-options-stacked">
        {p.options.map((v) => (
          <span className="radio-option" key={v}>
            <input
              id={`${p.id}-${v}`}
              type="radio"
              name={p.id}
              value={v}
              checked={p.value === v}
              onChange={() => p.onChange(v)}
            />
            <label htmlFor={`${p.id}-${v}`}>{p.labelOf(v)}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}

export function Check(p: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <span className="field-check">
      <input id={p.id} type="checkbox" checked={p.checked} onChange={(e) => p.onChange(e.target.checked)} />
      <label htmlFor={p.id}>{p.label}</label>
    </span>
  );
}

export function FormButtons({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  const t = useT();
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? t('discipline.form.saving') : t('discipline.form.save')}
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('discipline.form.cancel')}
      </button>
    </div>
  );
}

export const yesNo = (v: '' | 'yes' | 'no') => (v === '' ? undefined : v === 'yes');

/**
 * A discipline form's frame: the summary of what to fix at the top, the fields, then Save and Cancel. Submitting runs
 * `onSubmit` (the browser's own submit is prevented).
 */
export function DisciplineForm({
  form,
  onSubmit,
  onCancel,
  children,
}: {
  form: FormState;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <form
      noValidate
      className="discipline-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        onSubmit();
      }}
    >
      <FormSummary summary={form.summary} summaryRef={form.summaryRef} />
      {children}
      <FormButtons pending={form.pending} onCancel={onCancel} />
    </form>
  );
}

/** The note every discipline record may carry. */
export function NoteField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const t = useT();
  return (
    <TextField id={id} multiline label={t('discipline.form.note')} value={value} onChange={onChange} error={error} />
  );
}
