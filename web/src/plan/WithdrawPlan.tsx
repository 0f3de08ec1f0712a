/**
 * Withdraw an open plan (a draft or a proposal) nobody will finalize: it stays in the record, never in effect, and a
 * new plan of its type may be started. Shown when the server says the person may (abilities.withdraw); the reason is
 * required, and the version withdrawn is the one on screen (someone else's change in between is a 412, said plainly).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { isApiError } from '../api';
import { useT } from '../i18n';
import { withdrawPlan } from './api';
import type { Plan } from '../types';

export function WithdrawPlan({
  plan,
  before,
  onWithdrawn,
}: {
  plan: Plan;
  before?: () => Promise<boolean>;
  onWithdrawn: (p: Plan) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) field.current?.focus();
    else if (wasOpen.current) openButton.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (!plan.abilities.withdraw) return null;

  const submit = async () => {
    if (!reason.trim()) {
      field.current?.focus();
      setError(t('plan.withdraw.legend'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      // Let a save in flight land first, so the version withdrawn is the latest (unsaved typing is discarded anyway).
      if (before) await before();
      onWithdrawn(await withdrawPlan(plan.id, plan.version, reason.trim()));
    } catch (e) {
      if (isApiError(e) && e.status === 412) {
        setError(t('plan.withdraw.stale'));
        return;
      }
      const detail = isApiError(e)
        ? e.code === 'NETWORK'
          ? t('common.error.network')
          : intl.locale === 'en'
            ? e.detail
            : ''
        : '';
      setError(`${t('plan.withdraw.error')} ${detail}`.trim());
    } finally {
      setPending(false);
    }
  };

  if (!open) {
    return (
      <button
        ref={openButton}
        type="button"
        className="button button-secondary"
        onClick={() => setOpen(true)}
        data-testid="withdraw-plan"
      >
        {t(plan.status === 'proposed' ? 'plan.withdraw.button.proposed' : 'plan.withdraw.button.draft')}
      </button>
    );
  }
  return (
    <form
      className="card amend-form withdraw-form"
      aria-label={t(plan.status === 'proposed' ? 'plan.withdraw.button.proposed' : 'plan.withdraw.button.draft')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('plan.withdraw.legend')}</label>
        <span id={`${id}-hint`} className="hint">
          {t('plan.withdraw.hint')}
        </span>
        <textarea
          ref={field}
          id={`${id}-reason`}
          required
          aria-describedby={`${id}-hint`}
          aria-invalid={error !== null && !reason.trim()}
          value={reason}
          maxLength={1000}
          rows={2}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="plan-actions-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t('plan.withdraw.pending') : t('plan.withdraw.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('plan.withdraw.cancel')}
        </button>
      </div>
    </form>
  );
}
