/**
 * The draft editor: section by section, saved as the person types (see plan/autosave.ts), with the
 * findings beside the section they concern and a summary at the top; finalize and share; conflicts
 * resolved on a reconcile screen. What is typed is kept on this device until the server has it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { isApiError, type FieldError } from '../api';
import { useT } from '../i18n';
import { findingMessage, listItemLabel, planSectionLabel } from '../labels';
import { refusalFindings } from '../meetings/findings';
import { finalizePlan, getFindings, problemLink, proposePlan, sharePlan } from './api';
import { WithdrawPlan } from './WithdrawPlan';
import { currentFindings, useAutosave, useFindings } from './hooks';
import { canEditSection, findingsBySection, focusPath, sectionHeadingId, visibleSections } from './sections';
import type { AllSections, Me, Plan, SectionKey } from '../types';
import { SectionFindings, FindingsSummary } from './FindingsPanel';
import { PlanHead, PrintActions } from './PlanHead';
import { PrintView } from './PlanReader';
import { SectionRead } from './ReadView';
import { Reconcile } from './Reconcile';
import { SaveStatusBar } from './SaveStatus';
import { SectionForm, type EditorContext } from './SectionForm';
import { SectionNav } from './SectionNav';
import { PlanChanges } from './PlanChanges';
import { VersionHistory } from './VersionHistory';

export function PlanEditor({
  initialPlan,
  name,
  grade,
  user,
  onReplaced,
}: {
  initialPlan: Plan;
  name: string;
  grade?: string | null;
  user: Me;
  onReplaced: (plan: Plan) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const { store, snapshot } = useAutosave(initialPlan, user.id);
  const { plan, values, status, conflicts, dirty } = snapshot;
  const findingsState = useFindings(plan.id, snapshot.saves, true);
  const findings = currentFindings(findingsState);
  const bySection = useMemo(() => findingsBySection(findings), [findings]);
  const sections = visibleSections(plan);
  // A provider changes only the goals and services of their own discipline (the plan's abilities say so).
  const ctx: EditorContext = {
    isProvider: plan.abilities.ownDisciplineOnly,
    discipline: user.discipline,
    grade: grade ?? null,
  };
  const errorCounts = useMemo(() => {
    const m = new Map<string, number>();
    for (const [k, list] of bySection) m.set(k, list.filter((f) => f.severity === 'error').length);
    return m;
  }, [bySection]);
  const readOnlyParts = sections.some((s) => !canEditSection(plan, s));
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  return (
    <>
      <PlanHead plan={plan} name={name} />
      {readOnlyParts && <p className="notice notice-info no-print">{t('plan.readOnly.contributor')}</p>}

      <div className="no-print">
        <EditorActions
          plan={plan}
          settle={() => store.settle()}
          latestVersion={() => store.getSnapshot().plan.version}
          adopt={(p) => store.adopt(p)}
          onFinalized={onReplaced}
          onRefused={setRefusal}
        />
      </div>
      {refusal && <FinalizeRefusal refusal={refusal} />}
      <div className="plan-toolbar no-print">
        <SaveStatusBar status={status} onRetry={() => void store.saveNow()} onDiscard={() => store.discardUnsaved()} />
      </div>

      {snapshot.restored > 0 && (
        <p className="notice notice-info no-print" data-testid="restored-notice">
          {t('plan.restored', { count: snapshot.restored })}
        </p>
      )}
      <Stranded stranded={snapshot.stranded} />

      {conflicts.length > 0 && (
        <div className="notice notice-error no-print" role="alert">
          <p>{t('plan.conflict.summary', { count: conflicts.length })}</p>
          <ul>
            {conflicts.map((c) => (
              <li key={c.section}>
                <a
                  href={`#${sectionHeadingId(c.section)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    focusPath(c.section);
                  }}
                >
                  {planSectionLabel(intl, c.section)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="no-print">
        <FindingsSummary findings={findings} phase={findingsState.phase} sections={sections} />
      </div>

      <div className="plan-layout no-print">
        <SectionNav sections={sections} errorCounts={errorCounts} dirty={dirty} />
        <div className="plan-sections">
          {sections.map((key) => {
            const conflict = conflicts.find((c) => c.section === key);
            const value = values[key];
            return (
              <section
                key={key}
                className="plan-section card"
                aria-labelledby={sectionHeadingId(key)}
                data-section={key}
              >
                <h2 id={sectionHeadingId(key)} tabIndex={-1}>
                  {planSectionLabel(intl, key)}
                </h2>
                <div className="plan-section-body">
                  <div className="plan-section-main">
                    {conflict ? (
                      <Reconcile
                        conflict={conflict}
                        onChoose={(choice) => {
                          store.resolveConflict(key, choice);
                          requestAnimationFrame(() => document.getElementById(sectionHeadingId(key))?.focus());
                        }}
                      />
                    ) : value === undefined ? null : canEditSection(plan, key) ? (
                      <SectionForm section={key} value={value} onChange={(v) => store.edit(key, v)} ctx={ctx} />
                    ) : (
                      <>
                        <p className="muted">{t('plan.read.readOnlySection')}</p>
                        <SectionRead section={key} value={value} />
                      </>
                    )}
                  </div>
                  <SectionFindings
                    section={key}
                    findings={bySection.get(key) ?? []}
                    loading={findingsState.phase === 'loading'}
                  />
                </div>
              </section>
            );
          })}
        </div>
      </div>

      {plan.amendmentOf && <PlanChanges planId={plan.id} revision={plan.version} />}
      <VersionHistory planId={plan.id} revision={0} />
      <PrintView plan={withValues(plan, values)} />
    </>
  );
}

/** The plan as on screen, unsaved edits included (what a person printing expects to see). */
function withValues(plan: Plan, values: Partial<AllSections>): Plan {
  const { dates, ...sections } = values;
  return { ...plan, dates: dates ?? plan.dates, content: { ...plan.content, ...sections } };
}

