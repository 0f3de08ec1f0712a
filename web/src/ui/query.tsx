/**
 * Server state for the screens: one TanStack Query client, and small helpers on top of the API client (web/src/api.ts)
 * so a screen says what it loads and what a write changes, and never keeps its own loading/error/data machine.
 *
 * - `useApiQuery(key, load)`: a GET through api.ts; `load` gets the signal that cancels it when the screen goes away.
 *   Errors stay `ApiError`s (problem+json read as today), so <ErrorMessage> and `isStale` work on `query.error`.
 * - `useApiMutation(send, { invalidates })`: a write; on success the queries it changes load again (no manual reload).
 * - `getJson` / `sendJson`: typed calls for an area's api.ts, their type derived from the shared schema in src/api
 *   (`getJson<typeof studentSchema>(…)` answers `z.infer<typeof studentSchema>`).
 *
 * The client keeps today's behaviour: a failed load is shown at once with its Retry (no automatic retries), nothing is
 * reloaded on window focus, and a screen opened again asks the server again (staleTime 0). What no screen shows is kept
 * for a minute (gcTime: 0 hung the browser when one screen left and the next mounted; sign-out clears everything).
 */
import {
  keepPreviousData,
  QueryClient,
  QueryClientProvider,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { isApiError, request, type ApiError, type Query } from '../api';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime: 0,
        gcTime: 60_000,
      },
      mutations: { retry: false },
    },
  });
}

/** The query client for the app; one per mounted <QueryProvider> (tests may mount their own). */
export function QueryProvider({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [own] = useState(() => client ?? createQueryClient());
  return <QueryClientProvider client={own}>{children}</QueryClientProvider>;
}

/** A load that failed: an ApiError from api.ts, or whatever else was thrown (a bug), as the screens show it. */
export type LoadError = ApiError | Error;

/** A GET for a screen. `load` receives the AbortSignal TanStack gives the query. */
export function useApiQuery<T>(
  key: QueryKey,
  load: (signal: AbortSignal) => Promise<T>,
  options: { enabled?: boolean; keepPrevious?: boolean; refetchEveryMs?: number } = {},
): UseQueryResult<T, LoadError> {
  return useQuery<T, LoadError>({
    queryKey: key,
    queryFn: ({ signal }) => load(signal),
    enabled: options.enabled ?? true,
    // A count shown in the frame (the unread badge) looks again now and then, while the page stays open.
    refetchInterval: options.refetchEveryMs ?? false,
    // A list that follows its filters keeps showing the last answer while the next one loads.
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}

/**
 * A write. When it succeeds, every query under each key of `invalidates` loads again (a key prefix:
 * ['plan', id] reloads ['plan', id, 'versions'] too), then `onSuccess` runs.
 */
export function useApiMutation<TVars, TData>(
  send: (vars: TVars) => Promise<TData>,
  options: {
    invalidates?: QueryKey[] | ((data: TData, vars: TVars) => QueryKey[]);
    onSuccess?: (data: TData, vars: TVars) => void;
  } = {},
): UseMutationResult<TData, LoadError, TVars> {
  const client = useQueryClient();
  return useMutation<TData, LoadError, TVars>({
    mutationFn: send,
    onSuccess: async (data, vars) => {
      const keys = typeof options.invalidates === 'function' ? options.invalidates(data, vars) : options.invalidates;
      await Promise.all((keys ?? []).map((queryKey) => client.invalidateQueries({ queryKey })));
      options.onSuccess?.(data, vars);
    },
  });
}

/** GET `path` (with `query`), answering the shape of the shared schema `S` (src/api). */
export function getJson<S extends z.ZodType>(
  path: string,
  options: { query?: Query; signal?: AbortSignal | undefined; headers?: Record<string, string> } = {},
): Promise<z.infer<S>> {
  return request<z.infer<S>>('GET', path, options);
}

/** A write with a JSON body (POST, PUT, PATCH, DELETE), answering the shape of the shared schema `S`. */
export function sendJson<S extends z.ZodType>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<z.infer<S>> {
  return request<z.infer<S>>(method, path, { body, ...(headers ? { headers } : {}) });
}

/** A record the person may not see is 404 (never 403), and an id that is not one 400: both read as "not found". */
export function isNotFound(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || error.status === 400);
}

/** A load as the screens read it: loading, failed, or there. */
export type Load<T> = { phase: 'loading' } | { phase: 'error'; error: unknown } | { phase: 'ready'; value: T };

/**
 * A query read as a Load, with `reload` (load again) and `update` (change what is shown after a write answered with
 * the new record, without asking again).
 */
export function useLoad<T>(
  key: QueryKey,
  load: (signal: AbortSignal) => Promise<T>,
): [Load<T>, () => void, (update: (value: T) => T) => void] {
  const client = useQueryClient();
  const query = useApiQuery(key, load);
  const state: Load<T> =
    query.status === 'error'
      ? { phase: 'error', error: query.error }
      : query.status === 'success'
        ? { phase: 'ready', value: query.data }
        : { phase: 'loading' };
  const reload = () => void query.refetch();
  const update = (f: (value: T) => T) => client.setQueryData<T>(key, (old) => (old === undefined ? old : f(old)));
  return [state, reload, update];
}
