/**
 * A plan read, not edited: the plan in effect, an earlier version, a shared draft a parent reads, or the
 * sections a teacher may see. Only the sections present in the response are shown. Print-friendly.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../api';
import { useT } from '../i18n';
import { planSectionLabel } from '../labels';
import { amendPlan, END_REASONS, endPlan, finalizePlan, type EndReason } from './api';
import { WithdrawPlan } from './WithdrawPlan';
import { EXIT_FOR_END_REASON, EXIT_REASONS, type ExitReason } from '../../../src/domain/exit';
import { exitReasonLabel } from '../case/labels';
import { visibleSections } from './sections';
import type { AllSections, Plan, SectionKey } from '../types';
import { PlanHead, PrintActions } from './PlanHead';
import { SectionRead } from './ReadView';
import { PlanChanges } from './PlanChanges';
import { VersionHistory } from './VersionHistory';

function ReadSections({ plan, idPrefix }: { plan: Plan; idPrefix: string | null }) {
  const intl = useIntl();
  return (
    <>
      {visibleSections(plan).map((key) => {
        const value = key === 'dates' ? plan.dates : plan.content[key];
        if (value === undefined) return null;
        const headingId = idPrefix ? `${idPrefix}-${key}` : undefined;
        return (
          <section key={key} className="plan-section plan-read-section card" aria-labelledby={headingId}>
            <h2 id={headingId}>{planSectionLabel(intl, key)}</h2>
            <SectionRead section={key} value={value as AllSections[SectionKey]} />
          </section>
        );
      })}
    </>
  );
}

/** The plan as text, shown only when printing (the editor prints this instead of its forms). */
export function PrintView({ plan }: { plan: Plan }) {
  return (
    <div className="print-only">
      <ReadSections plan={plan} idPrefix={null} />
    </div>
  );
}

export function PlanReader({
  plan,
  name,
  finalized,
  onReplaced,
}: {
  plan: Plan;
  name: string;
  finalized: boolean;
  onReplaced?: (next: Plan) => void;
}) {
  const t = useT();
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The finalize button is gone with the editor: focus goes to the news.
    if (finalized) done.current?.focus();
  }, [finalized]);
  return (
    <>
      <PlanHead plan={plan} name={name} />
      <div role="status" className="no-print">
        {finalized && (
          <p ref={done} tabIndex={-1} className="notice notice-success" data-testid="finalized-notice">
            {t(plan.status === 'awaiting_consent' ? 'plan.finalize.awaitingConsent' : 'plan.finalize.done')}
          </p>
        )}
      </div>
      {plan.abilities.amend && <p className="notice notice-info no-print">{t('plan.readOnly.active')}</p>}
      {!plan.abilities.amend && plan.status !== 'active' && plan.status !== 'draft' && (
        <p className="notice notice-info no-print">{t('plan.readOnly.other')}</p>
      )}
      {plan.status === 'proposed' && <p className="notice notice-info no-print">{t('plan.proposed.notice')}</p>}
      <ConsentWait plan={plan} />
      <ReaderActions plan={plan} />
      {onReplaced && <LifecycleActions plan={plan} onReplaced={onReplaced} />}
      <div className="plan-read">
        <ReadSections plan={plan} idPrefix="read" />
      </div>
      {plan.amendmentOf && <PlanChanges planId={plan.id} revision={plan.version} />}
      <VersionHistory planId={plan.id} revision={plan.version} />
    </>
  );
}

/** A first IEP is not in effect until the parent consents to the initial provision of services (34 CFR 300.300(b)). */
function ConsentWait({ plan }: { plan: Plan }) {
  const t = useT();
  const intl = useIntl();
  if (plan.status === 'awaiting_consent') {
    return (
      <section className="notice notice-warning" aria-labelledby="consent-wait-title" data-testid="awaiting-consent">
        <h2 id="consent-wait-title" className="notice-title">
          {t('plan.awaiting.title')}
        </h2>
        <p>{t('plan.awaiting.body')}</p>
        <p className="no-print">
          <Link to={`/students/${encodeURIComponent(plan.studentId)}#consents-heading`}>{t('plan.awaiting.link')}</Link>
        </p>
      </section>
    );
  }
  if (plan.status === 'withdrawn' && plan.withdrawn) {
    return (
      <section className="notice notice-info" aria-labelledby="consent-wait-title" data-testid="plan-withdrawn">
        <h2 id="consent-wait-title" className="notice-title">
          {t('plan.withdrawn.title')}
        </h2>
        <p>
          {t('plan.withdrawn.body', {
            date: intl.formatDate(plan.withdrawn.at, { dateStyle: 'long' }),
            name: plan.withdrawn.byName ?? '—',
            reason: plan.withdrawn.reason,
          })}
        </p>
      </section>
    );
  }
  if (plan.status === 'consent_refused') {
    const date = plan.endedOn
      ? intl.formatDate(`${plan.endedOn}T00:00:00Z`, { timeZone: 'UTC', dateStyle: 'long' })
      : '—';
    return (
      <section className="notice notice-info" aria-labelledby="consent-wait-title" data-testid="consent-refused">
        <h2 id="consent-wait-title" className="notice-title">
          {t('plan.refused.title')}
        </h2>
        <p>{t('plan.refused.body', { date })}</p>
      </section>
    );
  }
  return null;
}

