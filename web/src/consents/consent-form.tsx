/**
 * What the consent forms (sign, revoke in the portal, record a paper form) share: the form hook with this area's
 * words for each field the API names, focus on the first field in error, the general message of a refusal, and the
 * controls they repeat (the typed name, the confirming checkbox, a note, the form's buttons).
 */
import { useRef, type ReactNode, type RefObject } from 'react';
import { useT } from '../i18n';
import { useForm, type FieldErrors, type Form } from '../ui/form';
import { isMessageId } from '../i18n';
import { apiFieldErrors, FieldError } from './shared';

/** Focuses the first field with an error (in form order). */
function focusFirst(form: HTMLFormElement | null, fields: FieldErrors) {
  if (!form) return;
  const invalid = form.querySelector<HTMLElement>(
    Object.keys(fields)
      .map((k) => `[data-field="${k}"]`)
      .join(',') || 'x-none',
  );
  invalid?.focus();
}

/**
 * A consent form on the shared form hook: `check` says what is missing in the catalogue's words before sending; a
 * refusal puts the catalogue's words (`consents.sign.error.<path>`, the API's English otherwise) on the fields.
 */
export function useConsentForm<V>(options: {
  initial: V;
  check: (values: V) => FieldErrors;
  onSubmit: (values: V) => Promise<unknown>;
}): { form: Form<V>; ref: RefObject<HTMLFormElement | null>; general: string | null } {
  const t = useT();
  const ref = useRef<HTMLFormElement>(null);
  const form = useForm<V>({
    initial: options.initial,
    check: options.check,
    message: (e) => {
      const key = `consents.sign.error.${e.path}`;
      return isMessageId(key) ? t(key) : e.message;
    },
    onInvalid: (fields) => focusFirst(ref.current, fields),
    onSubmit: options.onSubmit,
  });
  const general = form.error ? apiFieldErrors(form.error, t, 'consents.sign.error').general : null;
  return { form, ref, general };
}

/** The general message of a refusal (network, not allowed, the API's detail). */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="notice notice-error" role="alert">
      {message}
    </p>
  );
}

/** A one-line text box with its label, optional hint and error. */
export function TextField({
  id,
  name,
  label,
  hint,
  value,
  error,
  autoComplete,
  maxLength,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  value: string;
  error: string | undefined;
  autoComplete?: string;
  maxLength?: number;
  onChange: (value: string) => void;
}) {
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-${name}-error` : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <input
        id={id}
        type="text"
        autoComplete={autoComplete}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-field={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        maxLength={maxLength}
      />
      <FieldError id={`${id}-${name}-error`} message={error} />
    </div>
  );
}

/** The box that confirms a typed name is a signature. */
export function ConfirmField({
  id,
  label,
  checked,
  error,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  error: string | undefined;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="field field-check">
      <input
        id={`${id}-confirm`}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        data-field="confirm"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-confirm-error` : undefined}
      />
      <label htmlFor={`${id}-confirm`}>{label}</label>
      <FieldError id={`${id}-confirm-error`} message={error} />
    </div>
  );
}

/** A written note (optional). */
export function NoteField({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={`${id}-note`}>{t('consents.revoke.note')}</label>
      <textarea id={`${id}-note`} rows={2} value={value} onChange={(e) => onChange(e.target.value)} maxLength={2000} />
    </div>
  );
}

/** Send and Cancel. */
export function FormActions({
  submit,
  pending,
  onCancel,
}: {
  submit: ReactNode;
  pending: boolean;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <div className="consent-actions">
      <button type="submit" className="button button-primary" disabled={pending}>
        {submit}
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('consents.cancel')}
      </button>
    </div>
  );
}

/** A button that opens a form kept closed until needed. */
export function OpenFormButton({ label, small, onOpen }: { label: string; small?: boolean; onOpen: () => void }) {
  return (
    <p>
      <button type="button" className={`button button-secondary${small ? ' button-small' : ''}`} onClick={onOpen}>
        {label}
      </button>
    </p>
  );
}
