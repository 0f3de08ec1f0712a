/** The mail outbox, for administrators: what was (or would have been) mailed, and why a mail failed. */
import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { isApiError } from '../api';
import type { LoadError } from '../ui/query';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { useT } from '../i18n';
import { languageName } from '../labels';
import { getOutbox, type OutboxMail, type OutboxPage } from './api';

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
  useDocumentTitle(t('notifications.outbox.title'));
  const outbox = useInfiniteQuery<OutboxPage, LoadError, InfiniteData<OutboxPage>, readonly string[], string | null>({
    queryKey: ['outbox'],
    queryFn: ({ pageParam, signal }) => getOutbox(pageParam, signal),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const notFound = outbox.isError && !outbox.data && isApiError(outbox.error) && outbox.error.status === 404;
  const mails = outbox.data ? uniqueMails(outbox.data.pages) : null;
  const loadMore = () => void outbox.fetchNextPage();

  return (
    <>
      <PageHeading>{t('notifications.outbox.title')}</PageHeading>
      {notFound ? (
        <p className="notice notice-info">{t('notifications.outbox.notFound')}</p>
      ) : (
        <p className="lede">{t('notifications.outbox.intro')}</p>
      )}
      {outbox.isPending && (
        <p role="status" className="list-status">
          {t('common.loading')}
        </p>
      )}
      {outbox.isError && !outbox.data && !notFound && (
        <ErrorMessage
          error={outbox.error}
          message={t('notifications.outbox.error')}
          onRetry={() => void outbox.refetch()}
        />
      )}
      {mails?.length === 0 && <p className="empty">{t('notifications.outbox.empty')}</p>}
      {mails && mails.length > 0 && <OutboxTable mails={mails} />}
      {outbox.isFetchNextPageError && (
        <ErrorMessage error={outbox.error} message={t('notifications.outbox.error')} onRetry={loadMore} />
      )}
      {outbox.hasNextPage && (
        <p className="load-more">
          <button
            type="button"
            className="button button-secondary"
            onClick={loadMore}
            disabled={outbox.isFetchingNextPage}
          >
            {outbox.isFetchingNextPage ? t('common.loading') : t('notifications.outbox.loadMore')}
          </button>
        </p>
      )}
    </>
  );
}

/** A page's mails may repeat on the next (one sent meanwhile): each is shown once. */
function uniqueMails(pages: readonly OutboxPage[]): OutboxMail[] {
  const byId = new Map<string, OutboxMail>();
  for (const m of pages.flatMap((p) => p.data)) if (!byId.has(m.id)) byId.set(m.id, m);
  return [...byId.values()];
}

function OutboxTable({ mails }: { mails: OutboxMail[] }) {
  const t = useT();
  const intl = useIntl();
  return (
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
        {mails.map((m) => (
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
  );
}
