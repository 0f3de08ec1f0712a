/**
 * The district compliance dashboard (district administrators: the district; principals: their schools):
 * SPP/APR indicators 11, 12 and 13 as big numbers with what they count; deadlines by status for each rule and
 * each school, as charts and tables; and a drill-down — a school, a rule, a status — to the list of those
 * deadlines, each a link to its student. The choices live in the address (?schoolId=&rule=&status=), so
 * Back undoes them and a view can be shared. Anyone else gets the API's answer: not found.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { isAbort, isApiError, listSchools } from '../api';
import { complianceSummary, listDeadlines } from '../case/api';
import { indicatorExplanation, indicatorReasonLabel, indicatorTitle, ruleLabel } from '../case/labels';
import { reportingWindow } from '../../../src/domain/indicators';
import { distance, drillStatuses, percentValue, total } from '../case/logic';
import { DEADLINE_STATUSES, type ComplianceSummary, type DeadlineItem, type DeadlineStatusCode } from '../case/types';
import { DeadlineBadge } from '../case/DeadlineBadge';
import { StatusBreakdown, type BreakdownRow } from '../case/StatusBreakdown';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { useUser } from '../session';
import type { School } from '../types';
import { FederalReportsCard } from './FederalReportsCard';

type Load<T> =
  { phase: 'loading' } | { phase: 'notFound' } | { phase: 'error'; error: unknown } | { phase: 'ready'; value: T };

const DRILL_LIMIT = 200;

export default function CompliancePage() {
  const t = useT();
  const intl = useIntl();
  const user = useUser();
  const title = t('compliance.title');
  useDocumentTitle(title);
  const [params, setParams] = useSearchParams();
  const schoolId = params.get('schoolId');
  const rule = params.get('rule');
  const status = params.get('status');

  const [summary, setSummary] = useState<Load<ComplianceSummary>>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [schools, setSchools] = useState<School[]>([]);
  // A principal's own schools: those the unfiltered summary covers (the district's list has others).
  const [ownSchools, setOwnSchools] = useState<{ id: string; name: string }[] | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setSummary((s) => (s.phase === 'ready' ? s : { phase: 'loading' }));
    complianceSummary(schoolId, controller.signal).then(
      (value) => {
        setSummary({ phase: 'ready', value });
        if (!schoolId) setOwnSchools(value.bySchool.map((x) => ({ id: x.schoolId, name: x.schoolName })));
      },
      (error: unknown) => {
        if (isAbort(error)) return;
        setSummary(
          isApiError(error) && (error.status === 404 || error.status === 403)
            ? { phase: 'notFound' }
            : { phase: 'error', error },
        );
      },
    );
    return () => controller.abort();
  }, [schoolId, attempt]);

  // The whole district (an administrator) or one's own schools (a principal): the server says which.
  const isAdmin = user.abilities.viewCompliance === 'district';
  useEffect(() => {
    if (!isAdmin) return;
    const controller = new AbortController();
    listSchools(controller.signal).then(setSchools, () => setSchools([]));
    return () => controller.abort();
  }, [isAdmin]);

  const choose = (next: { schoolId?: string | null; rule?: string | null; status?: string | null }) => {
    const merged = { schoolId, rule, status, ...next };
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(merged)) if (v) p.set(k, v);
    setParams(p);
  };

  if (summary.phase === 'notFound') {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <p>{t('compliance.notAvailable')}</p>
      </>
    );
  }

  const s = summary.phase === 'ready' ? summary.value : null;
  const schoolOptions =
    isAdmin && schools.length
      ? schools.map((x) => ({ id: x.id, name: x.name }))
      : (ownSchools ?? s?.bySchool.map((x) => ({ id: x.schoolId, name: x.schoolName })) ?? []);
  const schoolName = (id: string) =>
    schoolOptions.find((x) => x.id === id)?.name ?? s?.bySchool.find((x) => x.schoolId === id)?.schoolName ?? id;
  const scopeText = isAdmin ? t('compliance.scope.district') : t('compliance.scope.schools');

  const ruleRows: BreakdownRow[] = s
    ? s.byRule.map((r) => ({ key: r.rule, label: ruleLabel(intl, r.rule), note: r.citation, counts: r.counts }))
    : [];
  const schoolRows: BreakdownRow[] = s
    ? s.bySchool.map((r) => ({ key: r.schoolId, label: r.schoolName, counts: r.counts }))
    : [];

  return (
    <div className="compliance" aria-busy={summary.phase === 'loading'}>
      <PageHeading>{title}</PageHeading>
      <p className="lede">
        {scopeText} {s && t('compliance.asOf', { date: formatIsoDate(intl, s.asOf) })}
      </p>

      {(schoolOptions.length > 1 || schoolId) && (
        <form
          className="filters compliance-filters"
          role="search"
          aria-label={t('compliance.filter.label')}
          onSubmit={(e) => e.preventDefault()}
        >
          <div className="field">
            <label htmlFor="compliance-school">{t('compliance.filter.school')}</label>
            <select
              id="compliance-school"
              value={schoolId ?? ''}
              onChange={(e) => choose({ schoolId: e.target.value || null })}
            >
              <option value="">{isAdmin ? t('compliance.filter.allSchools') : t('compliance.filter.mySchools')}</option>
              {schoolOptions.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        </form>
      )}

      {summary.phase === 'loading' && (
        <p role="status" className="list-status">
          {t('compliance.loading')}
        </p>
      )}
      {summary.phase === 'error' && (
        <ErrorMessage error={summary.error} message={t('compliance.error')} onRetry={() => setAttempt((n) => n + 1)} />
      )}

      {s && (
        <>
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

          <section aria-labelledby="totals-heading" className="record-section">
            <h2 id="totals-heading">{t('compliance.totals.title')}</h2>
            <ul className="status-totals">
              {DEADLINE_STATUSES.map((st) => (
                <li key={st}>
                  <button
                    type="button"
                    className="status-total"
                    aria-pressed={status === st && !rule}
                    onClick={() => choose({ rule: null, status: st })}
                  >
                    <span className="status-total-count">{intl.formatNumber(s.totals[st])}</span>
                    <DeadlineBadge status={st} />
                  </button>
                </li>
              ))}
            </ul>
            <p className="hint">{t('compliance.totals.hint', { total: total(s.totals) })}</p>
          </section>

          <DrillDown
            schoolId={schoolId}
            rule={rule}
            status={status}
            schoolName={schoolName}
            onClear={(what) => choose(what)}
          />

          <div className="breakdowns">
            <StatusBreakdown
              title={
                schoolId
                  ? t('compliance.byRule.titleSchool', { school: schoolName(schoolId) })
                  : t('compliance.byRule.title')
              }
              headingId="by-rule-heading"
              rowHeader={t('compliance.byRule.column')}
              rows={ruleRows}
              selected={{ key: rule, status }}
              onSelect={(key, st) => choose({ rule: key, status: st })}
            />
            <StatusBreakdown
              title={t('compliance.bySchool.title')}
              headingId="by-school-heading"
              rowHeader={t('compliance.bySchool.column')}
              rows={schoolRows}
              selected={{ key: schoolId, status: rule ? null : status }}
              onSelect={(key, st) => choose({ schoolId: key, rule: null, status: st })}
            />
          </div>

          {s.abilities.downloadReports && <FederalReportsCard today={s.asOf} />}
        </>
      )}
    </div>
  );
}

const INDICATOR_CSV: Record<ComplianceSummary['indicators'][number]['id'], string> = {
  spp11: 'indicator-11',
  spp12: 'indicator-12',
  spp13: 'indicator-13',
};

/** An indicator's period, the children left out of it by reason, those not counted yet, and (for those allowed) its CSV. */
function IndicatorDetails({
  indicator: ind,
  canDownload,
}: {
  indicator: ComplianceSummary['indicators'][number];
  canDownload: boolean;
}) {
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

/** The deadlines behind the chosen numbers, most urgent first, each a link to its student. */
function DrillDown({
  schoolId,
  rule,
  status,
  schoolName,
  onClear,
}: {
  schoolId: string | null;
  rule: string | null;
  status: string | null;
  schoolName: (id: string) => string;
  onClear: (what: { schoolId?: null; rule?: null; status?: null }) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const [state, setState] = useState<Load<{ asOf: string; data: DeadlineItem[] }>>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const active = Boolean(schoolId || rule || status);
  const statuses = useMemo(() => drillStatuses(status), [status]);

  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    setState({ phase: 'loading' });
    listDeadlines({ schoolId, rule, status: statuses, limit: DRILL_LIMIT }, controller.signal).then(
      (value) => setState({ phase: 'ready', value }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ phase: 'error', error });
      },
    );
    return () => controller.abort();
  }, [active, schoolId, rule, statuses, attempt]);

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

  const chips: { key: 'schoolId' | 'rule' | 'status'; text: string }[] = [];
  if (schoolId) chips.push({ key: 'schoolId', text: t('compliance.drill.school', { school: schoolName(schoolId) }) });
  if (rule) chips.push({ key: 'rule', text: t('compliance.drill.rule', { rule: ruleLabel(intl, rule) }) });
  if (status && (DEADLINE_STATUSES as readonly string[]).includes(status))
    chips.push({
      key: 'status',
      text: t('compliance.drill.status', { status: t(`deadline.status.${status as DeadlineStatusCode}`) }),
    });
  const items = state.phase === 'ready' ? state.value.data : [];

  return (
    <section className="card drill-down" aria-labelledby="drill-heading" aria-busy={state.phase === 'loading'}>
      <h2 id="drill-heading" ref={heading} tabIndex={-1}>
        {t('compliance.drill.title')}
      </h2>
      <ul className="drill-chips" aria-label={t('compliance.drill.filters')}>
        {chips.map((c) => (
          <li key={c.key}>
            <span>{c.text}</span>
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => onClear({ [c.key]: null })}
            >
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
      {state.phase === 'loading' && <p className="list-status">{t('compliance.drill.loading')}</p>}
      {state.phase === 'error' && (
        <ErrorMessage
          error={state.error}
          message={t('compliance.drill.error')}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      )}
      {state.phase === 'ready' && (
        <p role="status" className="list-status">
          {items.length >= DRILL_LIMIT
            ? t('compliance.drill.countMore', { count: items.length })
            : t('compliance.drill.count', { count: items.length })}
        </p>
      )}
      {items.length > 0 && (
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
      )}
    </section>
  );
}
