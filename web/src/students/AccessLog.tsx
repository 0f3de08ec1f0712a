/** "Who has looked at this record": the student's access log (34 CFR 300.614; FERPA 99.32), newest first. */
import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { getAccessLog } from '../api';
import type { LoadError } from '../ui/query';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useT } from '../i18n';
import { auditLabel, outcomeLabel, roleLabel } from '../labels';
import type { AccessLogEntry, AccessLogPage } from '../types';

/** Newest first by time, then by entry number; the same entry is never listed twice. */
export function mergeEntries(a: AccessLogEntry[], b: AccessLogEntry[]): AccessLogEntry[] {
  const byId = new Map<string, AccessLogEntry>();
  for (const e of [...a, ...b]) byId.set(e.id, e);
  const num = (id: string) => (/^\d+$/.test(id) ? BigInt(id) : 0n);
  return [...byId.values()].sort((x, y) => {
    const dt = Date.parse(y.occurredAt) - Date.parse(x.occurredAt);
    if (dt !== 0) return dt;
    const d = num(y.id) - num(x.id);
    return d > 0n ? 1 : d < 0n ? -1 : 0;
  });
}

export function AccessLog({ studentId, studentName }: { studentId: string; studentName: string }) {
  const t = useT();
  const log = useInfiniteQuery<AccessLogPage, LoadError, InfiniteData<AccessLogPage>, readonly string[], string | null>(
    {
      queryKey: ['access-log', studentId],
      queryFn: ({ pageParam, signal }) => getAccessLog(studentId, pageParam, signal),
      initialPageParam: null,
      getNextPageParam: (last) => last.nextBefore ?? undefined,
    },
  );
  const entries = log.data ? log.data.pages.reduce<AccessLogEntry[]>((all, p) => mergeEntries(all, p.data), []) : null;
  const loadOlder = () => void log.fetchNextPage();

  return (
    <section aria-labelledby="access-log-heading" className="record-section access-log">
      <h2 id="access-log-heading">{t('student.section.accessLog')}</h2>
      <p className="muted">{t('accessLog.intro')}</p>
      {log.isPending && (
        <p role="status" className="list-status">
          {t('common.loading')}
        </p>
      )}
      {log.isError && !log.data && (
        <ErrorMessage error={log.error} message={t('accessLog.error')} onRetry={() => void log.refetch()} />
      )}
      {entries?.length === 0 && <p className="empty">{t('accessLog.empty')}</p>}
      {entries && entries.length > 0 && <AccessLogTable entries={entries} studentName={studentName} />}
      {log.isFetchNextPageError && (
        <ErrorMessage error={log.error} message={t('accessLog.error')} onRetry={loadOlder} />
      )}
      {log.hasNextPage && (
        <p className="load-more">
          <button
            type="button"
            className="button button-secondary"
            onClick={loadOlder}
            disabled={log.isFetchingNextPage}
          >
            {log.isFetchingNextPage ? t('common.loading') : t('accessLog.loadOlder')}
          </button>
        </p>
      )}
    </section>
  );
}

function AccessLogTable({ entries, studentName }: { entries: AccessLogEntry[]; studentName: string }) {
  const t = useT();
  const intl = useIntl();
  return (
    <table className="data-table stacked access-log-table">
      <caption>{t('accessLog.caption', { name: studentName })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('accessLog.column.when')}</th>
          <th scope="col">{t('accessLog.column.who')}</th>
          <th scope="col">{t('accessLog.column.what')}</th>
          <th scope="col">{t('accessLog.column.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-testid="access-log-entry" data-entry-id={e.id} data-action={e.action}>
            <td>
              <span className="cell-label" aria-hidden="true">
                {t('accessLog.column.when')}
              </span>
              <time dateTime={e.occurredAt}>
                {intl.formatDate(e.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
            </td>
            <td>
              <span className="cell-label" aria-hidden="true">
                {t('accessLog.column.who')}
              </span>
              <span className="who-name">{e.actor.name ?? t('accessLog.unknownPerson')}</span>
              <span className="who-role">{roleLabel(intl, e.actor.role)}</span>
            </td>
            <td>
              <span className="cell-label" aria-hidden="true">
                {t('accessLog.column.what')}
              </span>
              {auditLabel(intl, e.action, e.description)}
              {e.purpose && <span className="purpose">{t('accessLog.purpose', { purpose: e.purpose })}</span>}
            </td>
            <td>
              <span className="cell-label" aria-hidden="true">
                {t('accessLog.column.outcome')}
              </span>
              <span className={`badge badge-outcome-${e.outcome}`}>{outcomeLabel(intl, e.outcome)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
