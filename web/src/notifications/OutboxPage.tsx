/** The mail outbox, for administrators: what was (or would have been) mailed, and why a mail failed. */
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { isAbort, isApiError } from '../api';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { useT } from '../i18n';
import { languageName } from '../labels';
import { getOutbox, type OutboxMail } from './api';

type State =
  | { phase: 'loading' }
  | { phase: 'notFound' }
  | { phase: 'error'; error: unknown }
  | { phase: 'ready'; mails: OutboxMail[]; nextBefore: string | null; loadingMore: boolean; moreError: unknown };

function Status({ m }: { m: OutboxMail }) {
  const t = useT();
  const intl = useIntl();
  if (m.status === 'sent') {
    return (
      <span className="badge badge-mail-sent">
        {t('notifications.outbox.status.sent', {
          when: intl.formatDate(m.sentAt ?? m.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
        })}
      </span>
    );
  }
  if (m.status === 'failed') {
    return (
      <span className="mail-failed">
        {t('notifications.outbox.status.failed', { attempts: m.attempts, error: m.lastError ?? '' })}
      </span>
    );
  }
  return <span className="badge badge-mail-waiting">{t('notifications.outbox.status.waiting')}</span>;
}

export default function OutboxPage() {
  const t = useT();
  const intl = useIntl();
  useDocumentTitle(t('notifications.outbox.title'));
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ phase: 'loading' });
    getOutbox(null, controller.signal).then(
      (page) =>
        setState({
          phase: 'ready',
          mails: page.data,
          nextBefore: page.nextBefore,
          loadingMore: false,
          moreError: null,
        }),
      (error: unknown) => {
        if (isAbort(error)) return;
        setState(isApiError(error) && error.status === 404 ? { phase: 'notFound' } : { phase: 'error', error });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const loadMore = useCallback(() => {
    if (state.phase !== 'ready' || !state.nextBefore || state.loadingMore) return;
    setState({ ...state, loadingMore: true, moreError: null });
    getOutbox(state.nextBefore).then(
      (page) =>
        setState((s) => {
          if (s.phase !== 'ready') return s;
          const seen = new Set(s.mails.map((m) => m.id));
          return {
            phase: 'ready',
            mails: [...s.mails, ...page.data.filter((m) => !seen.has(m.id))],
            nextBefore: page.nextBefore,
            loadingMore: false,
            moreError: null,
          };
        }),
      (error: unknown) => setState((s) => (s.phase === 'ready' ? { ...s, loadingMore: false, moreError: error } : s)),
    );
  }, [state]);

  return (
    <>
      <PageHeading>{t('notifications.outbox.title')}</PageHeading>
      {state.phase === 'notFound' ? (
        <p className="notice notice-info">{t('notifications.outbox.notFound')}</p>
      ) : (
        <p className="lede">{t('notifications.outbox.intro')}</p>
      )}
      {state.phase === 'loading' && (
        <p role="status" className="list-status">
          {t('common.loading')}
        </p>
      )}
      {state.phase === 'error' && (
        <ErrorMessage
          error={state.error}
          message={t('notifications.outbox.error')}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      )}
      {state.phase === 'ready' && state.mails.length === 0 && (
        <p className="empty">{t('notifications.outbox.empty')}</p>
      )}
      {state.phase === 'ready' && state.mails.length > 0 && (
        <table className="data-table stacked outbox-table">
          <caption>{t('notifications.outbox.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('notifications.outbox.column.created')}</th>
              <th scope="col">{t('notifications.outbox.column.to')}</th>
              <th scope="col">{t('notifications.outbox.column.subject')}</th>
              <th scope="col">{t('notifications.outbox.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {state.mails.map((m) => (
              <tr key={m.id} data-testid="outbox-mail" data-status={m.status}>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t('notifications.outbox.column.created')}
                  </span>
                  <time dateTime={m.createdAt}>
                    {intl.formatDate(m.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </time>
                </td>
                <td className="outbox-to">
                  <span className="cell-label" aria-hidden="true">
                    {t('notifications.outbox.column.to')}
                  </span>
                  {m.to}
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t('notifications.outbox.column.subject')}
                  </span>
                  <details className="outbox-mail">
                    <summary>{m.subject}</summary>
                    <p className="muted">
                      {t('notifications.outbox.language', { language: languageName(intl, m.language) })}
                    </p>
                    <pre className="outbox-body" lang={m.language}>
                      {m.bodyText}
                    </pre>
                  </details>
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t('notifications.outbox.column.status')}
                  </span>
                  <Status m={m} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.phase === 'ready' && state.moreError !== null && (
        <ErrorMessage error={state.moreError} message={t('notifications.outbox.error')} onRetry={loadMore} />
      )}
      {state.phase === 'ready' && state.nextBefore && (
        <p className="load-more">
          <button type="button" className="button button-secondary" onClick={loadMore} disabled={state.loadingMore}>
            {state.loadingMore ? t('common.loading') : t('notifications.outbox.loadMore')}
          </button>
        </p>
      )}
    </>
  );
}
