/**
 * Labelled form controls for the plan editor. Each control's id comes from its path in the plan
 * ('goals[1].text' → pf-goals-1-text), so a finding or a finalize error can move focus to it.
 */
import { useId, type ReactNode } from 'react';
import { fieldId } from './sections';

interface Base {
  path: string;
  label: string;
  hint?: ReactNode;
  /** Extra ids for aria-describedby (e.g. the live goal check). */
  describedBy?: string;
  className?: string;
}

function useDescribedBy(
  hint: ReactNode | undefined,
  extra: string | undefined,
): { hintId: string; describedBy: string | undefined } {
  const hintId = useId();
  const ids = [hint ? hintId : null, extra ?? null].filter(Boolean).join(' ');
  return { hintId, describedBy: ids || undefined };
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <span id={id} className="hint">
      {children}
    </span>
  );
}

export function TextAreaField({
  path,
  label,
  hint,
  describedBy,
  className,
  value,
  onChange,
  maxLength = 20_000,
  rows = 4,
}: Base & { value: string; onChange: (v: string) => void; maxLength?: number; rows?: number }) {
  const id = fieldId(path);
  const d = useDescribedBy(hint, describedBy);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <Hint id={d.hintId}>{hint}</Hint>}
      <textarea
        id={id}
        name={path}
        rows={rows}
        maxLength={maxLength}
        value={value}
        aria-describedby={d.describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export function TextField({
  path,
  label,
  hint,
  describedBy,
  className,
  value,
  onChange,
  maxLength = 500,
}: Base & { value: string; onChange: (v: string) => void; maxLength?: number }) {
  const id = fieldId(path);
  const d = useDescribedBy(hint, describedBy);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <Hint id={d.hintId}>{hint}</Hint>}
      <input
        id={id}
        name={path}
        type="text"
        maxLength={maxLength}
        value={value}
        aria-describedby={d.describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** A whole number ≥ 0 (minutes, sessions), or null when empty. */
export function NumberField({
  path,
  label,
  hint,
  describedBy,
  className,
  value,
  onChange,
  max = 100_000,
}: Base & { value: number | null; onChange: (v: number | null) => void; max?: number }) {
  const id = fieldId(path);
  const d = useDescribedBy(hint, describedBy);
  return (
    <div className={`field field-number ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <Hint id={d.hintId}>{hint}</Hint>}
      <input
        id={id}
        name={path}
        type="number"
        inputMode="numeric"
        min={0}
        max={max}
        step={1}
        value={value ?? ''}
        aria-describedby={d.describedBy}
        onChange={(e) => {
          const raw = e.target.value;
          if (raw === '') {
            onChange(null);
            return;
          }
          const n = Math.floor(Number(raw));
          if (Number.isFinite(n)) onChange(Math.min(Math.max(n, 0), max));
        }}
      />
    </div>
  );
}

/** A date (YYYY-MM-DD), or null when empty. */
export function DateField({
  path,
  label,
  hint,
  describedBy,
  className,
  value,
  onChange,
}: Base & { value: string | null; onChange: (v: string | null) => void }) {
  const id = fieldId(path);
  const d = useDescribedBy(hint, describedBy);
  return (
    <div className={`field field-date ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <Hint id={d.hintId}>{hint}</Hint>}
      <input
        id={id}
        name={path}
        type="date"
        value={value ?? ''}
        aria-describedby={d.describedBy}
        onChange={(e) => onChange(/^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null)}
      />
    </div>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
}

/** A choice from a list; `emptyLabel` adds a "not chosen" option that stands for null. */
export function SelectField<T extends string>({
  path,
  label,
  hint,
  describedBy,
  className,
  value,
  options,
  emptyLabel,
  onChange,
}: Base & { value: T | null; options: readonly Option<T>[]; emptyLabel?: string; onChange: (v: T | null) => void }) {
  const id = fieldId(path);
  const d = useDescribedBy(hint, describedBy);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <Hint id={d.hintId}>{hint}</Hint>}
      <select
        id={id}
        name={path}
        value={value ?? ''}
        aria-describedby={d.describedBy}
        onChange={(e) => {
          const v = options.find((o) => o.value === e.target.value);
          onChange(v ? v.value : null);
        }}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({
  path,
  label,
  hint,
  describedBy,
  className,
  checked,
  onChange,
}: Base & { checked: boolean; onChange: (v: boolean) => void }) {
  const id = fieldId(path);
  const d = useDescribedBy(hint, describedBy);
  return (
    <div className={`field field-check ${className ?? ''}`}>
      <input
        id={id}
        name={path}
        type="checkbox"
        checked={checked}
        aria-describedby={d.describedBy}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && <Hint id={d.hintId}>{hint}</Hint>}
    </div>
  );
}

/** One choice among a few, as radio buttons in a fieldset; the first radio carries the path's id. */
export function RadioField<T extends string>({
  path,
  label,
  hint,
  className,
  value,
  options,
  onChange,
}: Base & { value: T; options: readonly Option<T>[]; onChange: (v: T) => void }) {
  const id = fieldId(path);
  const d = useDescribedBy(hint, undefined);
  return (
    <fieldset className={`field radio-field ${className ?? ''}`} aria-describedby={d.describedBy}>
      <legend>{label}</legend>
      {hint && <Hint id={d.hintId}>{hint}</Hint>}
      <div className="radio-options">
        {options.map((o, i) => (
          <span key={o.value} className="radio-option">
            <input
              id={i === 0 ? id : `${id}-${o.value}`}
              type="radio"
              name={id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <label htmlFor={i === 0 ? id : `${id}-${o.value}`}>{o.label}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}
