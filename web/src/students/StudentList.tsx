/**
 * The student list (home and /students): search by name, filter by school and status, "Load more".
 * The filters live in the address (?q=&school=&status=) so Back and a shared link keep them.
 * The API decides who is listed (a case manager's caseload, a parent's children …) and whether the
 * disability category is shown: the column appears only when the response carries it.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useSearchParams } from 'react-router';
import { SPED_STATUSES } from '../../../src/domain/sped-status';
import { isAbort, listSchools, listStudents } from '../api';
import { useT } from '../i18n';
import { disabilityLabel, gradeLabel, statusLabel } from '../labels';
import type { School, StudentSummary } from '../types';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusBadge } from '../components/StatusBadge';

const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;

type ListState =
  | { phase: 'loading'; previous: StudentSummary[] }
  | { phase: 'error'; error: unknown }
  | { phase: 'ready'; rows: StudentSummary[]; nextCursor: string | null; loadingMore: boolean; moreError: unknown };

export function StudentList({ showFilters }: { showFilters: boolean }) {
  const t = useT();
  const intl = useIntl();
  const location = useLocation();
  const formId = useId();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const schoolId = params.get('school') ?? '';
  const status = params.get('status') ?? '';

  // The search box is typed into freely; the address (and the request) follow 300 ms after the last key.
  const [qInput, setQInput] = useState(q);
  const pushedQ = useRef(q);
  useEffect(() => {
    if (q !== pushedQ.current) {
      pushedQ.current = q;
      setQInput(q);
    }
  }, [q]);

  const setFilter = useCallback(
    (name: 'q' | 'school' | 'status', value: string) => {
      if (name === 'q') pushedQ.current = value;
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  useEffect(() => {
    const wanted = qInput.trim();
    if (wanted === q) return;
    const timer = window.setTimeout(() => setFilter('q', wanted), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [qInput, q, setFilter]);

  const [schools, setSchools] = useState<School[]>([]);
  useEffect(() => {
    if (!showFilters) return;
    const controller = new AbortController();
    listSchools(controller.signal).then(setSchools, () => setSchools([]));
    return () => controller.abort();
  }, [showFilters]);

  const [state, setState] = useState<ListState>({ phase: 'loading', previous: [] });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    // The rows already shown stay (dimmed) until the new ones arrive, so the page does not jump.
    setState((s) => ({
      phase: 'loading',
      previous: s.phase === 'ready' ? s.rows : s.phase === 'loading' ? s.previous : [],
    }));
    listStudents(
      { q: q || undefined, schoolId: schoolId || undefined, status: status || undefined, limit: PAGE_SIZE },
      controller.signal,
    ).then(
      (page) =>
        setState({ phase: 'ready', rows: page.data, nextCursor: page.nextCursor, loadingMore: false, moreError: null }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ phase: 'error', error });
      },
    );
    return () => controller.abort();
  }, [q, schoolId, status, attempt]);

  // After "Load more", focus moves to the first new student, so keyboard users carry on from there.
  const focusId = useRef<string | null>(null);
  const loadMore = () => {
    if (state.phase !== 'ready' || !state.nextCursor || state.loadingMore) return;
    const cursor = state.nextCursor;
    setState({ ...state, loadingMore: true, moreError: null });
    listStudents({
      q: q || undefined,
      schoolId: schoolId || undefined,
      status: status || undefined,
      limit: PAGE_SIZE,
      cursor,
    }).then(
      (page) => {
        focusId.current = page.data[0]?.id ?? null;
        setState((s) =>
          s.phase === 'ready'
            ? {
                phase: 'ready',
                rows: [...s.rows, ...page.data],
                nextCursor: page.nextCursor,
                loadingMore: false,
                moreError: null,
              }
            : s,
        );
      },
      (error: unknown) => setState((s) => (s.phase === 'ready' ? { ...s, loadingMore: false, moreError: error } : s)),
    );
  };
  useEffect(() => {
    if (focusId.current && state.phase === 'ready') {
      document.getElementById(`student-link-${focusId.current}`)?.focus();
      focusId.current = null;
    }
  }, [state]);

  const filtered = Boolean(q || schoolId || status);
  const rows = state.phase === 'ready' ? state.rows : state.phase === 'loading' ? state.previous : [];
  const showDisability = rows.some((r) => 'primaryDisability' in r);

  let announcement: string;
  if (state.phase === 'loading') announcement = t('students.list.loading');
  else if (state.phase === 'error') announcement = '';
  else if (state.nextCursor) announcement = t('students.list.countMore', { count: rows.length });
  else announcement = t('students.list.count', { count: rows.length });

  return (
    <>
      {showFilters && (
        <form
          className="filters"
          role="search"
          aria-labelledby={`${formId}-legend`}
          onSubmit={(e) => e.preventDefault()}
        >
          <h2 id={`${formId}-legend`} className="visually-hidden">
            {t('students.list.filters')}
          </h2>
          <div className="field field-grow">
            <label htmlFor={`${formId}-q`}>{t('students.list.search')}</label>
            <input
              id={`${formId}-q`}
              type="search"
              name="q"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={`${formId}-q-hint`}
              value={qInput}
              onChange={(e) => setQInput(e.target.value)}
            />
            <span id={`${formId}-q-hint`} className="hint">
              {t('students.list.searchHint')}
            </span>
          </div>
          <div className="field">
            <label htmlFor={`${formId}-school`}>{t('students.list.school')}</label>
            <select
              id={`${formId}-school`}
              name="school"
              value={schoolId}
              onChange={(e) => setFilter('school', e.target.value)}
            >
              <option value="">{t('students.list.schoolAll')}</option>
              {schools.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${formId}-status`}>{t('students.list.status')}</label>
            <select
              id={`${formId}-status`}
              name="status"
              value={status}
              onChange={(e) => setFilter('status', e.target.value)}
            >
              <option value="">{t('students.list.statusAll')}</option>
              {SPED_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(intl, s)}
                </option>
              ))}
            </select>
          </div>
          {filtered && (
            <div className="field field-action">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  pushedQ.current = '';
                  setQInput('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                {t('students.list.clear')}
              </button>
            </div>
          )}
        </form>
      )}

      <p role="status" className="list-status">
        {announcement}
      </p>

      {state.phase === 'error' && (
        <ErrorMessage error={state.error} message={t('students.list.error')} onRetry={() => setAttempt((n) => n + 1)} />
      )}

      {state.phase === 'ready' && rows.length === 0 && (
        <p className="empty">{filtered ? t('students.list.empty') : t('students.list.emptyAll')}</p>
      )}

      {rows.length > 0 && (
        <table className="data-table stacked student-table" aria-busy={state.phase === 'loading'}>
          <caption className="visually-hidden">{t('students.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('students.column.name')}</th>
              <th scope="col">{t('students.column.grade')}</th>
              <th scope="col">{t('students.column.school')}</th>
              <th scope="col">{t('students.column.status')}</th>
              {showDisability && <th scope="col">{t('students.column.disability')}</th>}
              <th scope="col">{t('students.column.caseManagers')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.id} data-testid="student-row">
                <th scope="row" className="cell-title">
                  <Link
                    id={`student-link-${s.id}`}
                    to={`/students/${s.id}`}
                    state={{ from: location.pathname + location.search }}
                  >
                    {s.lastName}, {s.firstName}
                  </Link>
                </th>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t('students.column.grade')}
                  </span>
                  {gradeLabel(intl, s.grade)}
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t('students.column.school')}
                  </span>
                  {s.schoolName}
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t('students.column.status')}
                  </span>
                  <StatusBadge status={s.spedStatus} />
                </td>
                {showDisability && (
                  <td>
                    <span className="cell-label" aria-hidden="true">
                      {t('students.column.disability')}
                    </span>
                    {s.primaryDisability ? (
                      disabilityLabel(intl, s.primaryDisability)
                    ) : (
                      <span className="muted">{t('common.none')}</span>
                    )}
                  </td>
                )}
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t('students.column.caseManagers')}
                  </span>
                  {s.caseManagers.length ? (
                    s.caseManagers.map((c) => c.name).join(', ')
                  ) : (
                    <span className="muted">{t('students.noCaseManager')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {state.phase === 'ready' && state.moreError !== null && (
        <ErrorMessage error={state.moreError} message={t('students.list.error')} onRetry={loadMore} />
      )}
      {state.phase === 'ready' && state.nextCursor && (
        <p className="load-more">
          <button type="button" className="button button-secondary" onClick={loadMore} disabled={state.loadingMore}>
            {state.loadingMore ? t('common.loading') : t('students.list.loadMore')}
          </button>
        </p>
      )}
    </>
  );
}
