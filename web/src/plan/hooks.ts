/** React bindings for the plan editor: the autosave store, the live goal check, and the findings. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { isAbort } from '../api';
import type { Finding, GoalCheck, Plan } from '../types';
import { checkGoal, getFindings, getPlan, savePlanSections } from './api';
import { editsStorageKey, PlanAutosave, type AutosaveSnapshot } from './autosave';
import { draftStorage } from '../local-drafts';

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
  const [state, setState] = useState<GoalCheckState>({ phase: 'empty' });
  const trimmed = text.trim();
  useEffect(() => {
    if (!trimmed) {
      setState({ phase: 'empty' });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({
      phase: 'checking',
      previous: s.phase === 'done' ? s.result : s.phase === 'checking' ? s.previous : null,
    }));
    const timer = window.setTimeout(() => {
      checkGoal(trimmed.slice(0, 2000), controller.signal).then(
        (result) => setState({ phase: 'done', result }),
        (e: unknown) => {
          if (!isAbort(e)) setState({ phase: 'error' });
        },
      );
    }, GOAL_CHECK_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed]);
  return state;
}

export type FindingsState =
  | { phase: 'loading'; previous: Finding[] | null }
  | { phase: 'ready'; findings: Finding[] }
  | { phase: 'error'; previous: Finding[] | null };

/** The plan's findings, fetched again whenever `revision` changes (after each confirmed save). */
export function useFindings(planId: string, revision: number, enabled: boolean): FindingsState {
  const [state, setState] = useState<FindingsState>({ phase: 'loading', previous: null });
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    setState((s) => ({ phase: 'loading', previous: s.phase === 'ready' ? s.findings : s.previous }));
    getFindings(planId, controller.signal).then(
      (findings) => setState({ phase: 'ready', findings }),
      (e: unknown) => {
        if (!isAbort(e)) setState((s) => ({ phase: 'error', previous: s.phase === 'ready' ? s.findings : s.previous }));
      },
    );
    return () => controller.abort();
  }, [planId, revision, enabled]);
  return state;
}

export function currentFindings(state: FindingsState): Finding[] {
  return state.phase === 'ready' ? state.findings : (state.previous ?? []);
}
