/** For an amendment: what it changes in the plan it amends (GET /plans/{id}/changes), section by section. */
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { isAbort } from '../../api';
import { useT } from '../../i18n';
import { planSectionLabel } from '../../labels';
import { getPlanChanges, type PlanChange } from '../../plan/api';
import type { SectionKey } from '../../types';

type State = { phase: 'loading' } | { phase: 'error' } | { phase: 'ready'; changes: PlanChange[] };

/** A value as a short line of text: strings as typed, items by their text or description. */
function show(v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v === 'string') return v.length > 240 ? `${v.slice(0, 240)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const text = o.text ?? o.description ?? o.service ?? o.assessment;
    if (typeof text === 'string') return show(text);
  }
  return show(JSON.stringify(v));
}

/** 'goals[g2].text' → 'g2 · text' (the section is shown as its heading). */
function field(path: string): string {
  const rest = path.replace(/^[^.[]+/, '').replace(/^\./, '');
  return rest.replace(/\[([^\]]+)\]\.?/g, '$1 · ').replace(/ · $/, '');
}

export function PlanChanges({ planId, revision }: { planId: string; revision: number }) {
  const t = useT();
  const intl = useIntl();
  const [state, setState] = useState<State>({ phase: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    getPlanChanges(planId, controller.signal).then(
      (changes) => setState({ phase: 'ready', changes }),
      (e: unknown) => {
        if (!isAbort(e)) setState({ phase: 'error' });
      },
    );
    return () => controller.abort();
  }, [planId, revision]);
  return (
    <section className="record-section plan-changes" aria-labelledby="changes-heading" aria-busy={state.phase === 'loading'}>
      <h2 id="changes-heading">{t('plan.changes.title')}</h2>
      <p className="muted">{t('plan.changes.intro')}</p>
      {state.phase === 'loading' && <p className="list-status">{t('plan.changes.loading')}</p>}
      {state.phase === 'error' && <p className="notice notice-error">{t('plan.changes.error')}</p>}
      {state.phase === 'ready' &&
        (state.changes.length === 0 ? (
          <p className="empty">{t('plan.changes.none')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table" data-testid="plan-changes">
              <caption className="visually-hidden">{t('plan.changes.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.changes.section')}</th>
                  <th scope="col">{t('plan.changes.what')}</th>
                  <th scope="col">{t('plan.changes.before')}</th>
                  <th scope="col">{t('plan.changes.after')}</th>
                </tr>
              </thead>
              <tbody>
                {state.changes.map((c) => (
                  <tr key={c.path} data-change={c.change}>
                    <td>{planSectionLabel(intl, c.section as SectionKey)}</td>
                    <td>
                      {t(`plan.changes.kind.${c.change}`)}
                      {field(c.path) && <span className="muted"> · {field(c.path)}</span>}
                    </td>
                    <td>{show(c.before)}</td>
                    <td>{show(c.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
