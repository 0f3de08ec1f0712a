/** For an amendment: what it changes in the plan it amends (GET /plans/{id}/changes), section by section. */
import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { isAbort } from '../api';
import { useT } from '../i18n';
import { getPlanChanges, type PlanChange } from './api';
import { describeChanges } from './change-labels';

type State = { phase: 'loading' } | { phase: 'error' } | { phase: 'ready'; changes: PlanChange[] };

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
  const rows = useMemo(() => (state.phase === 'ready' ? describeChanges(intl, state.changes) : []), [state, intl]);
  return (
    <section
      className="record-section plan-changes"
      aria-labelledby="changes-heading"
      aria-busy={state.phase === 'loading'}
    >
      <h2 id="changes-heading">{t('plan.changes.title')}</h2>
      <p className="muted">{t('plan.changes.intro')}</p>
      {state.phase === 'loading' && <p className="list-status">{t('plan.changes.loading')}</p>}
      {state.phase === 'error' && <p className="notice notice-error">{t('plan.changes.error')}</p>}
      {state.phase === 'ready' &&
        (rows.length === 0 ? (
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
                {rows.map((r) => (
                  <tr key={r.key} data-change={r.change}>
                    <td>{r.section}</td>
                    <td>
                      {r.item && <div>{r.item}</div>}
                      {r.field && <div>{r.field}</div>}
                      <div className="muted">{r.kind}</div>
                    </td>
                    <td className="read-text">{r.before}</td>
                    <td className="read-text">{r.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
