/** A small loader for the portal's lists: loading, error, ready; `reload` fetches again. */
import { useCallback, useEffect, useState } from 'react';
import { isAbort } from '../../api';

export type Load<T> = { phase: 'loading' } | { phase: 'error'; error: unknown } | { phase: 'ready'; value: T };

export function useLoad<T>(
  fetcher: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): [Load<T>, () => void, (update: (v: T) => T) => void] {
  const [state, setState] = useState<Load<T>>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    fetcher(controller.signal).then(
      (value) => setState({ phase: 'ready', value }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ phase: 'error', error });
      },
    );
    return () => controller.abort();
  }, [...deps, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback(
    (f: (v: T) => T) => setState((s) => (s.phase === 'ready' ? { phase: 'ready', value: f(s.value) } : s)),
    [],
  );
  return [state, reload, update];
}
