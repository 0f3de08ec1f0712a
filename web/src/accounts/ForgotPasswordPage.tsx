/**
 * "Forgot your password?": the email form; the answer is the same whether or not an account exists. On an
 * installation that sends no mail there is no form: the page says to ask the district administrator.
 */
import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { isAbort, isApiError } from '../api';
import { getResetDelivery, requestPasswordReset, type ResetDelivery } from './api';
import './accounts.css';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { useT } from '../i18n';

export function ForgotPasswordPage() {
  const t = useT();
  const id = useId();
  const [email, setEmail] = useState('');
  const [pending, setPending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [delivery, setDelivery] = useState<ResetDelivery | null>(null);
  useDocumentTitle(t('accounts.forgot.title'));

  useEffect(() => {
    const controller = new AbortController();
    getResetDelivery(controller.signal).then(
      (r) => setDelivery(r.delivery),
      // Not known: show the form; the answer to it says the same.
      (err: unknown) => {
        if (!isAbort(err)) setDelivery('mail');
      },
    );
    return () => controller.abort();
  }, []);

  const onSubmit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (pending) return;
    const address = email.trim();
    setPending(true);
    setError(null);
    try {
      const answer = await requestPasswordReset(address);
      if (answer.delivery === 'none') setDelivery('none');
      else setSentTo(address);
    } catch (err) {
      if (isApiError(err) && err.code === 'NETWORK') setError(t('common.error.network'));
      else if (isApiError(err) && err.code === 'RATE_LIMITED') setError(err.detail || t('common.error.generic'));
      else setError(t('common.error.generic'));
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="sign-in">
      <div className="card sign-in-card">
        <PageHeading>{t('accounts.forgot.title')}</PageHeading>
        <div role="status">
          {sentTo !== null && <p className="notice notice-success">{t('accounts.forgot.sent', { email: sentTo })}</p>}
          {delivery === 'none' && (
            <div className="notice notice-info" data-testid="forgot-no-mail">
              <p>{t('accounts.forgot.noMail')}</p>
              <p>{t('accounts.forgot.askAdmin')}</p>
            </div>
          )}
        </div>
        <div role="alert">{error && <p className="notice notice-error">{error}</p>}</div>
        {delivery === 'mail' && sentTo === null && (
          <>
            <p className="muted">{t('accounts.forgot.intro')}</p>
            <form className="account-form" onSubmit={(e) => void onSubmit(e)}>
              <div className="field">
                <label htmlFor={`${id}-email`}>{t('accounts.forgot.email')}</label>
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
              <button type="submit" className="button button-primary button-block" disabled={pending}>
                {pending ? t('accounts.forgot.pending') : t('accounts.forgot.submit')}
              </button>
            </form>
          </>
        )}
        <p className="account-links">
          <Link to="/sign-in">{t('accounts.forgot.backToSignIn')}</Link>
        </p>
      </div>
    </div>
  );
}

export default ForgotPasswordPage;
