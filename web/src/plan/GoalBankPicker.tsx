/**
 * "Choose from the goal bank": a modal dialog (native <dialog>, showModal) with filters for area and grade
 * band, a search box (debounced), and the bank's goals, each with an "Insert" button. Inserting hands the
 * goal to the goals form, which adds it as a new goal and moves focus to its text; Escape, "Close" or a
 * click outside closes the dialog and returns focus to the button that opened it. The filters are kept
 * between openings, so a second goal from the same list is one click away.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { isAbort } from '../api';
import { useT } from '../i18n';
import { searchGoalBank } from './api';
import type { BankGoal, GoalBankArea, GradeBand } from '../types';
import { ErrorMessage } from '../ui/ErrorMessage';
import { areaLabel, areaOptions, gradeBandLabel, gradeBandOptions, sourceLabel } from './GoalBank';

const SEARCH_DELAY_MS = 300;

interface Filters {
  area: GoalBankArea | null;
  gradeBand: GradeBand | null;
  /** What is typed in the search box (the search follows it after a pause). */
  q: string;
}

export function GoalBankPicker({
  gradeBand,
  onInsert,
}: {
  gradeBand: GradeBand | null;
  onInsert: (goal: BankGoal) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [filters, setFilters] = useState<Filters>({ area: null, gradeBand, q: '' });
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button button-secondary"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('goalBank.open')}
      </button>
      {open && (
        <GoalBankDialog
          filters={filters}
          onFilters={setFilters}
          onDismiss={() => {
            setOpen(false);
            opener.current?.focus();
          }}
          onInsert={(goal) => {
            setOpen(false);
            onInsert(goal);
          }}
        />
      )}
    </>
  );
}

/** The server's answer to one search (`key`): its goals, or why it failed; `last` is the latest goals found. */
interface Answer {
  key: string;
  goals: BankGoal[] | null;
  error: unknown;
  last: BankGoal[] | null;
}

type Results =
  | { phase: 'loading'; previous: BankGoal[] | null }
  | { phase: 'ready'; goals: BankGoal[] }
  | { phase: 'error'; error: unknown };

