/**
 * On the student page: the student's plans (IEP and 504; type, status, dates, amendment), each a link to
 * its page, and "Start an IEP or 504 plan" for those who manage the student's record. The API decides:
 * a refusal (403, 409) is shown with its reason.
 */
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../api';
import { useApiQuery } from '../ui/query';
import { plansKey } from './keys';
import { isMessageId, useT } from '../i18n';
import { formatIsoDate, planStatusLabel, planTypeLabel } from '../labels';
import { createPlan, listPlans, problemLink } from './api';
import type { PlanSummary, Student } from '../types';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PlanStatusBadge } from './PlanHead';

export function PlansSection({ student, name }: { student: Student; name: string }) {
  const t = useT();
  const intl = useIntl();
  const list = useApiQuery(plansKey(student.id), (signal) => listPlans(student.id, signal));

  const plans = list.data ?? [];
  const date = (d: string | null) => (d ? formatIsoDate(intl, d) : '…');

  return (
    <section aria-labelledby="plans-heading" className="record-section plans-section" aria-busy={list.isPending}>
      <h2 id="plans-heading">{t('plans.title')}</h2>
      {list.isPending && (
        <p role="status" className="list-status">
          {t('plans.loading')}
        </p>
      )}
      {list.isError && (
        <ErrorMessage error={list.error} message={t('plans.error')} onRetry={() => void list.refetch()} />
      )}
      {list.isSuccess && plans.length === 0 && <p className="empty">{t('plans.empty')}</p>}
      {plans.length > 0 && (
        <table className="data-table stacked plans-table">
          <caption className="visually-hidden">{t('plans.caption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.column.plan')}</th>
              <th scope="col">{t('plans.column.status')}</th>
              <th scope="col">{t('plans.column.dates')}</th>
              <th scope="col">{t('plans.column.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => (
              <tr key={p.id} data-testid="plan-row">
                <th scope="row" className="cell-title">
                  <Link to={`/plans/${p.id}`}>
                    {t('plans.linkName', {
                      type: planTypeLabel(intl, p.type),
                      status: planStatusLabel(intl, p.status),
                    })}
                  </Link>
                  {p.amendmentMethod && (
                    <span className="cell-note">{t('plans.amendment', { method: p.amendmentMethod })}</span>
                  )}
                  {p.status === 'draft' && p.sharedWithFamily && <span className="cell-note">{t('plans.shared')}</span>}
                </th>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t('plans.column.status')}
                  </span>
                  <PlanStatusBadge status={p.status} />
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t('plans.column.dates')}
                  </span>
                  <span>
                    {p.dates.startDate || p.dates.endDate
                      ? t('plans.dates', { start: date(p.dates.startDate), end: date(p.dates.endDate) })
                      : t('plans.datesUnset')}
                  </span>
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t('plans.column.updated')}
                  </span>
                  <time dateTime={p.updatedAt}>{intl.formatDate(p.updatedAt, { dateStyle: 'medium' })}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {student.abilities.edit && <StartPlan studentId={student.id} plans={plans} />}
    </section>
  );
}

function StartPlan({ studentId, plans }: { studentId: string; plans: readonly PlanSummary[] }) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<'iep' | '504'>('iep');
  const [startFrom, setStartFrom] = useState<'empty' | 'active'>('empty');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The open plan that blocks another start (409 with its link). */
  const [openPlanId, setOpenPlanId] = useState<string | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const firstChoice = useRef<HTMLInputElement>(null);
  const wasOpen = useRef(false);
  const hasActive = plans.some((p) => p.type === type && p.status === 'active');

  useEffect(() => {
    if (open) firstChoice.current?.focus();
    else if (wasOpen.current) openButton.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const submit = async () => {
    setPending(true);
    setError(null);
    setOpenPlanId(null);
    try {
      const plan = await createPlan(studentId, type, hasActive ? startFrom : 'empty');
      void navigate(`/plans/${plan.id}`);
    } catch (e) {
      setPending(false);
      if (!isApiError(e)) {
        setError(t('common.error.generic'));
        return;
      }
      if (e.code === 'NETWORK') {
        setError(t('common.error.network'));
        return;
      }
      const blocking = e.status === 409 ? problemLink(e.problem, 'open-plan') : null;
      if (blocking) {
        setOpenPlanId(blocking);
        setError(t('plans.start.error.open', { type: planTypeLabel(intl, type) }));
        return;
      }
      // The API explains in English; other languages use the catalogue's words for the known codes.
      const key = `plans.start.error.${e.code}`;
      const reason =
        intl.locale !== 'en' && isMessageId(key)
          ? t(key)
          : e.detail || (isMessageId(key) ? t(key) : t('common.error.generic'));
      setError(reason);
    }
  };

  if (!open) {
    return (
      <p className="plans-start">
        <button ref={openButton} type="button" className="button button-primary" onClick={() => setOpen(true)}>
          {t('plans.start.button')}
        </button>
      </p>
    );
  }

  const radio = <V extends string>(
    name: string,
    value: V,
    current: V,
    set: (v: V) => void,
    label: string,
    ref?: Ref<HTMLInputElement>,
  ) => (
    <span className="radio-option" key={value}>
      <input
        ref={ref}
        id={`${id}-${name}-${value}`}
        type="radio"
        name={`${id}-${name}`}
        value={value}
        checked={current === value}
        onChange={() => set(value)}
      />
      <label htmlFor={`${id}-${name}-${value}`}>{label}</label>
    </span>
  );

  return (
    <form
      className="card start-plan"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-title`}>{t('plans.start.title')}</h3>
      <fieldset className="field radio-field">
        <legend>{t('plans.start.type')}</legend>
        <div className="radio-options">
          {radio('type', 'iep', type, setType, t('plan.typeLong.iep'), firstChoice)}
          {radio('type', '504', type, setType, t('plan.typeLong.504'))}
        </div>
      </fieldset>
      {hasActive && (
        <fieldset className="field radio-field">
          <legend>{t('plans.start.from')}</legend>
          <div className="radio-options radio-options-stacked">
            {radio('from', 'empty', startFrom, setStartFrom, t('plans.start.fromEmpty'))}
            {radio('from', 'active', startFrom, setStartFrom, t('plans.start.fromActive'))}
          </div>
        </fieldset>
      )}
      {error && (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{t('plans.start.error')}</strong> {error}
          </p>
          {openPlanId && (
            <p>
              <Link to={`/plans/${encodeURIComponent(openPlanId)}`}>{t('plans.start.openLink')}</Link>
            </p>
          )}
        </div>
      )}
      <div className="plan-actions-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t('plans.start.pending') : t('plans.start.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('plans.start.cancel')}
        </button>
      </div>
    </form>
  );
}
