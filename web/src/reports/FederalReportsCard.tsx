/**
 * The federal reports as CSV downloads (IDEA Section 618 child count, educational environments and exiting; the
 * SPP/APR summary and each indicator child by child), for the count date or the reporting year chosen. Shown when
 * the server says the caller may download them (the summary's abilities). The server does the counting.
 */
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { defaultCountDate, isReportKind, YEAR_REPORT_KINDS, type ReportKind } from '../../../src/domain/reports';
import { reportingWindow, schoolYearOf } from '../../../src/domain/indicators';
import { isIsoDate } from '../../../src/domain/dates';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { getDistrictSettings, settingsKeys } from '../settings/api';
import { useApiQuery } from '../ui/query';

type LabelKey =
  | 'reports.childCount'
  | 'reports.environments'
  | 'reports.spp'
  | 'reports.indicator5'
  | 'reports.indicator11'
  | 'reports.indicator12'
  | 'reports.indicator13'
  | 'reports.exiting';

const LABEL_KEY: Record<ReportKind, LabelKey> = {
  'child-count': 'reports.childCount',
  environments: 'reports.environments',
  spp: 'reports.spp',
  'indicator-5': 'reports.indicator5',
  'indicator-13': 'reports.indicator13',
  'indicator-11': 'reports.indicator11',
  'indicator-12': 'reports.indicator12',
  exiting: 'reports.exiting',
};

const ON_COUNT_DATE: readonly ReportKind[] = ['child-count', 'environments', 'spp', 'indicator-5', 'indicator-13'];

/** The CSV's address: a count date for the 618 counts and indicator 5, a reporting year for 11, 12 and exiting. */
export function reportUrl(kind: string, choice: { date?: string; schoolYear?: string }): string {
  const k = isReportKind(kind) ? kind : 'child-count';
  const base = `/api/v1/reports/${k}.csv`;
  if (YEAR_REPORT_KINDS.includes(k))
    return choice.schoolYear && reportingWindow(choice.schoolYear) ? `${base}?schoolYear=${choice.schoolYear}` : base;
  if (k === 'indicator-13') return base;
  return choice.date && isIsoDate(choice.date) ? `${base}?date=${choice.date}` : base;
}

/** The reporting years offered: the one today falls in and the four before it, the last completed first. */
export function schoolYearChoices(today: string): string[] {
  const current = Number(schoolYearOf(today).slice(0, 4));
  return [current - 1, current, current - 2, current - 3, current - 4].map((y) => `${y}-${y + 1}`);
}

export function FederalReportsCard({ today }: { today: string }) {
  const t = useT();
  return (
    <section
      className="card record-section federal-reports"
      aria-labelledby="federal-reports-heading"
      data-testid="federal-reports"
    >
      <h2 id="federal-reports-heading">{t('reports.title')}</h2>
      <p className="hint">{t('reports.intro')}</p>
      <div className="federal-reports-groups">
        <CountDateReports today={today} />
        <YearReports today={today} />
      </div>
    </section>
  );
}

/** The reports taken on a count date: the district's (District settings, 34 CFR 300.641(a)) unless one is typed. */
function CountDateReports({ today }: { today: string }) {
  const t = useT();
  const intl = useIntl();
  // The district's count date is the default once known; a date typed meanwhile stays.
  const settings = useApiQuery(settingsKeys.district, (signal) => getDistrictSettings(signal));
  const districtDate = settings.data?.childCountDate.current ?? null;
  const [typed, setDate] = useState<string | null>(null);
  const date = typed ?? districtDate ?? defaultCountDate(today);
  return (
    <div>
      <h3>{t('reports.onCountDate')}</h3>
      <div className="field">
        <label htmlFor="federal-reports-date">{t('reports.date')}</label>
        <input
          id="federal-reports-date"
          type="date"
          value={date}
          aria-describedby="federal-reports-date-hint"
          onChange={(e) => setDate(e.target.value)}
        />
        <p className="hint" id="federal-reports-date-hint">
          {districtDate
            ? t('settings.reports.districtDate', { date: formatIsoDate(intl, districtDate) })
            : t('reports.dateHint')}
        </p>
      </div>
      <ul>
        {ON_COUNT_DATE.map((kind) => (
          <li key={kind}>
            <a href={reportUrl(kind, { date })} download type="text/csv">
              {t(LABEL_KEY[kind])}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The reports for a school year (indicators 11 and 12, exiting), the latest year first. */
function YearReports({ today }: { today: string }) {
  const t = useT();
  const intl = useIntl();
  const years = schoolYearChoices(today);
  const [schoolYear, setSchoolYear] = useState(() => {
    const latest = years[0];
    if (latest === undefined) throw new Error('No reporting year to offer');
    return latest;
  });
  const yearLabel = (y: string) => {
    const w = reportingWindow(y);
    if (!w) throw new Error(`Not a school year: ${y}`);
    return t('reports.schoolYearOption', { start: formatIsoDate(intl, w.start), end: formatIsoDate(intl, w.end) });
  };
  return (
    <div>
      <h3>{t('reports.forYear')}</h3>
      <div className="field">
        <label htmlFor="federal-reports-year">{t('reports.schoolYear')}</label>
        <select
          id="federal-reports-year"
          value={schoolYear}
          aria-describedby="federal-reports-year-hint"
          onChange={(e) => setSchoolYear(e.target.value)}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {yearLabel(y)}
            </option>
          ))}
        </select>
        <p className="hint" id="federal-reports-year-hint">
          {t('reports.schoolYearHint')}
        </p>
      </div>
      <ul>
        {YEAR_REPORT_KINDS.map((kind) => (
          <li key={kind}>
            <a href={reportUrl(kind, { schoolYear })} download type="text/csv">
              {t(LABEL_KEY[kind])}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
