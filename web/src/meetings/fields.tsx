/**
 * A form field's error wiring for the meetings' forms (useForm): the field names its message (aria-invalid,
 * aria-describedby with any hint), and the message sits under it. The messages are the schema's or the API's.
 */
import type { FieldErrors } from '../ui/form';

/** The aria attributes of the field `name` whose input has id `id` (its message is `${id}-error`). */
export function errorProps(
  errors: FieldErrors,
  name: string,
  id: string,
  hintId?: string,
): { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined } {
  const error = errors[name];
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hintId, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined,
  };
}

/** The message of the field `name` (whose input has id `id`), when it has one. */
export function FieldMessage({ errors, name, id }: { errors: FieldErrors; name: string; id: string }) {
  const error = errors[name];
  return error ? (
    <span id={`${id}-error`} className="field-error">
      {error}
    </span>
  ) : null;
}
