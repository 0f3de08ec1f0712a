/** The findings (what the plan still lacks, src/domain/plan-rules.ts): a summary at the top, and each beside its section. */
import { useIntl } from 'react-intl';
import { useT } from '../i18n';
import { findingMessage, planSectionLabel } from '../labels';
import { focusPath, sectionHeadingId } from './sections';
import type { Finding, SectionKey } from '../types';

function FindingItem({ finding: f }: { finding: Finding }) {
  const t = useT();
  const intl = useIntl();
  return (
    <li className={`finding finding-${f.severity}`} data-testid="finding">
      <span className={`badge badge-${f.severity}`}>{t(`plan.findings.severity.${f.severity}`)}</span>{' '}
      <a
        href={`#${f.path}`}
        onClick={(e) => {
          e.preventDefault();
          focusPath(f.path);
        }}
      >
        {findingMessage(intl, f)}
      </a>{' '}
      <span className="citation">{f.citation}</span>
    </li>
  );
}

/** Beside a section: its findings, errors first. */
export function SectionFindings({
  section,
  findings,
  loading,
}: {
  section: SectionKey;
  findings: readonly Finding[];
  loading: boolean;
}) {
  const t = useT();
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const headingId = `findings-${section}`;
  return (
    <aside className="section-findings" aria-labelledby={headingId} aria-busy={loading}>
      <h3 id={headingId} className="section-findings-title">
        {t('plan.findings.section')}
      </h3>
      {sorted.length === 0 ? (
        <p className="finding-none">
          <span aria-hidden="true">✓ </span>
          {t('plan.findings.sectionNone')}
        </p>
      ) : (
        <ul className="findings">
          {sorted.map((f, i) => (
            <FindingItem key={`${f.rule}-${f.path}-${i}`} finding={f} />
          ))}
        </ul>
      )}
    </aside>
  );
}

/** At the top: how many errors and warnings, and which sections have errors. */
export function FindingsSummary({
  findings,
  phase,
  sections,
}: {
  findings: readonly Finding[];
  phase: 'loading' | 'ready' | 'error';
  sections: readonly SectionKey[];
}) {
  const t = useT();
  const intl = useIntl();
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.length - errors.length;
  const withErrors = sections
    .map((s) => ({
      section: s,
      count: errors.filter((f) => f.path === s || f.path.startsWith(`${s}.`) || f.path.startsWith(`${s}[`)).length,
    }))
    .filter((x) => x.count > 0);
  return (
    <section
      className="findings-summary card"
      aria-labelledby="findings-summary-heading"
      aria-busy={phase === 'loading'}
    >
      <h2 id="findings-summary-heading">{t('plan.findings.title')}</h2>
      {phase === 'error' && <p className="notice notice-error">{t('plan.findings.loadError')}</p>}
      <p className="findings-count" data-testid="findings-count">
        <strong>{t('plan.findings.summary', { errors: errors.length, warnings })}</strong>
      </p>
      {findings.length === 0 && phase === 'ready' ? (
        <p>{t('plan.findings.none')}</p>
      ) : (
        <>
          <p className="muted">{t('plan.findings.intro')}</p>
          {withErrors.length > 0 && (
            <ul className="findings-sections">
              {withErrors.map(({ section, count }) => (
                <li key={section}>
                  <a
                    href={`#${sectionHeadingId(section)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      focusPath(section);
                    }}
                  >
                    {planSectionLabel(intl, section)}
                  </a>{' '}
                  <span className="muted">({t('plan.findings.navCount', { count })})</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
