/** The deadlines behind the numbers chosen on the compliance dashboard (a school, a rule, a status), most urgent first. */
import { useEffect, useMemo, useRef } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { caseKeys, listDeadlines } from '../case/api';
import { ruleLabel } from '../case/labels';
import { distance, drillStatuses } from '../case/logic';
import { DEADLINE_STATUSES, type DeadlineItem, type DeadlineStatusCode } from '../case/types';
import { DeadlineBadge } from '../case/DeadlineBadge';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApiQuery } from '../ui/query';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';

const DRILL_LIMIT = 200;

/** The deadlines behind the chosen numbers, most urgent first, each a link to its student. */
interface DrillDownProps {
  schoolId: string | null;
  rule: string | null;
  status: string | null;
  schoolName: (id: string) => string;
  onClear: (what: { schoolId?: null; rule?: null; status?: null }) => void;
}

export function DrillDown({ schoolId, rule, status, schoolName, onClear }: DrillDownProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const active = Boolean(schoolId || rule || status);
  const statuses = useMemo(() => drillStatuses(status), [status]);
  const query = { schoolId, rule, status: statuses, limit: DRILL_LIMIT };
  const drill = useApiQuery(caseKeys.deadlines(query), (signal) => listDeadlines(query, signal), { enabled: active });

  // A new choice moves focus to the list it opened (it may be further down the page).
  const choice = `${schoolId}|${rule}|${status}`;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (active) heading.current?.focus();
  }, [choice, active]);

  if (!active) return null;

  const items = drill.data?.data ?? [];

  return (
    <section className="card drill-down" aria-labelledby="drill-heading" aria-busy={drill.isPending}>
      <h2 id="drill-heading" ref={heading} tabIndex={-1}>
        {t('compliance.drill.title')}
      </h2>
      <DrillChips schoolId={schoolId} rule={rule} status={status} schoolName={schoolName} onClear={onClear} />
      {drill.isPending && <p className="list-status">{t('compliance.drill.loading')}</p>}
      {drill.isError && (
        <ErrorMessage error={drill.error} message={t('compliance.drill.error')} onRetry={() => void drill.refetch()} />
      )}
      {drill.data && (
        <p role="status" className="list-status">
          {items.length >= DRILL_LIMIT
            ? t('compliance.drill.countMore', { count: items.length })
            : t('compliance.drill.count', { count: items.length })}
        </p>
      )}
      {items.length > 0 && <DrillTable items={items} />}
    </section>
  );
}

/** What the drill-down is filtered by, each with its Remove button, and Clear all. */
function DrillChips({ schoolId, rule, status, schoolName, onClear }: DrillDownProps) {
  const t = useT();
  const intl = useIntl();
  const chips: { key: 'schoolId' | 'rule' | 'status'; text: string }[] = [];
  if (schoolId) chips.push({ key: 'schoolId', text: t('compliance.drill.school', { school: schoolName(schoolId) }) });
  if (rule) chips.push({ key: 'rule', text: t('compliance.drill.rule', { rule: ruleLabel(intl, rule) }) });
  if (status && (DEADLINE_STATUSES as readonly string[]).includes(status))
    chips.push({
      key: 'status',
      text: t('compliance.drill.status', { status: t(`deadline.status.${status as DeadlineStatusCode}`) }),
    });
  return (
    <ul className="drill-chips" aria-label={t('compliance.drill.filters')}>
      {chips.map((c) => (
        <li key={c.key}>
          <span>{c.text}</span>
          <button type="button" className="button button-quiet button-small" onClick={() => onClear({ [c.key]: null })}>
            {t('compliance.drill.remove')}
            <span className="visually-hidden"> {c.text}</span>
          </button>
        </li>
      ))}
      <li>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onClear({ schoolId: null, rule: null, status: null })}
        >
          {t('compliance.drill.clear')}
        </button>
      </li>
    </ul>
  );
}

/** The drilled-down deadlines, each a link to its student's case clock. */
function DrillTable({ items }: { items: DeadlineItem[] }) {
  const t = useT();
  const intl = useIntl();
  return (
    <table className="data-table stacked drill-table">
      <caption className="visually-hidden">{t('compliance.drill.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compliance.drill.column.student')}</th>
          <th scope="col">{t('compliance.drill.column.deadline')}</th>
          <th scope="col">{t('compliance.drill.column.due')}</th>
          <th scope="col">{t('compliance.drill.column.status')}</th>
          <th scope="col">{t('compliance.drill.column.school')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const d = distance(item);
          return (
            <tr key={item.id} data-testid="drill-row">
              <th scope="row" className="cell-title">
                <Link
                  to={`/students/${encodeURIComponent(item.studentId)}#case`}
                  state={{ from: `/compliance${window.location.search}` }}
                >
                  {item.studentName}
                </Link>
              </th>
              <td>
                <span className="cell-label" aria-hidden="true">
                  {t('compliance.drill.column.deadline')}
                </span>
                <span>
                  {ruleLabel(intl, item.rule)}
                  <span className="citation">{item.citation}</span>
                </span>
              </td>
              <td>
                <span className="cell-label" aria-hidden="true">
                  {t('compliance.drill.column.due')}
                </span>
                <span>
                  <time dateTime={item.due}>{formatIsoDate(intl, item.due)}</time>
                  <span className="cell-note">{t(d.key, { days: d.days })}</span>
                </span>
              </td>
              <td>
                <span className="cell-label" aria-hidden="true">
                  {t('compliance.drill.column.status')}
                </span>
                <DeadlineBadge status={item.status} />
              </td>
              <td>
                <span className="cell-label" aria-hidden="true">
                  {t('compliance.drill.column.school')}
                </span>
                <span>{item.schoolName}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
