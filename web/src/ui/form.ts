/**
 * The one form hook. A form holds its values; on submit it validates them with the shared zod schema (src/api), so a
 * field the API would refuse is named before anything is sent, then sends; a problem+json refusal (422/400) puts each
 * of its `errors[].path` on the field it names. Everything else the API says (a network failure, a 403, a stale
 * record) is `error`, for the screen to say in its own words (<ErrorMessage>, <StaleNotice>).
 *
 *     const form = useForm({
 *       initial: { date: '', location: '' },
 *       schema: scheduleSchema,                       // optional; without it the values are sent as they are
 *       toInput: (v) => ({ ...v, location: v.location || undefined }),
 *       onSubmit: (body) => scheduleMeeting(studentId, body),
 *     });
 *     <form onSubmit={form.submit}> <input value={form.values.date} onChange={(e) => form.set('date', e.target.value)}
 *       aria-invalid={form.errors.date ? true : undefined} /> {form.errors.date} …
 *
 * Paths are the API's: dotted (`goals.0.text`); `fieldOf` maps them to the form's own field names when they differ.
 */
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { z } from 'zod';
import { isApiError, type FieldError } from '../api';

/** Messages by field name (a problem's `errors[].path`, or what `fieldOf` made of it). */
export type FieldErrors = Partial<Record<string, string>>;

interface CommonOptions<V> {
  initial: V | (() => V);
  /** The form's field for an error path (the API's or the schema's); by default the path itself. */
  fieldOf?: (path: string) => string;
  /** The words shown for a field error; by default the message the schema or the API gave. */
  message?: (error: FieldError) => string;
  /** Called after a refusal put messages on fields (e.g. to move focus to the first). */
  onInvalid?: (errors: FieldErrors) => void;
  /**
   * Checks the schema cannot make (a choice the API itself requires only for some requests), run before the schema:
   * what it finds goes on the fields like a refusal, and nothing is sent.
   */
  check?: (values: V) => FieldErrors;
  /** A field's message leaves as soon as `set` changes that field (default: messages stay until the next submit). */
  clearOnChange?: boolean;
}

interface PlainOptions<V> extends CommonOptions<V> {
  schema?: undefined;
  onSubmit: (values: V) => Promise<unknown> | undefined;
}

interface SchemaOptions<V, Out> extends CommonOptions<V> {
  /** A shared request schema from src/api: what it refuses is shown on the fields without a round trip. */
  schema: z.ZodType<Out>;
  /** The form's values as the request the schema parses (default: the values themselves). */
  toInput?: (values: V) => unknown;
  onSubmit: (data: Out, values: V) => Promise<unknown> | undefined;
}

export interface Form<V> {
  values: V;
  set: <K extends keyof V>(name: K, value: V[K]) => void;
  setValues: (update: V | ((values: V) => V)) => void;
  /** Messages on fields, from the schema or from the API's refusal. */
  errors: FieldErrors;
  /** Why the last send failed (an ApiError; also a refusal whose messages went on fields), or null. */
  error: unknown;
  pending: boolean;
  /** Validate and send; use as the <form>'s onSubmit (it prevents the browser's own submit). */
  submit: (event?: SyntheticEvent) => Promise<void>;
  /** Back to `values` (default the initial ones), with no errors. */
  reset: (values?: V) => void;
  /** Put messages on fields (a check the schema cannot make), or clear them with {}. */
  setErrors: (errors: FieldErrors) => void;
}

/** The messages by field of a list of path errors: the first message for each field wins. */
export function fieldErrors(
  errors: readonly FieldError[],
  fieldOf: (path: string) => string = (p) => p,
  message: (error: FieldError) => string = (e) => e.message,
): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const field = fieldOf(e.path);
    out[field] ??= message(e);
  }
  return out;
}

/** The messages without the one on `field` (the same object when it had none). */
export function withoutField(errors: FieldErrors, field: string): FieldErrors {
  if (!(field in errors)) return errors;
  const { [field]: _gone, ...rest } = errors;
  return rest;
}

/** A zod issue's path as the API writes it (`goals.0.text`; the whole body is `(body)`). */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(body)';
}

export function useForm<V>(options: PlainOptions<V>): Form<V>;
export function useForm<V, Out>(options: SchemaOptions<V, Out>): Form<V>;
export function useForm<V, Out>(options: PlainOptions<V> | SchemaOptions<V, Out>): Form<V> {
  const [values, setValues] = useState<V>(options.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const initial = useRef(values);
  // The latest options, so `submit` sends with the callbacks of the last render.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const busy = useRef(false);

  const invalid = (found: FieldErrors) => {
    setErrors(found);
    latest.current.onInvalid?.(found);
  };

  const submit = async (event?: SyntheticEvent) => {
    event?.preventDefault();
    if (busy.current) return;
    const o = latest.current;
    const toErrors = (list: readonly FieldError[]) => fieldErrors(list, o.fieldOf, o.message);
    setError(null);
    const found = o.check?.(values) ?? {};
    if (Object.keys(found).length) {
      invalid(found);
      return;
    }
    let send: () => Promise<unknown> | undefined;
    if (o.schema) {
      const parsed = o.schema.safeParse(o.toInput ? o.toInput(values) : values);
      if (!parsed.success) {
        invalid(toErrors(parsed.error.issues.map((i) => ({ path: issuePath(i.path), message: i.message }))));
        return;
      }
      const { onSubmit } = o;
      send = () => onSubmit(parsed.data, values);
    } else {
      const { onSubmit } = o;
      send = () => onSubmit(values);
    }
    setErrors({});
    busy.current = true;
    setPending(true);
    try {
      await send();
    } catch (e) {
      if (isApiError(e) && e.errors.length > 0 && (e.status === 400 || e.status === 422)) {
        invalid(toErrors(e.errors));
      }
      setError(e);
    } finally {
      busy.current = false;
      setPending(false);
    }
  };

  return {
    values,
    set: (name, value) => {
      setValues((v) => ({ ...v, [name]: value }));
      if (latest.current.clearOnChange) setErrors((e) => withoutField(e, String(name)));
    },
    setValues,
    errors,
    error,
    pending,
    submit,
    reset: (next = initial.current) => {
      setValues(next);
      setErrors({});
      setError(null);
    },
    setErrors,
  };
}
