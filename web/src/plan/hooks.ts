/** React bindings for the plan editor: the autosave store, the live goal check, and the findings. */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Finding, GoalCheck, Plan } from '../types';
import { checkGoal, getFindings, getPlan, savePlanSections } from './api';
import { editsStorageKey, PlanAutosave, type AutosaveSnapshot } from './autosave';
import { draftStorage } from '../local-drafts';
import { useApiQuery, type LoadError } from '../ui/query';
import { planKey } from './keys';

/** One autosave store per plan and person, alive while the editor is on screen (the editor is keyed by plan id). */
export function useAutosave(initial: Plan, userId: string): { store: PlanAutosave; snapshot: AutosaveSnapshot } {
  const [store] = useState(
    () =>
      new PlanAutosave(initial, {
        save: (version, sections) => savePlanSections(initial.id, version, sections),
        load: () => getPlan(initial.id),
        storage: draftStorage(),
        storageKey: editsStorageKey(userId, initial.id),
      }),
  );
  useEffect(() => {
    store.start();
    return () => store.dispose();
  }, [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { store, snapshot };
}

export type GoalCheckState =
  | { phase: 'empty' }
  | { phase: 'checking'; previous: GoalCheck | null }
  | { phase: 'done'; result: GoalCheck }
  | { phase: 'error' };

const GOAL_CHECK_DELAY_MS = 500;

/** The measurability check of a goal's text, 500 ms after the last keystroke. */
export function useGoalCheck(text: string): GoalCheckState {
  const trimmed = text.trim();
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(trimmed), GOAL_CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [trimmed]);
  const query = useQuery<GoalCheck, LoadError>({
    queryKey: ['goal-check', settled],
    queryFn: ({ signal }) => checkGoal(settled.slice(0, 2000), signal),
    enabled: settled !== '',
    // While the next check runs, the last result stays (dimmed).
    placeholderData: keepPreviousData,
  });
  if (!trimmed) return { phase: 'empty' };
  if (settled !== trimmed || query.isFetching || query.isPending)
    return { phase: 'checking', previous: query.data ?? null };
  if (query.isError) return { phase: 'error' };
  return { phase: 'done', result: query.data };
}

export type FindingsState =
  | { phase: 'loading'; previous: Finding[] | null }
  | { phase: 'ready'; findings: Finding[] }
  | { phase: 'error'; previous: Finding[] | null };

/** The plan's findings, fetched again whenever `revision` changes (after each confirmed save). */
export function useFindings(planId: string, revision: number, enabled: boolean): FindingsState {
  const query = useApiQuery([...planKey(planId), 'findings'], (signal) => getFindings(planId, signal), { enabled });
  const { refetch } = query;
  // The first load is the query's own; each later revision asks again (an older answer still coming is dropped).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (enabled) void refetch();
  }, [revision, enabled, refetch]);
  const previous = query.data ?? null;
  if (query.isFetching || query.isPending) return { phase: 'loading', previous };
  if (query.isError) return { phase: 'error', previous };
  return { phase: 'ready', findings: query.data };
}

export function currentFindings(state: FindingsState): Finding[] {
  return state.phase === 'ready' ? state.findings : (state.previous ?? []);
}
