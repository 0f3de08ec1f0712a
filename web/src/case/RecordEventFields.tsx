/**
 * The event form's controls (RecordEventForm.tsx): each labelled, with its hint and its error tied to it
 * (aria-describedby), through one kit of the form's values, setter and ids.
 */
import type { ReactNode, Ref } from 'react';
import type { EventForm } from './event-form';
import { useT } from '../i18n';

/** What every control needs: the values, the setter, and its ids and error. */
export interface FieldKit {
  form: EventForm;
  set: <K extends keyof EventForm>(key: K, value: EventForm[K]) => void;
  fid: (name: string) => string;
  errorOf: (name: string) => string | undefined;
  describedBy: (name: string, hint?: boolean) => string | undefined;
}

export function makeKit(
  id: string,
  form: EventForm,
  errors: Partial<Record<string, string>>,
  set: FieldKit['set'],
): FieldKit {
  const fid = (name: string) => `${id}-${name}`;
  const errorOf = (name: string) => errors[name];
  return {
    form,
    set,
    fid,
    errorOf,
    describedBy: (name, hint) =>
      [hint ? `${fid(name)}-hint` : null, errorOf(name) ? `${fid(name)}-error` : null].filter(Boolean).join(' ') ||
      undefined,
  };
}

export function FieldError({ k, name }: { k: FieldKit; name: string }) {
  const error = k.errorOf(name);
  return error ? (
    <span id={`${k.fid(name)}-error`} className="field-error">
      {error}
    </span>
  ) : null;
}

export function Hint({ k, name, children }: { k: FieldKit; name: string; children: ReactNode }) {
  return (
    <span id={`${k.fid(name)}-hint`} className="hint">
      {children}
    </span>
  );
}

export function Choice({
  k,
  name,
  label,
  options,
  labelOf,
  hint,
}: {
  k: FieldKit;
  name: keyof EventForm;
  label: string;
  options: readonly string[];
  labelOf: (v: string) => string;
  hint?: ReactNode;
}) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={k.fid(name)}>{label}</label>
      {hint && (
        <Hint k={k} name={name}>
          {hint}
        </Hint>
      )}
      <FieldError k={k} name={name} />
      <select
        id={k.fid(name)}
        value={k.form[name] as string}
        aria-invalid={k.errorOf(name) ? true : undefined}
        aria-describedby={k.describedBy(name, Boolean(hint))}
        onChange={(e) => k.set(name, e.target.value)}
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
}

export function YesNo({
  k,
  name,
  legend,
  yes,
  no,
}: {
  k: FieldKit;
  name: 'eligible' | 'manifestation';
  legend: string;
  yes: string;
  no: string;
}) {
  return (
    <fieldset className="field radio-field" aria-describedby={k.errorOf(name) ? `${k.fid(name)}-error` : undefined}>
      <legend>{legend}</legend>
      <FieldError k={k} name={name} />
      <div className="radio-options">
        {(['yes', 'no'] as const).map((v) => (
          <span className="radio-option" key={v}>
            <input
              id={k.fid(`${name}-${v}`)}
              type="radio"
              name={k.fid(name)}
              value={v}
              checked={k.form[name] === v}
              onChange={() => k.set(name, v)}
            />
            <label htmlFor={k.fid(`${name}-${v}`)}>{v === 'yes' ? yes : no}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}

type DateName = 'occurredOn' | 'reportSharedOn' | 'partCEligibleOn' | 'scheduledFor';

export function DateField({
  k,
  name,
  label,
  hint,
  max,
  required,
  inputRef,
}: {
  k: FieldKit;
  name: DateName;
  label: string;
  hint?: string;
  max?: string;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement> | undefined;
}) {
  return (
    <div className="field field-date">
      <label htmlFor={k.fid(name)}>{label}</label>
      {hint && (
        <Hint k={k} name={name}>
          {hint}
        </Hint>
      )}
      <FieldError k={k} name={name} />
      <input
        ref={inputRef}
        id={k.fid(name)}
        type="date"
        max={max}
        required={required}
        value={k.form[name]}
        aria-invalid={k.errorOf(name) ? true : undefined}
        aria-describedby={k.describedBy(name, Boolean(hint))}
        onChange={(e) => k.set(name, e.target.value)}
      />
    </div>
  );
}

export function Check({ k, name, label }: { k: FieldKit; name: 'referredTo504' | 'reevaluation'; label: string }) {
  return (
    <div className="field field-check">
      <input id={k.fid(name)} type="checkbox" checked={k.form[name]} onChange={(e) => k.set(name, e.target.checked)} />
      <label htmlFor={k.fid(name)}>{label}</label>
    </div>
  );
}