function GoalBankDialog({
  filters,
  onFilters,
  onDismiss,
  onInsert,
}: {
  filters: Filters;
  onFilters: (f: Filters) => void;
  onDismiss: () => void;
  onInsert: (goal: BankGoal) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const firstField = useRef<HTMLSelectElement>(null);

  // Open as a modal on mount; "close" (Escape, the Close button, a click outside) dismisses. Unmounting
  // after an insert closes it without dismissing, so focus can go to the new goal instead.
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  });
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    const onClose = () => dismiss.current();
    d.addEventListener('close', onClose);
    if (!d.open) d.showModal();
    firstField.current?.focus();
    return () => {
      d.removeEventListener('close', onClose);
      if (d.open) d.close();
    };
  }, []);

  // The search follows the box after a pause in typing; the filters at once.
  const [q, setQ] = useState(filters.q.trim());
  useEffect(() => {
    const next = filters.q.trim();
    if (next === q) return;
    const timer = window.setTimeout(() => setQ(next), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [filters.q, q]);

  // What the server last answered, with the search it answered: while a newer search is under way the last goals
  // stay on screen (dimmed, aria-busy) and the state is derived, not set, so no effect sets state synchronously.
  const [attempt, setAttempt] = useState(0);
  const searchKey = JSON.stringify([q, filters.area, filters.gradeBand, attempt]);
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    searchGoalBank(
      { q, area: filters.area ?? undefined, gradeBand: filters.gradeBand ?? undefined },
      controller.signal,
    ).then(
      (found) => setAnswer({ key: searchKey, goals: found, error: null, last: found }),
      (error: unknown) => {
        if (!isAbort(error)) setAnswer({ key: searchKey, goals: null, error, last: null });
      },
    );
    return () => controller.abort();
  }, [q, filters.area, filters.gradeBand, searchKey]);
  const results: Results =
    answer?.key !== searchKey
      ? { phase: 'loading', previous: answer?.last ?? null }
      : answer.goals
        ? { phase: 'ready', goals: answer.goals }
        : { phase: 'error', error: answer.error };

  const goals = results.phase === 'ready' ? results.goals : results.phase === 'loading' ? results.previous : null;
  const loading = results.phase === 'loading';
  const areas = areaOptions(t);
  const bands = gradeBandOptions(t);

  return (
    <dialog
      ref={dialog}
      className="goal-bank-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onClick={(e) => {
        // A click on the backdrop lands on the <dialog> itself (its content fills it edge to edge).
        if (e.target === e.currentTarget) e.currentTarget.close();
      }}
    >
      <div className="goal-bank-inner">
        <div className="goal-bank-head">
          <h2 id={`${id}-title`}>{t('goalBank.title')}</h2>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => dialog.current?.close()}
          >
            {t('goalBank.close')}
          </button>
        </div>
        <p id={`${id}-intro`} className="hint goal-bank-intro">
          {t('goalBank.intro')}
        </p>

        <div className="goal-bank-filters">
          <div className="field">
            <label htmlFor={`${id}-area`}>{t('goalBank.area')}</label>
            <select
              ref={firstField}
              id={`${id}-area`}
              value={filters.area ?? ''}
              onChange={(e) =>
                onFilters({ ...filters, area: areas.find((o) => o.value === e.target.value)?.value ?? null })
              }
            >
              <option value="">{t('goalBank.area.all')}</option>
              {areas.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-band`}>{t('goalBank.gradeBand')}</label>
            <select
              id={`${id}-band`}
              value={filters.gradeBand ?? ''}
              onChange={(e) =>
                onFilters({ ...filters, gradeBand: bands.find((o) => o.value === e.target.value)?.value ?? null })
              }
            >
              <option value="">{t('goalBank.gradeBand.all')}</option>
              {bands.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field goal-bank-search">
            <label htmlFor={`${id}-q`}>{t('goalBank.search')}</label>
            <span id={`${id}-q-hint`} className="hint">
              {t('goalBank.searchHint')}
            </span>
            <input
              id={`${id}-q`}
              type="search"
              maxLength={100}
              autoComplete="off"
              value={filters.q}
              aria-describedby={`${id}-q-hint`}
              onChange={(e) => onFilters({ ...filters, q: e.target.value })}
              onKeyDown={(e) => {
                // Enter searches at once; Escape always closes the dialog (not only clears the box).
                if (e.key === 'Enter') {
                  e.preventDefault();
                  setQ(filters.q.trim());
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  dialog.current?.close();
                }
              }}
            />
          </div>
        </div>

        <h3 id={`${id}-results`} className="visually-hidden">
          {t('goalBank.results')}
        </h3>
        <p className="goal-bank-count" role="status">
          {loading ? t('goalBank.searching') : goals ? t('goalBank.count', { count: goals.length }) : ''}
        </p>
        {results.phase === 'error' ? (
          <ErrorMessage error={results.error} message={t('goalBank.error')} onRetry={() => setAttempt((n) => n + 1)} />
        ) : (
          goals &&
          goals.length > 0 && (
            <ul className="goal-bank-list" aria-labelledby={`${id}-results`} aria-busy={loading}>
              {goals.map((g, i) => {
                const textId = `${id}-goal-${i}`;
                // The starter bank is written in English; the district's goals are as the district wrote them.
                const lang = g.source === 'starter' && intl.locale !== 'en' ? 'en' : undefined;
                return (
                  <li key={`${g.source}:${g.id}`} className="goal-bank-item" data-testid="goal-bank-item">
                    <p className="goal-bank-meta">
                      <span>
                        {t('goalBank.itemMeta', {
                          area: areaLabel(t, g.area),
                          gradeBand: gradeBandLabel(t, g.gradeBand),
                        })}
                      </span>
                      <span className={`badge goal-bank-source goal-bank-source-${g.source}`}>
                        {sourceLabel(t, g.source)}
                      </span>
                    </p>
                    <p id={textId} className="goal-bank-text" lang={lang}>
                      {g.text}
                    </p>
                    {g.measurement && (
                      <p className="goal-bank-measurement">
                        <span className="goal-bank-measurement-label">{t('goalBank.measurement')}</span>{' '}
                        <span lang={lang}>{g.measurement}</span>
                      </p>
                    )}
                    <button
                      type="button"
                      className="button button-primary button-small"
                      aria-describedby={textId}
                      onClick={() => onInsert(g)}
                    >
                      {t('goalBank.insert')}
                    </button>
                  </li>
                );
              })}
            </ul>
          )
        )}
      </div>
    </dialog>
  );
}
