/**
 * "Forgot your password?": the email form; the answer is the same whether or not an account exists. On an
 * installation that sends no mail there is no form: the page says to ask the district administrator.
 */
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../api';
import { useForm, type Form } from '../ui/form';
import { useApiQuery } from '../ui/query';
import { resetDeliveryKey } from './keys';
import { getResetDelivery, requestPasswordReset, type ResetDelivery } from './api';
import './accounts.css';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { useT } from '../i18n';

export function ForgotPasswordPage() {
  const t = useT();
  const [sentTo, setSentTo] = useState<string | null>(null);
  // The answer to a request may say that this installation sends no mail after all.
  const [noMail, setNoMail] = useState(false);
  useDocumentTitle(t('accounts.forgot.title'));
  const deliveryQuery = useApiQuery(resetDeliveryKey, (signal) => getResetDelivery(signal));
  // Not known (the question failed): show the form; the answer to it says the same.
  const delivery: ResetDelivery | null = noMail
    ? 'none'
    : deliveryQuery.isPending
      ? null
      : (deliveryQuery.data?.delivery ?? 'mail');
  const form = useForm({
    initial: { email: '' },
    // No schema here: the sign-in pages are in the first load, which carries no zod; the browser checks the address.
    onSubmit: async (v) => {
      const email = v.email.trim();
      const answer = await requestPasswordReset(email);
      if (answer.delivery === 'none') setNoMail(true);
      else setSentTo(email);
    },
  });
  const err = form.error;
  const error = !err
    ? null
    : isApiError(err) && err.code === 'NETWORK'
      ? t('common.error.network')
      : isApiError(err) && err.code === 'RATE_LIMITED'
        ? err.detail || t('common.error.generic')
        : t('common.error.generic');

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
            <EmailForm form={form} />
          </>
        )}
        <p className="account-links">
          <Link to="/sign-in">{t('accounts.forgot.backToSignIn')}</Link>
        </p>
      </div>
    </div>
  );
}

/** The email the link goes to. */
function EmailForm({ form }: { form: Form<{ email: string }> }) {
  const t = useT();
  const id = useId();
  const error = form.errors.email;
  return (
    <form className="account-form" onSubmit={(e) => void form.submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('accounts.forgot.email')}</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={form.values.email}
          onChange={(e) => form.set('email', e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-email-error` : undefined}
        />
        {error && (
          <span id={`${id}-email-error`} className="field-error">
            {error}
          </span>
        )}
      </div>
      <button type="submit" className="button button-primary button-block" disabled={form.pending}>
        {form.pending ? t('accounts.forgot.pending') : t('accounts.forgot.submit')}
      </button>
    </form>
  );
}

export default ForgotPasswordPage;