/** Edits kept on this device that cannot be applied any more: shown so they can be copied, then discarded. */
function Stranded({ stranded }: { stranded: Partial<Record<SectionKey, unknown>> }) {
  const t = useT();
  const intl = useIntl();
  const entries = Object.entries(stranded) as [SectionKey, unknown][];
  if (!entries.length) return null;
  return (
    <div className="notice notice-info no-print">
      <p>{t('plan.restoredReadOnly')}</p>
      {entries.map(([k, v]) => (
        <details key={k}>
          <summary>{planSectionLabel(intl, k)}</summary>
          <pre className="stranded">{JSON.stringify(v, null, 2)}</pre>
        </details>
      ))}
    </div>
  );
}

/** Finalizing was refused: the API's errors, and its findings as data (to say each in the reader's language). */
type Refusal =
  { errors: FieldError[]; findings: RefusedFinding[] } | { message: string; currentPlanId?: string | null };
type RefusedFinding = {
  code: string;
  citation: string;
  path: string;
  message: string;
  params: Record<string, unknown>;
  asOf: string;
};

/** Why finalizing was refused: each error a link that moves focus to its field. Focus moves here when it appears. */
function FinalizeRefusal({ refusal }: { refusal: Refusal }) {
  const t = useT();
  const intl = useIntl();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [refusal]);
  /** A 422 error as its finding says it (the problem's findings, one per error, in order): in the reader's language, with its list item ("Goal 2: …"). */
  const errorText = (e: FieldError, i: number) => {
    const f = 'findings' in refusal ? refusal.findings[i] : undefined;
    if (f && f.path === e.path) return `${findingMessage(intl, f)} (${f.citation})`;
    const item = listItemLabel(intl, e.path);
    return item ? t('plan.findings.item', { item, message: e.message }) : e.message;
  };
  return (
    <div className="notice notice-error finalize-errors no-print" data-testid="finalize-errors">
      <h2 ref={heading} tabIndex={-1} className="notice-title">
        {t('plan.finalize.errorsTitle')}
      </h2>
      {'message' in refusal ? (
        <>
          <p>{refusal.message}</p>
          {refusal.currentPlanId && (
            <p>
              <Link to={`/plans/${encodeURIComponent(refusal.currentPlanId)}`}>{t('plan.finalize.currentLink')}</Link>
            </p>
          )}
        </>
      ) : (
        <>
          <p>{t('plan.finalize.errorsIntro', { count: refusal.errors.length })}</p>
          <ul>
            {refusal.errors.map((e, i) => (
              <li key={i}>
                <a
                  href={`#${e.path}`}
                  onClick={(ev) => {
                    ev.preventDefault();
                    focusPath(e.path);
                  }}
                >
                  {errorText(e, i)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function EditorActions({
  plan,
  settle,
  latestVersion,
  adopt,
  onFinalized,
  onRefused,
}: {
  plan: Plan;
  settle: () => Promise<boolean>;
  /** The version the server last confirmed (after settle: with every save of this editor in it). */
  latestVersion: () => number;
  adopt: (p: Plan) => void;
  onFinalized: (p: Plan) => void;
  onRefused: (r: Refusal | null) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const [finalizing, setFinalizing] = useState<false | 'finalize' | 'propose'>(false);
  const [sharing, setSharing] = useState(false);
  const [shareError, setShareError] = useState(false);

  const finalize = async (kind: 'finalize' | 'propose' = 'finalize') => {
    if (finalizing) return;
    setFinalizing(kind);
    onRefused(null);
    try {
      if (!(await settle())) {
        onRefused({ message: t('plan.finalize.unsaved') });
        return;
      }
      // The version this editor last saw: someone else's change since is a 412, not silently finalized.
      const version = latestVersion();
      onFinalized(await (kind === 'propose' ? proposePlan(plan.id, version) : finalizePlan(plan.id, version)));
    } catch (e) {
      if (isApiError(e) && e.status === 422 && e.errors.length) {
        // The refusal's findings as data; the day they are read against (their tense) is the server's, from the findings.
        const asOf = (await getFindings(plan.id).catch(() => []))[0]?.asOf;
        onRefused({ errors: e.errors, findings: asOf ? refusalFindings(e.problem).map((f) => ({ ...f, asOf })) : [] });
      } else if (isApiError(e) && e.status === 412) {
        onRefused({ message: t('plan.finalize.stale') });
      } else if (isApiError(e) && e.status === 409 && kind === 'finalize' && e.code === 'INVALID_STATE') {
        // The plan it started from is no longer the one in effect (or another took effect): say so, with a link.
        onRefused({ message: t('plan.finalize.replaced'), currentPlanId: problemLink(e.problem, 'current-plan') });
      } else {
        const why =
          isApiError(e) && e.code === 'NETWORK'
            ? t('common.error.network')
            : isApiError(e) && intl.locale === 'en'
              ? e.detail
              : '';
        onRefused({ message: `${t(kind === 'propose' ? 'plan.propose.error' : 'plan.finalize.error')} ${why}`.trim() });
      }
    } finally {
      setFinalizing(false);
    }
  };

  // The box shows the person's choice at once; it goes back if the server refuses.
  const [wanted, setWanted] = useState<boolean | null>(null);
  const toggleShare = async (shared: boolean) => {
    setWanted(shared);
    setSharing(true);
    setShareError(false);
    try {
      adopt(await sharePlan(plan.id, shared));
    } catch {
      setShareError(true);
    } finally {
      setSharing(false);
      setWanted(null);
    }
  };

  return (
    <div className="plan-actions" role="group" aria-label={t('plan.actions.label')}>
      <div className="plan-actions-row">
        {plan.abilities.finalize && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => void finalize('finalize')}
            disabled={finalizing !== false}
            aria-describedby="finalize-hint"
          >
            {finalizing === 'finalize' ? t('plan.finalize.pending') : t('plan.finalize.button')}
          </button>
        )}
        {plan.abilities.propose && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void finalize('propose')}
            disabled={finalizing !== false}
            aria-describedby="propose-hint"
          >
            {finalizing === 'propose' ? t('plan.propose.pending') : t('plan.propose.button')}
          </button>
        )}
        <PrintActions plan={plan} />
      </div>
      <WithdrawPlan plan={plan} before={settle} onWithdrawn={onFinalized} />
      {plan.abilities.finalize && (
        <p id="finalize-hint" className="hint">
          {t('plan.finalize.hint')}
        </p>
      )}
      {plan.abilities.propose && (
        <p id="propose-hint" className="hint">
          {t('plan.propose.hint')}
        </p>
      )}
      {plan.abilities.share && (
        <div className="field field-check share-toggle">
          <input
            id="share-with-family"
            type="checkbox"
            checked={wanted ?? plan.sharedWithFamily}
            aria-disabled={sharing}
            aria-describedby="share-hint"
            onChange={(e) => {
              if (!sharing) void toggleShare(e.target.checked);
            }}
          />
          <label htmlFor="share-with-family">{t('plan.share.label')}</label>
          <span id="share-hint" className="hint">
            {t('plan.share.hint')}
          </span>
        </div>
      )}
      {shareError && (
        <p className="notice notice-error" role="alert">
          {t('plan.share.error')}
        </p>
      )}
    </div>
  );
}
