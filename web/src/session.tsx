/**
 * Who is signed in. Asks GET /api/v1/me once at start; signs in and out; and when any API call answers
 * 401 (the session ended or was revoked), drops the person to the signed-out state with the "session
 * ended" notice, so <RequireSignIn> sends them to /sign-in?next=<where they were>.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import * as api from './api';
import { useLocale } from './i18n';
import { allowDraftWrites } from './local-drafts';
import type { Me } from './types';

/** Why the person is on the sign-in page: their session ended, or they signed out themselves. */
export type SignedOutNotice = 'expired' | 'signedOut' | null;

type SessionState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'signedOut'; notice: SignedOutNotice }
  | { status: 'signedIn'; user: Me };

interface SessionContextValue {
  state: SessionState;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  retry: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

/** The signed-in person (inside <RequireSignIn> only). */
export function useUser(): Me {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useUser needs a signed-in person');
  return state.user;
}

/**
 * Remembers that this browser had a session, so a page opened after the cookie is gone says
 * "your session ended" rather than greeting a first-time visitor with it.
 */
const HAD_SESSION_KEY = 'openiep.hadSession';
function hadSession(v?: boolean): boolean {
  try {
    if (v === true) window.localStorage.setItem(HAD_SESSION_KEY, '1');
    if (v === false) window.localStorage.removeItem(HAD_SESSION_KEY);
    return window.localStorage.getItem(HAD_SESSION_KEY) === '1';
  } catch {
    return false;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const { adoptPreferredLocale } = useLocale();
  const queryClient = useQueryClient();

  // Nothing one person loaded is kept for the next one at this browser.
  const signedIn = state.status === 'signedIn';
  useEffect(() => {
    if (!signedIn) queryClient.clear();
  }, [signedIn, queryClient]);

  useEffect(() => {
    const controller = new AbortController();
    api.getMe(controller.signal).then(
      (me) => {
        if (me.user) {
          hadSession(true);
          allowDraftWrites();
          adoptPreferredLocale(me.user.preferredLanguage);
          setState({ status: 'signedIn', user: me.user });
        } else {
          setState({ status: 'signedOut', notice: me.expired || hadSession() ? 'expired' : null });
        }
      },
      (e: unknown) => {
        if (!api.isAbort(e)) setState({ status: 'unavailable' });
      },
    );
    return () => controller.abort();
  }, [attempt, adoptPreferredLocale]);

  useEffect(() => {
    api.onUnauthorized(() => {
      setState((s) => (s.status === 'signedIn' ? { status: 'signedOut', notice: 'expired' } : s));
    });
    return () => api.onUnauthorized(null);
  }, []);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const session = await api.signIn(email, password);
      hadSession(true);
      allowDraftWrites();
      adoptPreferredLocale(session.user.preferredLanguage);
      setState({ status: 'signedIn', user: session.user });
    },
    [adoptPreferredLocale],
  );

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } catch (e) {
      // A session that already ended is as good as signed out; anything else is shown to the person.
      if (!(api.isApiError(e) && e.status === 401)) throw e;
    }
    hadSession(false);
    setState({ status: 'signedOut', notice: 'signedOut' });
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut, retry }), [state, signIn, signOut, retry]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** A same-origin path to return to after sign-in, or null: only paths that start with one '/' are accepted. */
export function safeNextPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  try {
    const url = new URL(next, window.location.origin);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/sign-in')) return null;
    return url.pathname + url.search + url.hash;
  } catch {
    return null;
  }
}

/** Routes inside need a signed-in person; others are sent to sign in, and come back here afterwards. */
export function RequireSignIn() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'signedIn') return <Outlet />;
  if (state.status === 'signedOut') {
    if (state.notice === 'signedOut') return <Navigate to="/sign-in" replace />;
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return null;
}
