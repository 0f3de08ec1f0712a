/**
 * A section someone else saved while this person was editing it: their version and this person's side by
 * side (stacked on a phone), and a choice. Nothing is overwritten until the person chooses. Focus moves
 * to the heading when the form under the person's hands is replaced by this screen.
 */
import { useEffect, useId, useRef } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n';
import { planSectionLabel } from '../labels';
import type { Conflict } from './autosave';
import { sameJson } from './sections';
import type { AllSections, SectionKey } from '../types';
import { SectionRead } from './ReadView';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** For a section that is one record: the fields that differ (so the comparison shows only those). */
function differingKeys(theirs: unknown, mine: unknown): Set<string> | undefined {
  if (!isRecord(theirs) || !isRecord(mine)) return undefined;
  const keys = new Set([...Object.keys(theirs), ...Object.keys(mine)]);
  const out = new Set([...keys].filter((k) => !sameJson(theirs[k], mine[k])));
  return out.size ? out : undefined;
}

export function Reconcile({
  conflict,
  onChoose,
}: {
  conflict: Conflict;
  onChoose: (choice: 'mine' | 'theirs') => void;
}) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const section: SectionKey = conflict.section;
  const only = differingKeys(conflict.theirs, conflict.mine);

  useEffect(() => {
    const active = document.activeElement;
    const container = heading.current?.closest('.plan-section');
    if (!active || active === document.body || (container && container.contains(active))) heading.current?.focus();
  }, []);

  return (
    <div className="reconcile" role="group" aria-labelledby={`${id}-title`} data-testid="reconcile">
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('plan.conflict.title', { section: planSectionLabel(intl, section) })}
      </h3>
      <p>{t('plan.conflict.intro')}</p>
      {only && <p className="muted">{t('plan.conflict.onlyDiffs')}</p>}
      <div className="reconcile-columns">
        <section className="reconcile-version reconcile-theirs" aria-labelledby={`${id}-theirs`}>
          <h4 id={`${id}-theirs`}>{t('plan.conflict.theirs')}</h4>
          {conflict.theirs === undefined ? null : (
            <SectionRead
              section={section}
              value={conflict.theirs as AllSections[SectionKey]}
              heading="h5"
              onlyKeys={only}
            />
          )}
        </section>
        <section className="reconcile-version reconcile-mine" aria-labelledby={`${id}-mine`}>
          <h4 id={`${id}-mine`}>{t('plan.conflict.mine')}</h4>
          {conflict.mine === undefined ? null : (
            <SectionRead
              section={section}
              value={conflict.mine as AllSections[SectionKey]}
              heading="h5"
              onlyKeys={only}
            />
          )}
        </section>
      </div>
      <div className="reconcile-actions">
        <button type="button" className="button button-primary" onClick={() => onChoose('mine')}>
          {t('plan.conflict.keepMine')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onChoose('theirs')}>
          {t('plan.conflict.useTheirs')}
        </button>
      </div>
    </div>
  );
}
