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
import { keepPreviousData, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { listSchools } from '../api';
import { useApiQuery, type LoadError } from '../ui/query';
import { listStudents, type StudentQuery } from './api';
import { studentsKey } from './keys';
import { useT } from '../i18n';
import { disabilityLabel, gradeLabel, statusLabel } from '../labels';
import type { StudentPage } from '../types';
import { ErrorMessage } from '../ui/ErrorMessage';
import { StatusBadge } from '../ui/StatusBadge';

const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;

/**
 * The filters as the address holds them, and the search box typed into freely: the address (and the request) follow
 * 300 ms after the last key.
 */
function useStudentFilters() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const schoolId = params.get('school') ?? '';
  const status = params.get('status') ?? '';

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

  const clear = () => {
    pushedQ.current = '';
    setQInput('');
    setParams(new URLSearchParams(), { replace: true });
  };
  return { q, schoolId, status, qInput, setQInput, setFilter, clear, filtered: Boolean(q || schoolId || status) };
}

type Filters = ReturnType<typeof useStudentFilters>;

/** The students the filters find, page by page; "Load more" moves focus to the first new student. */
function useStudentPages({ q, schoolId, status }: Filters) {
  // The server answers 400 for a status in the address that is not one, shown as the list's error.
  const query: StudentQuery = {
    q: q || undefined,
    schoolId: schoolId || undefined,
    status: (status || undefined) as StudentQuery['status'],
    limit: PAGE_SIZE,
  };
  const list = useInfiniteQuery<StudentPage, LoadError, InfiniteData<StudentPage>, readonly unknown[], string | null>({
    queryKey: [...studentsKey, query],
    queryFn: ({ signal, pageParam }) => listStudents({ ...query, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor,
    // The rows already shown stay (dimmed) until the new ones arrive, so the page does not jump.
    placeholderData: keepPreviousData,
    // The list opened again starts at its first page, as before (a kept list would come back with every page loaded).
    gcTime: 0,
  });

  // After "Load more", focus moves to the first new student, so keyboard users carry on from there.
  const focusId = useRef<string | null>(null);
  const focusNew = () => {
    if (focusId.current && document.getElementById(`student-link-${focusId.current}`)) {
      document.getElementById(`student-link-${focusId.current}`)?.focus();
      focusId.current = null;
    }
  };
  const loadMore = () => {
    if (!list.hasNextPage || list.isFetchingNextPage) return;
    void list.fetchNextPage().then((r) => {
      focusId.current = r.data?.pages.at(-1)?.data[0]?.id ?? null;
      requestAnimationFrame(focusNew);
    });
  };
  useEffect(() => focusNew());
  return { list, loadMore };
}

export function StudentList({ showFilters }: { showFilters: boolean }) {
  const t = useT();
  const filters = useStudentFilters();
  const { list, loadMore } = useStudentPages(filters);
  const loading = list.isPending || list.isPlaceholderData;
  const failed = list.isError && !list.isFetchNextPageError;
  const nextCursor = list.hasNextPage && !loading;
  const rows = failed ? [] : (list.data?.pages.flatMap((p) => p.data) ?? []);

  let announcement: string;
  if (loading) announcement = t('students.list.loading');
  else if (failed) announcement = '';
  else if (nextCursor) announcement = t('students.list.countMore', { count: rows.length });
  else announcement = t('students.list.count', { count: rows.length });

  return (
    <>
      {showFilters && <StudentFilters filters={filters} />}

      <p role="status" className="list-status">
        {announcement}
      </p>

      {failed && (
        <ErrorMessage error={list.error} message={t('students.list.error')} onRetry={() => void list.refetch()} />
      )}

      {!loading && !failed && rows.length === 0 && (
        <p className="empty">{filters.filtered ? t('students.list.empty') : t('students.list.emptyAll')}</p>
      )}

      {rows.length > 0 && <StudentTable rows={rows} loading={loading} />}

      {!loading && list.isFetchNextPageError && (
        <ErrorMessage error={list.error} message={t('students.list.error')} onRetry={loadMore} />
      )}
      {nextCursor && (
        <p className="load-more">
          <button
            type="button"
            className="button button-secondary"
            onClick={loadMore}
            disabled={list.isFetchingNextPage}
          >
            {list.isFetchingNextPage ? t('common.loading') : t('students.list.loadMore')}
          </button>
        </p>
      )}
    </>
  );
}

/** Search by name, school and status, and "Clear filters" once any is set. */
function StudentFilters({ filters }: { filters: Filters }) {
  const t = useT();
  const intl = useIntl();
  const formId = useId();
  const { schoolId, status, qInput, setQInput, setFilter, filtered } = filters;
  const schools = useApiQuery(['schools'], (signal) => listSchools(signal));
  return (
    <form className="filters" role="search" aria-labelledby={`${formId}-legend`} onSubmit={(e) => e.preventDefault()}>
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
          {(schools.data ?? []).map((s) => (
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
          <button type="button" className="button button-secondary" onClick={filters.clear}>
            {t('students.list.clear')}
          </button>
        </div>
      )}
    </form>
  );
}

/** The students found: name (a link), grade, school, status, disability when the API sends it, case managers. */
function StudentTable({ rows, loading }: { rows: StudentPage['data']; loading: boolean }) {
  const t = useT();
  const intl = useIntl();
  const location = useLocation();
  const showDisability = rows.some((r) => 'primaryDisability' in r);
  return (
    <table className="data-table stacked student-table" aria-busy={loading}>
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
  );
}
