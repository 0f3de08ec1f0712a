/** The inbox: the signed-in person's notifications, newest first, in their language; each links to where to act. */
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useInfiniteQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { useApiMutation, type LoadError } from '../ui/query';
import { useT } from '../i18n';
import {
  getInbox,
  markAllRead,
  markRead,
  notificationKeys,
  type AppNotification,
  type InboxPage as InboxResponse,
} from './api';
import { useNotificationText } from './NotificationText';

type Pages = InfiniteData<InboxResponse, string | null>;

function merge(a: AppNotification[], b: AppNotification[]): AppNotification[] {
  const seen = new Map(a.map((n) => [n.id, n]));
  for (const n of b) seen.set(n.id, n);
  return [...seen.values()].sort((x, y) => y.createdAt.localeCompare(x.createdAt) || y.id.localeCompare(x.id));
}

function Item({ n, onRead, busy }: { n: AppNotification; onRead: (n: AppNotification) => void; busy: boolean }) {
  const t = useT();
  const intl = useIntl();
  const text = useNotificationText()(n);
  const textId = useId();
  const unread = n.readAt === null;
  return (
    <li
      className={`inbox-item${unread ? ' inbox-item-unread' : ''}`}
      data-testid="inbox-item"
      data-id={n.id}
      data-unread={unread}
    >
      <div className="inbox-item-head">
        <span className="badge badge-kind">{t('notifications.kind', { kind: n.kind })}</span>
        {unread && <span className="badge badge-unread">{t('notifications.inbox.unread')}</span>}
        <time className="inbox-item-time" dateTime={n.createdAt}>
          {t('notifications.inbox.received', {
            when: intl.formatDate(n.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
          })}
        </time>
      </div>
      <p className="inbox-item-text" id={textId}>
        {n.link ? (
          <Link to={n.link} onClick={() => unread && onRead(n)}>
            {text}
          </Link>
        ) : (
          text
        )}
      </p>
      {unread && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onRead(n)}
          disabled={busy}
          aria-describedby={textId}
        >
          {t('notifications.inbox.markRead')}
        </button>
      )}
    </li>
  );
}

/**
 * The inbox's pages (newest first; "Load more" asks for the next), and marking read: the answer updates the
 * notifications shown (no reload) and the unread badge asks again.
 */
function useInbox(onlyUnread: boolean) {
  const client = useQueryClient();
  const inbox = useInfiniteQuery<InboxResponse, LoadError, Pages, readonly unknown[], string | null>({
    queryKey: notificationKeys.inbox(onlyUnread),
    queryFn: ({ pageParam, signal }) => getInbox({ unread: onlyUnread, before: pageParam }, signal),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const update = (f: (page: InboxResponse) => InboxResponse) =>
    client.setQueriesData<Pages>({ queryKey: notificationKeys.allInboxes }, (old) =>
      old ? { ...old, pages: old.pages.map(f) } : old,
    );
  const markOne = useApiMutation((n: AppNotification) => markRead(n.id), {
    invalidates: [notificationKeys.unread],
    onSuccess: (updated, n) =>
      update((p) => ({
        ...p,
        data: p.data.map((x) => (x.id === updated.id ? updated : x)),
        unreadCount: Math.max(0, p.unreadCount - (n.readAt === null ? 1 : 0)),
      })),
  });
  const markAll = useApiMutation(() => markAllRead(), {
    invalidates: [notificationKeys.unread],
    onSuccess: () => {
      const now = new Date().toISOString();
      update((p) => ({ ...p, data: p.data.map((x) => (x.readAt ? x : { ...x, readAt: now })), unreadCount: 0 }));
    },
  });
  const pages = inbox.data?.pages;
  const items = pages ? pages.reduce<AppNotification[]>((all, p) => merge(all, p.data), []) : null;
  const unreadCount = pages?.[pages.length - 1]?.unreadCount ?? 0;
  const actionError = markOne.error ?? markAll.error ?? (inbox.isFetchNextPageError ? inbox.error : null);
  return { inbox, items, unreadCount, markOne, markAll, actionError };
}

export default function InboxPage() {
  const t = useT();
  useDocumentTitle(t('notifications.inbox.title'));
  const [onlyUnread, setOnlyUnread] = useState(false);
  const { inbox, items, unreadCount, markOne, markAll, actionError } = useInbox(onlyUnread);
  const busy = markOne.isPending || markAll.isPending;
  const onRead = (n: AppNotification) => {
    markAll.reset();
    markOne.mutate(n);
  };
  const onReadAll = () => {
    markOne.reset();
    markAll.mutate(undefined);
  };

  return (
    <>
      <PageHeading>{t('notifications.inbox.title')}</PageHeading>
      <p className="lede">{t('notifications.inbox.intro')}</p>
      <div className="inbox-toolbar">
        <p className="inbox-count" role="status">
          {items ? t('notifications.inbox.unreadCount', { count: unreadCount }) : ''}
        </p>
        <label className="inbox-filter">
          <input type="checkbox" checked={onlyUnread} onChange={(e) => setOnlyUnread(e.target.checked)} />
          {t('notifications.inbox.onlyUnread')}
        </label>
        <button
          type="button"
          className="button button-secondary"
          onClick={onReadAll}
          disabled={busy || !items || unreadCount === 0}
        >
          {t('notifications.inbox.markAllRead')}
        </button>
      </div>
      {actionError !== null && <ErrorMessage error={actionError} message={t('notifications.inbox.actionError')} />}
      {inbox.isPending && (
        <p role="status" className="list-status">
          {t('common.loading')}
        </p>
      )}
      {inbox.isError && !inbox.data && (
        <ErrorMessage
          error={inbox.error}
          message={t('notifications.inbox.error')}
          onRetry={() => void inbox.refetch()}
        />
      )}
      {items?.length === 0 && (
        <p className="empty">{onlyUnread ? t('notifications.inbox.emptyUnread') : t('notifications.inbox.empty')}</p>
      )}
      {items && items.length > 0 && (
        <ul className="inbox-list" aria-label={t('notifications.inbox.list')}>
          {items.map((n) => (
            <Item key={n.id} n={n} onRead={onRead} busy={busy} />
          ))}
        </ul>
      )}
      {items && inbox.hasNextPage && (
        <p className="load-more">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void inbox.fetchNextPage()}
            disabled={inbox.isFetchingNextPage}
          >
            {inbox.isFetchingNextPage ? t('common.loading') : t('notifications.inbox.loadMore')}
          </button>
        </p>
      )}
    </>
  );
}
