/** Sign in with email and password; afterwards go to ?next= (a same-origin path) or home. */
import { useId, useState, type SyntheticEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { isApiError } from '../api';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { isMessageId, useLocale, useT } from '../i18n';
import { safeNextPath, useSession } from '../session';
import { ExpiredDraftsNotice } from './LocalDraftsDialog';

export function SignInPage() {
  const t = useT();
  const { locale } = useLocale();
  const { state, signIn } = useSession();
  const [params] = useSearchParams();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useDocumentTitle(t('signIn.title'));

  if (state.status === 'signedIn') return <Navigate to={safeNextPath(params.get('next')) ?? '/'} replace />;
  const notice = state.status === 'signedOut' ? state.notice : null;

  const onSubmit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      // The session state changes and this page answers with <Navigate>.
    } catch (err) {
      setPending(false);
      setPassword('');
      if (isApiError(err)) {
        if (err.code === 'NETWORK') {
          setError(t('common.error.network'));
          return;
        }
        // The API explains in English; other languages use the catalogue's words for the known codes.
        const key = `signIn.error.${err.code}`;
        if (locale !== 'en' && isMessageId(key)) {
          setError(t(key));
          return;
        }
        setError(err.detail || (isMessageId(key) ? t(key) : t('common.error.generic')));
        return;
      }
      setError(t('common.error.generic'));
    }
  };

  return (
    <div className="sign-in">
      <div className="card sign-in-card">
        <PageHeading>{t('signIn.title')}</PageHeading>
        <div role="status" className="sign-in-status">
          {notice === 'expired' && <p className="notice notice-info">{t('signIn.sessionEnded')}</p>}
          {notice === 'signedOut' && <p className="notice notice-info">{t('signIn.signedOut')}</p>}
        </div>
        <ExpiredDraftsNotice />
        <p className="muted">{t('signIn.intro')}</p>
        <div role="alert" className="sign-in-alert">
          {error && <p className="notice notice-error">{error}</p>}
        </div>
        <form onSubmit={(e) => void onSubmit(e)} noValidate={false}>
          <div className="field">
            <label htmlFor={`${id}-email`}>{t('signIn.email')}</label>
            <input
              id={`${id}-email`}
              name="email"
              type="email"
              autoComplete="username"
              inputMode="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
            <input
              id={`${id}-password`}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-primary button-block" disabled={pending}>
            {pending ? t('signIn.pending') : t('signIn.submit')}
          </button>
        </form>
        <p className="account-links">
          <Link to="/forgot-password">{t('accounts.signIn.forgot')}</Link>
        </p>
      </div>
    </div>
  );
}
