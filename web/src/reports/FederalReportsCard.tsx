/**
 * District administrators: the federal reports as CSV downloads (IDEA Section 618 child count and educational
 * environments, SPP/APR indicators), with the count date to make them for. The server does the counting.
 */
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { defaultCountDate, isReportKind, REPORT_KINDS, type ReportKind } from '../../../src/domain/reports';
import { isIsoDate } from '../../../src/domain/dates';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { getDistrictSettings } from '../settings/api';

const LABEL_KEY: Record<ReportKind, 'reports.childCount' | 'reports.environments' | 'reports.spp'> = {
  'child-count': 'reports.childCount',
  environments: 'reports.environments',
  spp: 'reports.spp',
};

export function reportUrl(kind: string, date: string): string {
  const base = `/api/v1/reports/${isReportKind(kind) ? kind : 'child-count'}.csv`;
  return isIsoDate(date) ? `${base}?date=${date}` : base;
}

export function FederalReportsCard({ today }: { today: string }) {
  const t = useT();
  const intl = useIntl();
  const [date, setDate] = useState(() => defaultCountDate(today));
  // The district's count date (District settings, 34 CFR 300.641(a)) is the default once known; a date typed meanwhile stays.
  const [districtDate, setDistrictDate] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    getDistrictSettings(controller.signal).then(
      (s) => {
        setDistrictDate(s.childCountDate.current);
        setDate((d) => (d === defaultCountDate(today) ? s.childCountDate.current : d));
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [today]);
  return (
    <section className="card record-section federal-reports" aria-labelledby="federal-reports-heading" data-testid="federal-reports">
      <h2 id="federal-reports-heading">{t('reports.title')}</h2>
      <p className="hint">{t('reports.intro')}</p>
      <div className="field">
        <label htmlFor="federal-reports-date">{t('reports.date')}</label>
        <input id="federal-reports-date" type="date" value={date} aria-describedby="federal-reports-date-hint" onChange={(e) => setDate(e.target.value)} />
        <p className="hint" id="federal-reports-date-hint">
          {districtDate ? t('settings.reports.districtDate', { date: formatIsoDate(intl, districtDate) }) : t('reports.dateHint')}
        </p>
      </div>
      <ul>
        {REPORT_KINDS.map((kind) => (
          <li key={kind}>
            <a href={reportUrl(kind, date)} download type="text/csv">
              {t(LABEL_KEY[kind])}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
