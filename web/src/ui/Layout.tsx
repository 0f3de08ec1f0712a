/** The frame of every page: skip link, header (product, person, language, sign out), navigation, main, footer. */
import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, NavLink, Outlet } from 'react-router';
import { isApiError } from '../api';
import { useT } from '../i18n';
import { roleLabel } from '../labels';
import { useSession } from '../session';
import type { Me } from '../types';
import { LanguageSwitch } from './LanguageSwitch';
import { UnreadBadge } from '../notifications/UnreadBadge';
import { allowDraftWrites, discardDrafts, listDrafts, type LocalDraft } from '../local-drafts';
import { SignOutDraftsDialog } from '../accounts/LocalDraftsDialog';

function Frame({ header, children }: { header: ReactNode; children: ReactNode }) {
  const t = useT();
  return (
    <div className="frame">
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">{header}</header>
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}

function Brand() {
  const t = useT();
  return (
    <Link to="/" className="brand">
      <span className="brand-mark" aria-hidden="true">
        ◆
      </span>
      {t('app.name')}
    </Link>
  );
}

/** Before sign-in: the product name and the language switch. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <Frame
      header={
        <div className="header-bar">
          <Brand />
          <div className="header-tools">
            <LanguageSwitch />
          </div>
        </div>
      }
    >
      {children}
    </Frame>
  );
}

/** Signing out: first the unsaved copies kept in this browser (the person saves or discards them), then the session. */
function useSignOut(user: Me) {
  const t = useT();
  const { signOut } = useSession();
  const [signOutError, setSignOutError] = useState<string | null>(null);
  const [signingOut, setSigningOut] = useState(false);
  const [askDrafts, setAskDrafts] = useState(false);

  /** Signs out, first removing the unsaved copies the person chose to discard (never others'). */
  const doSignOut = async (discard: LocalDraft[]) => {
    setSigningOut(true);
    setSignOutError(null);
    if (discard.length) discardDrafts(discard);
    try {
      await signOut();
      // An editor still on screen may have kept its copy again meanwhile: what was discarded stays discarded.
      if (discard.length) discardDrafts(listDrafts(user.id).filter((d) => discard.some((x) => x.key === d.key)));
    } catch (e) {
      allowDraftWrites();
      setSignOutError(isApiError(e) && e.code === 'NETWORK' ? t('common.error.network') : t('common.error.generic'));
      setSigningOut(false);
      setAskDrafts(false);
    }
  };
  // Unsaved copies of records kept in this browser: the person saves or discards them before leaving.
  const onSignOut = () => {
    if (listDrafts(user.id).length) setAskDrafts(true);
    else void doSignOut([]);
  };
  return { signOutError, signingOut, askDrafts, setAskDrafts, doSignOut, onSignOut };
}

/** Who is signed in: the name, and the role's name (a label only: what the person may do comes from the abilities). */
function Account({ user }: { user: Me }) {
  const t = useT();
  const intl = useIntl();
  const role = roleLabel(intl, user.role);
  return (
    <p className="account">
      <span className="visually-hidden">{t('header.account', { name: user.name, role: role })}</span>
      <span aria-hidden="true" className="account-name">
        {user.name}
      </span>
      <span aria-hidden="true" className="account-role">
        {role}
      </span>
    </p>
  );
}

/** The sections the person's abilities open. */
function SiteNav({ user }: { user: Me }) {
  const t = useT();
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <ul>
        <li>
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
        </li>
        {/* Guardians and students see their own records only: one list, no "Students" section. */}
        {user.abilities.searchStudents && (
          <li>
            <NavLink to="/students">{t('nav.students')}</NavLink>
          </li>
        )}
        {user.abilities.viewCompliance && (
          <li>
            <NavLink to="/compliance">{t('nav.compliance')}</NavLink>
          </li>
        )}
        <li>
          <NavLink to="/inbox">
            {t('nav.inbox')}
            <UnreadBadge />
          </NavLink>
        </li>
        {user.abilities.readOutbox && (
          <li>
            <NavLink to="/admin/outbox">{t('nav.outbox')}</NavLink>
          </li>
        )}
        {user.abilities.manageDistrictSettings && (
          <li>
            <NavLink to="/admin/settings">{t('nav.settings')}</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}

export function Layout() {
  const { state } = useSession();
  if (state.status !== 'signedIn') return null;
  return <SignedInLayout user={state.user} />;
}

function SignedInLayout({ user }: { user: Me }) {
  const t = useT();
  const { signOutError, signingOut, askDrafts, setAskDrafts, doSignOut, onSignOut } = useSignOut(user);

  return (
    <Frame
      header={
        <>
          <div className="header-bar header-bar-app">
            <Brand />
            <div className="header-tools">
              <Account user={user} />
              <LanguageSwitch />
              <button
                type="button"
                className="button button-quiet-on-dark sign-out"
                onClick={onSignOut}
                disabled={signingOut}
              >
                {t('header.signOut')}
              </button>
            </div>
          </div>
          <SiteNav user={user} />
          {askDrafts && (
            <SignOutDraftsDialog
              userId={user.id}
              busy={signingOut}
              onSignOut={(d) => void doSignOut(d)}
              onCancel={() => setAskDrafts(false)}
            />
          )}
          {signOutError && (
            <p role="alert" className="header-alert">
              {signOutError}
            </p>
          )}
        </>
      }
    >
      <Outlet />
    </Frame>
  );
}
