/** The inbox: the signed-in person's notifications, newest first, in their language; each links to where to act. */
import { useCallback, useEffect, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { isAbort } from '../api';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { useT } from '../i18n';
import { getInbox, markAllRead, markRead, type AppNotification } from './api';
import { useNotificationText } from './NotificationText';

type State =
  | { phase: 'loading' }
  | { phase: 'error'; error: unknown }
  | { phase: 'ready'; items: AppNotification[]; unreadCount: number; nextBefore: string | null; loadingMore: boolean };

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

export default function InboxPage() {
  const t = useT();
  useDocumentTitle(t('notifications.inbox.title'));
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    getInbox({ unread: onlyUnread }, controller.signal).then(
      (page) =>
        setState({
          phase: 'ready',
          items: page.data,
          unreadCount: page.unreadCount,
          nextBefore: page.nextBefore,
          loadingMore: false,
        }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ phase: 'error', error });
      },
    );
    return () => controller.abort();
  }, [onlyUnread, attempt]);

  const loadMore = useCallback(() => {
    if (state.phase !== 'ready' || !state.nextBefore || state.loadingMore) return;
    setState({ ...state, loadingMore: true });
    getInbox({ unread: onlyUnread, before: state.nextBefore }).then(
      (page) =>
        setState((s) =>
          s.phase === 'ready'
            ? {
                phase: 'ready',
                items: merge(s.items, page.data),
                unreadCount: page.unreadCount,
                nextBefore: page.nextBefore,
                loadingMore: false,
              }
            : s,
        ),
      (error: unknown) => {
        setActionError(error);
        setState((s) => (s.phase === 'ready' ? { ...s, loadingMore: false } : s));
      },
    );
  }, [state, onlyUnread]);

  const onRead = useCallback((n: AppNotification) => {
    setBusy(true);
    setActionError(null);
    markRead(n.id).then(
      (updated) => {
        setState((s) =>
          s.phase === 'ready'
            ? {
                ...s,
                items: s.items.map((x) => (x.id === updated.id ? updated : x)),
                unreadCount: Math.max(0, s.unreadCount - (n.readAt === null ? 1 : 0)),
              }
            : s,
        );
        setBusy(false);
      },
      (error: unknown) => {
        setActionError(error);
        setBusy(false);
      },
    );
  }, []);

  const onReadAll = () => {
    setBusy(true);
    setActionError(null);
    markAllRead().then(
      () => {
        const now = new Date().toISOString();
        setState((s) =>
          s.phase === 'ready'
            ? { ...s, items: s.items.map((x) => (x.readAt ? x : { ...x, readAt: now })), unreadCount: 0 }
            : s,
        );
        setBusy(false);
      },
      (error: unknown) => {
        setActionError(error);
        setBusy(false);
      },
    );
  };

  return (
    <>
      <PageHeading>{t('notifications.inbox.title')}</PageHeading>
      <p className="lede">{t('notifications.inbox.intro')}</p>
      <div className="inbox-toolbar">
        <p className="inbox-count" role="status">
          {state.phase === 'ready' ? t('notifications.inbox.unreadCount', { count: state.unreadCount }) : ''}
        </p>
        <label className="inbox-filter">
          <input
            type="checkbox"
            checked={onlyUnread}
            onChange={(e) => {
              setState({ phase: 'loading' });
              setOnlyUnread(e.target.checked);
            }}
          />
          {t('notifications.inbox.onlyUnread')}
        </label>
        <button
          type="button"
          className="button button-secondary"
          onClick={onReadAll}
          disabled={busy || state.phase !== 'ready' || state.unreadCount === 0}
        >
          {t('notifications.inbox.markAllRead')}
        </button>
      </div>
      {actionError !== null && <ErrorMessage error={actionError} message={t('notifications.inbox.actionError')} />}
      {state.phase === 'loading' && (
        <p role="status" className="list-status">
          {t('common.loading')}
        </p>
      )}
      {state.phase === 'error' && (
        <ErrorMessage
          error={state.error}
          message={t('notifications.inbox.error')}
          onRetry={() => {
            setState({ phase: 'loading' });
            setAttempt((n) => n + 1);
          }}
        />
      )}
      {state.phase === 'ready' && state.items.length === 0 && (
        <p className="empty">{onlyUnread ? t('notifications.inbox.emptyUnread') : t('notifications.inbox.empty')}</p>
      )}
      {state.phase === 'ready' && state.items.length > 0 && (
        <ul className="inbox-list" aria-label={t('notifications.inbox.list')}>
          {state.items.map((n) => (
            <Item key={n.id} n={n} onRead={onRead} busy={busy} />
          ))}
        </ul>
      )}
      {state.phase === 'ready' && state.nextBefore && (
        <p className="load-more">
          <button type="button" className="button button-secondary" onClick={loadMore} disabled={state.loadingMore}>
            {state.loadingMore ? t('common.loading') : t('notifications.inbox.loadMore')}
          </button>
        </p>
      )}
    </>
  );
}
