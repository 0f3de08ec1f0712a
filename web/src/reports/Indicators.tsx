/** The SPP/APR indicators 11, 12 and 13: each a big number with what it counts, who is left out and why, and its CSV. */
import { useIntl } from 'react-intl';
import { reportingWindow } from '../../../src/domain/indicators';
import { indicatorExplanation, indicatorReasonLabel, indicatorTitle } from '../case/labels';
import { percentValue } from '../case/logic';
import type { ComplianceSummary } from '../case/types';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';

type Indicator = ComplianceSummary['indicators'][number];

export function Indicators({ summary: s }: { summary: ComplianceSummary }) {
  const t = useT();
  const intl = useIntl();
  return (
    <section aria-labelledby="indicators-heading" className="record-section">
      <h2 id="indicators-heading">{t('compliance.indicators.title')}</h2>
      <p className="hint">{t('compliance.indicators.intro')}</p>
      <ul className="indicator-list">
        {s.indicators.map((ind) => {
          const pct = percentValue(ind);
          return (
            <li key={ind.id} className="card indicator" data-testid={`indicator-${ind.id}`}>
              <h3 className="indicator-title" id={`indicator-${ind.id}-title`}>
                {indicatorTitle(intl, ind.id)}
              </h3>
              <p className={pct === null ? 'indicator-value indicator-value-none' : 'indicator-value'}>
                {pct === null
                  ? t('compliance.indicator.none')
                  : intl.formatNumber(pct / 100, { style: 'percent', maximumFractionDigits: 1 })}
              </p>
              <p className="indicator-fraction">
                {t('compliance.indicator.fraction', { numerator: ind.numerator, denominator: ind.denominator })}
              </p>
              <p className="indicator-explain">{indicatorExplanation(intl, ind.id)}</p>
              <IndicatorDetails indicator={ind} canDownload={s.abilities.downloadReports} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const INDICATOR_CSV: Record<Indicator['id'], string> = {
  spp11: 'indicator-11',
  spp12: 'indicator-12',
  spp13: 'indicator-13',
};

/** An indicator's period, the children left out of it by reason, those not counted yet, and (for those allowed) its CSV. */
function IndicatorDetails({ indicator: ind, canDownload }: { indicator: Indicator; canDownload: boolean }) {
  const t = useT();
  const intl = useIntl();
  const window = ind.schoolYear ? reportingWindow(ind.schoolYear) : null;
  const headingId = `indicator-${ind.id}-excluded`;
  const left = ind.excluded.reduce((n, e) => n + e.children, 0);
  return (
    <div className="indicator-details">
      <p className="indicator-period">
        {window
          ? t('indicators.schoolYear', {
              start: formatIsoDate(intl, window.start),
              end: formatIsoDate(intl, window.end),
            })
          : t('indicators.asOfToday')}
      </p>
      {ind.id !== 'spp13' && (
        <>
          <h4 id={headingId} className="indicator-excluded-title">
            {t('indicators.excluded.title')}
          </h4>
          {left === 0 ? (
            <p className="indicator-excluded-none">{t('indicators.excluded.none')}</p>
          ) : (
            <ul className="indicator-excluded" aria-labelledby={headingId}>
              {ind.excluded.map((e) => (
                <li key={e.reason}>
                  {t('indicators.excluded.item', { count: e.children, reason: indicatorReasonLabel(intl, e.reason) })}
                  {e.citation && <span className="citation"> ({e.citation})</span>}
                </li>
              ))}
            </ul>
          )}
          {ind.pending > 0 && <p className="indicator-pending">{t('indicators.pending', { count: ind.pending })}</p>}
        </>
      )}
      {canDownload && (
        <p>
          <a
            href={`/api/v1/reports/${INDICATOR_CSV[ind.id]}.csv${ind.schoolYear ? `?schoolYear=${ind.schoolYear}` : ''}`}
            download
            type="text/csv"
          >
            {t('indicators.download', { number: ind.id.replace('spp', '') })}
          </a>
        </p>
      )}
    </div>
  );
}
