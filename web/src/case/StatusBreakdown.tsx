/**
 * Deadlines by status, for each rule or each school: a stacked bar chart (where a picture reads faster) and
 * the same numbers in a table, which is also the chart's text alternative and the keyboard's way in: a row's
 * name or any number opens the list of those deadlines. The chart is one image to assistive technology
 * (role="img" with a summary); its bars can be clicked with a mouse too.
 */
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useWideScreen } from './hooks';
import { deadlineStatusLabel } from './labels';
import { total } from './logic';
import { DEADLINE_STATUSES, type Counts, type DeadlineStatusCode } from './types';
import { useT } from '../i18n';

/** Bar colours: each at least 3:1 against the white chart (WCAG 1.4.11); the words and the table carry the meaning. */
export const STATUS_COLOURS: Record<DeadlineStatusCode, string> = {
  overdue: '#b42318',
  due_soon: '#b54708',
  delayed: '#6941c6',
  upcoming: '#175cd3',
  met_late: '#5d6679',
  met: '#067647',
};

export interface BreakdownRow {
  key: string;
  label: string;
  note?: string;
  counts: Counts;
}

/** "Annual review: Overdue 3, Due soon 2." for each row with deadlines: what the chart shows, in words. */
export function chartSummary(rows: readonly BreakdownRow[], statusLabel: (s: DeadlineStatusCode) => string): string {
  return rows
    .map((r) => {
      const parts = DEADLINE_STATUSES.filter((s) => r.counts[s] > 0).map((s) => `${statusLabel(s)} ${r.counts[s]}`);
      return `${r.label}: ${parts.join(', ')}.`;
    })
    .join(' ');
}

export function StatusBreakdown({
  title,
  headingId,
  rowHeader,
  rows,
  selected,
  onSelect,
}: {
  title: string;
  headingId: string;
  rowHeader: string;
  rows: BreakdownRow[];
  selected: { key: string | null; status: string | null };
  onSelect: (key: string, status: DeadlineStatusCode | null) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const statusLabel = (s: DeadlineStatusCode) => deadlineStatusLabel(intl, s);
  const shown = rows.filter((r) => total(r.counts) > 0);
  const summary = t('compliance.chart.summary', { title, details: chartSummary(shown, statusLabel) });

  return (
    <section className="card breakdown" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {shown.length === 0 ? (
        <p className="empty">{t('compliance.chart.empty')}</p>
      ) : (
        <>
          <BreakdownChart rows={shown} summary={summary} onSelect={onSelect} />
          {/* The caption is read with the table; shown above the scrolling box so that it is not cut on a phone. */}
          <p className="hint breakdown-hint" aria-hidden="true">
            {t('compliance.table.caption', { title })}
          </p>
          <BreakdownTable title={title} rowHeader={rowHeader} rows={shown} selected={selected} onSelect={onSelect} />
        </>
      )}
    </section>
  );
}

type OnSelect = (key: string, status: DeadlineStatusCode | null) => void;

/** The stacked bars (an image whose words are `summary`; the table below holds the same numbers). */
function BreakdownChart({ rows, summary, onSelect }: { rows: BreakdownRow[]; summary: string; onSelect: OnSelect }) {
  const intl = useIntl();
  const wide = useWideScreen();
  const statusLabel = (s: DeadlineStatusCode) => deadlineStatusLabel(intl, s);
  const data = rows.map((r) => ({ key: r.key, label: r.label, ...r.counts }));
  const height = Math.max(140, 72 + rows.length * (wide ? 40 : 62));
  return (
    <div className="chart" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
          accessibilityLayer={false}
          barCategoryGap="22%"
        >
          <CartesianGrid horizontal={false} stroke="#d3d9e1" />
          <XAxis type="number" allowDecimals={false} tick={{ fill: '#1b2430', fontSize: 12 }} stroke="#8a95a5" />
          <YAxis
            type="category"
            dataKey="label"
            width={wide ? 220 : 112}
            tick={{ fill: '#1b2430', fontSize: 12 }}
            stroke="#8a95a5"
            interval={0}
          />
          <Tooltip cursor={{ fill: 'rgb(11 87 164 / 8%)' }} isAnimationActive={false} />
          <Legend
            wrapperStyle={{ fontSize: 13, color: '#1b2430' }}
            itemSorter={(item) => DEADLINE_STATUSES.indexOf(item.dataKey as DeadlineStatusCode)}
          />
          {DEADLINE_STATUSES.map((s) => (
            <Bar
              key={s}
              dataKey={s}
              name={statusLabel(s)}
              stackId="status"
              maxBarSize={28}
              fill={STATUS_COLOURS[s]}
              stroke="#ffffff"
              strokeWidth={1}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(entry) => {
                const key = (entry as { payload?: { key?: string } }).payload?.key;
                if (key) onSelect(key, s);
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The numbers by row and status; each count a button that shows those students. */
function BreakdownTable({
  title,
  rowHeader,
  rows: shown,
  selected,
  onSelect,
}: {
  title: string;
  rowHeader: string;
  rows: BreakdownRow[];
  selected: { key: string | null; status: string | null };
  onSelect: OnSelect;
}) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const statusLabel = (s: DeadlineStatusCode) => deadlineStatusLabel(intl, s);
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="data-table breakdown-table">
        <caption id={`${id}-caption`} className="visually-hidden">
          {t('compliance.table.caption', { title })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {DEADLINE_STATUSES.map((s) => (
              <th scope="col" key={s} className="num">
                <span className="legend-swatch" style={{ background: STATUS_COLOURS[s] }} aria-hidden="true" />
                {statusLabel(s)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('compliance.table.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.key} className={selected.key === r.key ? 'is-selected' : undefined} data-testid="breakdown-row">
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={selected.key === r.key && !selected.status}
                  onClick={() => onSelect(r.key, null)}
                >
                  {r.label}
                </button>
                {r.note && <span className="citation">{r.note}</span>}
              </th>
              {DEADLINE_STATUSES.map((s) => (
                <td key={s} className="num">
                  {r.counts[s] > 0 ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={selected.key === r.key && selected.status === s}
                      onClick={() => onSelect(r.key, s)}
                    >
                      {intl.formatNumber(r.counts[s])}
                      <span className="visually-hidden">
                        {' '}
                        {t('compliance.table.cellContext', { status: statusLabel(s), name: r.label })}
                      </span>
                    </button>
                  ) : (
                    <span className="muted">0</span>
                  )}
                </td>
              ))}
              <td className="num">{intl.formatNumber(total(r.counts))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