function ReaderActions({ plan }: { plan: Plan }) {
  const t = useT();
  const intl = useIntl();
  const navigate = useNavigate();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [method, setMethod] = useState<'meeting' | 'written_agreement'>('meeting');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const firstChoice = useRef<HTMLInputElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) firstChoice.current?.focus();
    else if (wasOpen.current) openButton.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!plan.abilities.amend && !plan.abilities.print) return null;

  const submit = async () => {
    setPending(true);
    setError(null);
    try {
      const draft = await amendPlan(plan.id, method);
      void navigate(`/plans/${draft.id}`);
    } catch (e) {
      setPending(false);
      const detail = isApiError(e)
        ? e.code === 'NETWORK'
          ? t('common.error.network')
          : intl.locale === 'en'
            ? e.detail
            : ''
        : '';
      setError(`${t('plan.amend.error')} ${detail}`.trim());
    }
  };

  return (
    <div className="plan-actions no-print" role="group" aria-label={t('plan.actions.label')}>
      <div className="plan-actions-row">
        {plan.abilities.amend && !open && (
          <button ref={openButton} type="button" className="button button-primary" onClick={() => setOpen(true)}>
            {t('plan.amend.button')}
          </button>
        )}
        <PrintActions plan={plan} />
      </div>
      {open && (
        <form
          className="card amend-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <fieldset className="field radio-field">
            <legend>{t('plan.amend.legend')}</legend>
            <span id={`${id}-hint`} className="hint">
              {t('plan.amend.hint')}
            </span>
            <div className="radio-options radio-options-stacked">
              {(
                [
                  ['meeting', t('plan.amend.meeting')],
                  ['written_agreement', t('plan.amend.written')],
                ] as const
              ).map(([value, label], i) => (
                <span key={value} className="radio-option">
                  <input
                    ref={i === 0 ? firstChoice : undefined}
                    id={`${id}-${value}`}
                    type="radio"
                    name="amend-method"
                    value={value}
                    checked={method === value}
                    aria-describedby={`${id}-hint`}
                    onChange={() => setMethod(value)}
                  />
                  <label htmlFor={`${id}-${value}`}>{label}</label>
                </span>
              ))}
            </div>
          </fieldset>
          {error && (
            <p className="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <div className="plan-actions-row">
            <button type="submit" className="button button-primary" disabled={pending}>
              {pending ? t('plan.amend.pending') : t('plan.amend.submit')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
              {t('plan.amend.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

/** Finalize a proposal; end the plan in effect (with the reason). Shown from the abilities the API gives. */
function LifecycleActions({ plan, onReplaced }: { plan: Plan; onReplaced: (next: Plan) => void }) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const [ending, setEnding] = useState(false);
  const [reason, setReason] = useState<EndReason>('exited_special_education');
  const [exitReason, setExitReason] = useState<ExitReason | ''>('');
  const [note, setNote] = useState('');
  const implied = EXIT_FOR_END_REASON[reason];
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reasonField = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (ending) reasonField.current?.focus();
  }, [ending]);
  if (!(plan.status === 'proposed' && plan.abilities.finalize) && !plan.abilities.end && !plan.abilities.withdraw)
    return null;

  const run = async (action: () => Promise<Plan>, failure: string) => {
    setPending(true);
    setError(null);
    try {
      onReplaced(await action());
    } catch (e) {
      const detail = isApiError(e)
        ? e.code === 'NETWORK'
          ? t('common.error.network')
          : intl.locale === 'en'
            ? e.detail
            : ''
        : '';
      setError(`${failure} ${detail}`.trim());
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="plan-actions no-print" role="group" aria-label={t('plan.actions.label')}>
      <div className="plan-actions-row">
        {plan.status === 'proposed' && plan.abilities.finalize && (
          <button
            type="button"
            className="button button-primary"
            disabled={pending}
            onClick={() => void run(() => finalizePlan(plan.id, plan.version), t('plan.finalize.error'))}
          >
            {pending ? t('plan.finalize.pending') : t('plan.finalize.button')}
          </button>
        )}
        {plan.status === 'proposed' && <WithdrawPlan plan={plan} onWithdrawn={onReplaced} />}
        {plan.abilities.end && !ending && (
          <button type="button" className="button button-secondary" onClick={() => setEnding(true)}>
            {t('plan.end.button')}
          </button>
        )}
      </div>
      {ending && (
        <form
          className="card amend-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              () =>
                endPlan(plan.id, reason, note, plan.type === 'iep' && implied && exitReason ? exitReason : undefined),
              t('plan.end.error'),
            );
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('plan.end.legend')}</label>
            <select
              ref={reasonField}
              id={`${id}-reason`}
              value={reason}
              onChange={(e) => setReason(e.target.value as EndReason)}
            >
              {END_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`plan.end.reason.${r}`)}
                </option>
              ))}
            </select>
          </div>
          {plan.type === 'iep' && implied && (
            <div className="field">
              <label htmlFor={`${id}-exit`}>{t('plan.end.exitReason')}</label>
              <span id={`${id}-exit-hint`} className="hint">
                {t('plan.end.exitHint')}
              </span>
              <select
                id={`${id}-exit`}
                aria-describedby={`${id}-exit-hint`}
                value={exitReason || implied}
                onChange={(e) => setExitReason(e.target.value as ExitReason)}
              >
                {EXIT_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {exitReasonLabel(intl, r)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('plan.end.note')}</label>
            <textarea
              id={`${id}-note`}
              value={note}
              maxLength={1000}
              rows={2}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          <div className="plan-actions-row">
            <button type="submit" className="button button-primary" disabled={pending}>
              {pending ? t('plan.end.pending') : t('plan.end.submit')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setEnding(false)}>
              {t('plan.end.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
