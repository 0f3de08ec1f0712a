/**
 * A plan read, not edited: the plan in effect, an earlier version, a shared draft a parent reads, or the
 * sections a teacher may see. Only the sections present in the response are shown. Print-friendly.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api';
import { useT } from '../../i18n';
import { planSectionLabel } from '../../labels';
import { amendPlan } from '../../plan/api';
import { visibleSections } from '../../plan/sections';
import type { AllSections, Plan, SectionKey } from '../../types';
import { PdfLink, PlanHead } from './PlanHead';
import { SectionRead } from './ReadView';
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

export function PlanReader({ plan, name, finalized }: { plan: Plan; name: string; finalized: boolean }) {
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
            {t('plan.finalize.done')}
          </p>
        )}
      </div>
      {plan.abilities.amend && <p className="notice notice-info no-print">{t('plan.readOnly.active')}</p>}
      {!plan.abilities.amend && plan.status !== 'active' && plan.status !== 'draft' && <p className="notice notice-info no-print">{t('plan.readOnly.other')}</p>}
      <ReaderActions plan={plan} />
      <div className="plan-read">
        <ReadSections plan={plan} idPrefix="read" />
      </div>
      <VersionHistory planId={plan.id} revision={plan.version} />
    </>
  );
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
      navigate(`/plans/${draft.id}`);
    } catch (e) {
      setPending(false);
      const detail = isApiError(e) ? (e.code === 'NETWORK' ? t('common.error.network') : intl.locale === 'en' ? e.detail : '') : '';
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
        {plan.abilities.print && (
          <>
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t('plan.actions.print')}
            </button>
            <PdfLink planId={plan.id} />
          </>
        )}
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
