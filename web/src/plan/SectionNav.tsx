/** The list of sections (left on a desktop, above on a phone); each link moves focus to its section, with its error count. */
import { useIntl } from 'react-intl';
import { useT } from '../i18n';
import { planSectionLabel } from '../labels';
import { focusPath, sectionHeadingId } from './sections';
import type { SectionKey } from '../types';

export function SectionNav({
  sections,
  errorCounts,
  dirty,
}: {
  sections: readonly SectionKey[];
  errorCounts: ReadonlyMap<string, number>;
  dirty: readonly SectionKey[];
}) {
  const t = useT();
  const intl = useIntl();
  return (
    <nav className="plan-nav no-print" aria-label={t('plan.nav.label')}>
      <p className="plan-nav-title" aria-hidden="true">
        {t('plan.nav.title')}
      </p>
      <ol>
        {sections.map((s) => {
          const count = errorCounts.get(s) ?? 0;
          return (
            <li key={s}>
              <a
                href={`#${sectionHeadingId(s)}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusPath(s);
                }}
              >
                <span className="plan-nav-label">
                  {planSectionLabel(intl, s)}
                  {dirty.includes(s) && (
                    <span className="plan-nav-dirty">
                      <span aria-hidden="true"> •</span>
                      <span className="visually-hidden"> ({t('plan.save.pending')})</span>
                    </span>
                  )}
                </span>
                {count > 0 && <span className="plan-nav-count">{t('plan.findings.navCount', { count })}</span>}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
