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
  // The last answer and the text it was for; the state is derived from it, so no effect sets state synchronously.
  const [answer, setAnswer] = useState<{ text: string; result: GoalCheck | null } | null>(null);
  const trimmed = text.trim();
  useEffect(() => {
    if (!trimmed) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      checkGoal(trimmed.slice(0, 2000), controller.signal).then(
        (result) => setAnswer({ text: trimmed, result }),
        (e: unknown) => {
          if (!isAbort(e)) setAnswer({ text: trimmed, result: null });
        },
      );
    }, GOAL_CHECK_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed]);
  if (!trimmed) return { phase: 'empty' };
  if (answer?.text === trimmed) return answer.result ? { phase: 'done', result: answer.result } : { phase: 'error' };
  return { phase: 'checking', previous: answer?.result ?? null };
}

export type FindingsState =
  | { phase: 'loading'; previous: Finding[] | null }
  | { phase: 'ready'; findings: Finding[] }
  | { phase: 'error'; previous: Finding[] | null };

/** The plan's findings, fetched again whenever `revision` changes (after each confirmed save). */
export function useFindings(planId: string, revision: number, enabled: boolean): FindingsState {
  // The last answer and the request it was for (`key`); `last` is the latest findings received, shown while a newer
  // request is under way or after it failed. Derived, so no effect sets state synchronously.
  const key = `${planId}:${revision}`;
  const [answer, setAnswer] = useState<{ key: string; findings: Finding[] | null; last: Finding[] | null } | null>(
    null,
  );
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    getFindings(planId, controller.signal).then(
      (findings) => setAnswer({ key, findings, last: findings }),
      (e: unknown) => {
        if (!isAbort(e)) setAnswer((a) => ({ key, findings: null, last: a?.last ?? null }));
      },
    );
    return () => controller.abort();
  }, [planId, key, enabled]);
  if (answer?.key !== key) return { phase: 'loading', previous: answer?.last ?? null };
  return answer.findings ? { phase: 'ready', findings: answer.findings } : { phase: 'error', previous: answer.last };
}

export function currentFindings(state: FindingsState): Finding[] {
  return state.phase === 'ready' ? state.findings : (state.previous ?? []);
}
