/** Runs a change to the meeting: pending state, the API's field errors, and the new meeting on success. */
import { useState } from 'react';
import { isApiError, isStale } from '../api';
import { useT } from '../i18n';
import type { Meeting } from './api';
import { refusalFindings, type StructuredFinding } from './findings';

export interface ActionError {
  message: string;
  /** The API's errors: [{ path, message }] (in English). */
  errors: { path: string; message: string }[];
  /** A refusal's rules as codes and values (the problem's `findings`, e.g. of a refused hold); [] when it has none. */
  findings: StructuredFinding[];
  code: string;
  /** Refused because someone else changed the record since it was loaded (412 / VERSION_STALE): nothing was saved. */
  stale: boolean;
}

/** What a failed change to the meeting says: the words for its kind of failure, and the refusal's errors and findings. */
export function actionError(t: ReturnType<typeof useT>, e: unknown): ActionError {
  if (!isApiError(e))
    return { message: t('common.error.generic'), errors: [], findings: [], code: 'UNKNOWN', stale: false };
  const message =
    e.code === 'NETWORK'
      ? t('common.error.network')
      : e.status === 409 || e.status === 412
        ? t('meetings.error.stale')
        : e.status === 422
          ? t('meetings.error.rule')
          : e.status === 403
            ? t('common.error.forbidden')
            : e.status === 400
              ? t('meetings.error.invalid')
              : t('common.error.generic');
  return { message, errors: e.errors, findings: refusalFindings(e.problem), code: e.code, stale: isStale(e) };
}

/** A form's failure (`form.error`) as an ActionError, or null when it has none. */
export function useActionError(error: unknown): ActionError | null {
  const t = useT();
  return error ? actionError(t, error) : null;
}

export function useMeetingAction(onDone: (m: Meeting) => void) {
  const t = useT();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const run = async (fn: () => Promise<Meeting>): Promise<boolean> => {
    setPending(true);
    setError(null);
    try {
      onDone(await fn());
      return true;
    } catch (e) {
      setError(actionError(t, e));
      return false;
    } finally {
      setPending(false);
    }
  };
  return { pending, error, run, clear: () => setError(null) };
}
