/** The versions of a plan that left draft (GET /plans/{id}/versions), oldest first. */
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { isAbort } from '../api';
import { useT } from '../i18n';
import { planStatusLabel } from '../labels';
import { getPlanVersions } from './api';
import type { PlanVersion } from '../types';

type State = { phase: 'loading' } | { phase: 'error' } | { phase: 'ready'; versions: PlanVersion[] };

export function VersionHistory({ planId, revision }: { planId: string; revision: number }) {
  const t = useT();
  const intl = useIntl();
  const [state, setState] = useState<State>({ phase: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    getPlanVersions(planId, controller.signal).then(
      (versions) => setState({ phase: 'ready', versions }),
      (e: unknown) => {
        if (!isAbort(e)) setState({ phase: 'error' });
      },
    );
    return () => controller.abort();
  }, [planId, revision]);
  return (
    <section
      className="record-section version-history no-print"
      aria-labelledby="versions-heading"
      aria-busy={state.phase === 'loading'}
    >
      <h2 id="versions-heading">{t('plan.versions.title')}</h2>
      <p className="muted">{t('plan.versions.intro')}</p>
      {state.phase === 'loading' && <p className="list-status">{t('plan.versions.loading')}</p>}
      {state.phase === 'error' && <p className="notice notice-error">{t('plan.versions.error')}</p>}
      {state.phase === 'ready' &&
        (state.versions.length === 0 ? (
          <p className="empty">{t('plan.versions.empty')}</p>
        ) : (
          <ol className="versions">
            {state.versions.map((v) => (
              <li key={v.version}>
                <strong>
                  {t('plan.versions.item', { version: v.version, status: planStatusLabel(intl, v.status) })}
                </strong>{' '}
                <span className="muted">
                  <time dateTime={v.savedAt}>
                    {t('plan.versions.savedAt', {
                      date: intl.formatDate(v.savedAt, { dateStyle: 'long', timeStyle: 'short' }),
                    })}
                  </time>
                  {v.savedBy && <> {t('plan.versions.by', { name: v.savedBy })}</>}
                </span>
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
