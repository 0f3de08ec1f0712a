/** The number of unread notifications, beside "Inbox" in the navigation. Looks again on every page change, each minute and after marking read. */
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { isAbort } from '../api';
import { useT } from '../i18n';
import { getInbox, onUnreadChanged } from './api';

const POLL_MS = 60_000;

export function UnreadBadge() {
  const t = useT();
  const { pathname } = useLocation();
  const [count, setCount] = useState(0);
  const [tick, setTick] = useState(0);

  useEffect(() => onUnreadChanged(() => setTick((n) => n + 1)), []);
  useEffect(() => {
    const id = window.setInterval(() => setTick((n) => n + 1), POLL_MS);
    return () => window.clearInterval(id);
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    getInbox({ limit: 1 }, controller.signal).then(
      (page) => setCount(page.unreadCount),
      (e: unknown) => {
        if (!isAbort(e)) setCount(0);
      },
    );
    return () => controller.abort();
  }, [pathname, tick]);

  if (count <= 0) return null;
  return (
    <span className="unread-badge" data-testid="unread-badge">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      <span className="visually-hidden">{t('notifications.badge.unread', { count })}</span>
    </span>
  );
}
