/** "Who has looked at this record": the student's access log (34 CFR 300.614; FERPA 99.32), newest first. */
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { getAccessLog, isAbort } from '../api';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useT } from '../i18n';
import { auditLabel, outcomeLabel, roleLabel } from '../labels';
import type { AccessLogEntry } from '../types';

type LogState =
  | { phase: 'loading' }
  | { phase: 'error'; error: unknown }
  | {
      phase: 'ready';
      entries: AccessLogEntry[];
      nextBefore: string | null;
      loadingOlder: boolean;
      olderError: unknown;
    };

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
  const intl = useIntl();
  const [state, setState] = useState<LogState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ phase: 'loading' });
    getAccessLog(studentId, null, controller.signal).then(
      (page) =>
        setState({
          phase: 'ready',
          entries: mergeEntries([], page.data),
          nextBefore: page.nextBefore,
          loadingOlder: false,
          olderError: null,
        }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ phase: 'error', error });
      },
    );
    return () => controller.abort();
  }, [studentId, attempt]);

  const loadOlder = useCallback(() => {
    if (state.phase !== 'ready' || !state.nextBefore || state.loadingOlder) return;
    const before = state.nextBefore;
    setState({ ...state, loadingOlder: true, olderError: null });
    getAccessLog(studentId, before).then(
      (page) =>
        setState((s) =>
          s.phase === 'ready'
            ? {
                phase: 'ready',
                entries: mergeEntries(s.entries, page.data),
                nextBefore: page.nextBefore,
                loadingOlder: false,
                olderError: null,
              }
            : s,
        ),
      (error: unknown) => setState((s) => (s.phase === 'ready' ? { ...s, loadingOlder: false, olderError: error } : s)),
    );
  }, [state, studentId]);

  return (
    <section aria-labelledby="access-log-heading" className="record-section access-log">
      <h2 id="access-log-heading">{t('student.section.accessLog')}</h2>
      <p className="muted">{t('accessLog.intro')}</p>
      {state.phase === 'loading' && (
        <p role="status" className="list-status">
          {t('common.loading')}
        </p>
      )}
      {state.phase === 'error' && (
        <ErrorMessage error={state.error} message={t('accessLog.error')} onRetry={() => setAttempt((n) => n + 1)} />
      )}
      {state.phase === 'ready' && state.entries.length === 0 && <p className="empty">{t('accessLog.empty')}</p>}
      {state.phase === 'ready' && state.entries.length > 0 && (
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
            {state.entries.map((e) => (
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
      )}
      {state.phase === 'ready' && state.olderError !== null && (
        <ErrorMessage error={state.olderError} message={t('accessLog.error')} onRetry={loadOlder} />
      )}
      {state.phase === 'ready' && state.nextBefore && (
        <p className="load-more">
          <button type="button" className="button button-secondary" onClick={loadOlder} disabled={state.loadingOlder}>
            {state.loadingOlder ? t('common.loading') : t('accessLog.loadOlder')}
          </button>
        </p>
      )}
    </section>
  );
}
