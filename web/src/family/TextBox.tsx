/** A labelled textarea with a hint and a character count (the count is read with the hint, not announced on every key). */
import { useId } from 'react';
import { useT } from '../i18n';

export function TextBox({
  label,
  hint,
  value,
  onChange,
  max,
  rows = 4,
  invalid,
  errorId,
  name,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
  max: number;
  rows?: number;
  invalid?: boolean;
  errorId?: string;
  name: string;
}) {
  const t = useT();
  const id = useId();
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  return (
    <div className="field family-textbox">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={max}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={[hint ? hintId : null, countId, invalid && errorId ? errorId : null]
          .filter(Boolean)
          .join(' ')}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={countId} className="hint family-count">
        {t('portal.chars', { count: value.length, max })}
      </span>
    </div>
  );
}
