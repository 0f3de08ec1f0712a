/**
 * Set a password from an invitation or reset link (/set-password?token=…): the new password twice, the policy
 * shown, errors by field (checked here with the server's own rules, src/domain/passwords.ts), then "sign in".
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../api';
import { setPasswordFromLink } from './api';
import './accounts.css';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { useLocale, useT } from '../i18n';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '../../../src/domain/passwords';

type Errors = { password?: string; confirm?: string; token?: string; form?: string };

export function SetPasswordPage() {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  useDocumentTitle(t('accounts.set.title'));

  const problemText = (p: NonNullable<ReturnType<typeof passwordProblem>>) =>
    t(`accounts.set.error.${p}`, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });

  const onSubmit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (pending) return;
    // The email is not known here; the server also refuses the account's own email.
    const problem = passwordProblem(password, '');
    const next: Errors = {};
    if (problem) next.password = problemText(problem);
    else if (password !== confirm) next.confirm = t('accounts.set.error.mismatch');
    setErrors(next);
    if (next.password || next.confirm) {
      document.getElementById(next.password ? `${id}-password` : `${id}-confirm`)?.focus();
      return;
    }
    setPending(true);
    try {
      await setPasswordFromLink(token, password);
      setDone(true);
    } catch (err) {
      setPending(false);
      if (!isApiError(err)) {
        setErrors({ form: t('common.error.generic') });
        return;
      }
      if (err.code === 'NETWORK') {
        setErrors({ form: t('common.error.network') });
        return;
      }
      const field = err.errors[0]?.path;
      if (field === 'token') {
        setErrors({ token: t('accounts.set.error.token') });
        return;
      }
      if (field === 'password') {
        // The server's reason in English; in other languages the catalogue's words (what only the server can
        // check is the account's own email).
        const local = passwordProblem(password, '');
        setErrors({
          password:
            locale === 'en'
              ? (err.errors[0]?.message ?? '')
              : local
                ? problemText(local)
                : t('accounts.set.error.is_email'),
        });
        document.getElementById(`${id}-password`)?.focus();
        return;
      }
      setErrors({ form: err.detail || t('common.error.generic') });
    }
  };

  const requestNew = (
    <p className="account-links">
      <Link to="/forgot-password">{t('accounts.set.requestNew')}</Link>
    </p>
  );

  return (
    <div className="sign-in">
      <div className="card sign-in-card">
        <PageHeading>{t('accounts.set.title')}</PageHeading>
        <div role="status">
          {done && (
            <>
              <p className="notice notice-success">{t('accounts.set.done')}</p>
              <Link className="button button-primary button-block" to="/sign-in">
                {t('accounts.set.signIn')}
              </Link>
            </>
          )}
        </div>
        <div role="alert">
          {(errors.token || errors.form) && <p className="notice notice-error">{errors.token ?? errors.form}</p>}
        </div>
        {!done && !token && (
          <>
            <p className="notice notice-info">{t('accounts.set.noToken')}</p>
            {requestNew}
          </>
        )}
        {!done && token && (
          <>
            <p className="muted">{t('accounts.set.intro')}</p>
            <form className="account-form" onSubmit={(e) => void onSubmit(e)} noValidate>
              <div className="field">
                <label htmlFor={`${id}-password`}>{t('accounts.set.password')}</label>
                <input
                  id={`${id}-password`}
                  name="password"
                  type="password"
                  autoComplete="new-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  aria-invalid={Boolean(errors.password) || undefined}
                  aria-describedby={`${id}-policy${errors.password ? ` ${id}-password-error` : ''}`}
                />
                <p id={`${id}-policy`} className="muted account-policy">
                  {t('accounts.set.policy', { min: PASSWORD_MIN_LENGTH })}
                </p>
                {errors.password && (
                  <span id={`${id}-password-error`} className="field-error">
                    {errors.password}
                  </span>
                )}
              </div>
              <div className="field">
                <label htmlFor={`${id}-confirm`}>{t('accounts.set.confirm')}</label>
                <input
                  id={`${id}-confirm`}
                  name="confirm"
                  type="password"
                  autoComplete="new-password"
                  required
                  value={confirm}
                  onChange={(e) => setConfirm(e.target.value)}
                  aria-invalid={Boolean(errors.confirm) || undefined}
                  aria-describedby={errors.confirm ? `${id}-confirm-error` : undefined}
                />
                {errors.confirm && (
                  <span id={`${id}-confirm-error`} className="field-error">
                    {errors.confirm}
                  </span>
                )}
              </div>
              <button type="submit" className="button button-primary button-block" disabled={pending}>
                {pending ? t('accounts.set.pending') : t('accounts.set.submit')}
              </button>
            </form>
            {errors.token && requestNew}
          </>
        )}
      </div>
    </div>
  );
}

export default SetPasswordPage;
