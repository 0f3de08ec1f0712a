/** The number of unread notifications, beside "Inbox" in the navigation. Looks again on every page change, each minute and after marking read. */
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../i18n';
import { useApiQuery } from '../ui/query';
import { getInbox, notificationKeys } from './api';

const POLL_MS = 60_000;

export function UnreadBadge() {
  const t = useT();
  const { pathname } = useLocation();
  const unread = useApiQuery(
    notificationKeys.unread,
    async (signal) => (await getInbox({ limit: 1 }, signal)).unreadCount,
    { refetchEveryMs: POLL_MS },
  );
  // A page change asks again (the first render's load is the query's own).
  const { refetch } = unread;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void refetch();
  }, [pathname, refetch]);

  const count = unread.isError ? 0 : (unread.data ?? 0);
  if (count <= 0) return null;
  return (
    <span className="unread-badge" data-testid="unread-badge">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      <span className="visually-hidden">{t('notifications.badge.unread', { count })}</span>
    </span>
  );
}
