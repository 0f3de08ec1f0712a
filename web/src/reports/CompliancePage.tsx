/**
 * The district compliance dashboard (district administrators: the district; principals: their schools):
 * SPP/APR indicators 11, 12 and 13 as big numbers with what they count; deadlines by status for each rule and
 * each school, as charts and tables; and a drill-down — a school, a rule, a status — to the list of those
 * deadlines, each a link to its student. The choices live in the address (?schoolId=&rule=&status=), so
 * Back undoes them and a view can be shared. Anyone else gets the API's answer: not found.
 */
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { isApiError, listSchools } from '../api';
import { caseKeys, complianceSummary } from '../case/api';
import { ruleLabel } from '../case/labels';
import { total } from '../case/logic';
import { DEADLINE_STATUSES, type ComplianceSummary, type DeadlineStatusCode } from '../case/types';
import { DeadlineBadge } from '../case/DeadlineBadge';
import { StatusBreakdown, type BreakdownRow } from '../case/StatusBreakdown';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { useApiQuery } from '../ui/query';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { useUser } from '../session';
import { DrillDown } from './DrillDown';
import { FederalReportsCard } from './FederalReportsCard';
import { Indicators } from './Indicators';

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

  // Choosing a school keeps the last numbers on screen until the school's arrive.
  const summary = useApiQuery(caseKeys.compliance(schoolId), (signal) => complianceSummary(schoolId, signal), {
    keepPrevious: true,
  });
  // A principal's own schools: those the unfiltered summary covers (the district's list has others).
  const ownSchools = useOwnSchools(schoolId ? undefined : summary.isPlaceholderData ? undefined : summary.data);

  // The whole district (an administrator) or one's own schools (a principal): the server says which.
  const isAdmin = user.abilities.viewCompliance === 'district';
  const schoolsQuery = useApiQuery(['schools'], (signal) => listSchools(signal), { enabled: isAdmin });
  const schools = schoolsQuery.data ?? [];

  const choose: Choose = (next) => {
    const merged = { schoolId, rule, status, ...next };
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(merged)) if (v) p.set(k, v);
    setParams(p);
  };

  if (summary.isError && isApiError(summary.error) && (summary.error.status === 404 || summary.error.status === 403)) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <p>{t('compliance.notAvailable')}</p>
      </>
    );
  }

  const s = summary.data ?? null;
  const schoolOptions =
    isAdmin && schools.length
      ? schools.map((x) => ({ id: x.id, name: x.name }))
      : (ownSchools ?? s?.bySchool.map((x) => ({ id: x.schoolId, name: x.schoolName })) ?? []);
  const schoolName = (id: string) =>
    schoolOptions.find((x) => x.id === id)?.name ?? s?.bySchool.find((x) => x.schoolId === id)?.schoolName ?? id;
  const scopeText = isAdmin ? t('compliance.scope.district') : t('compliance.scope.schools');

  return (
    <div className="compliance" aria-busy={summary.isPending}>
      <PageHeading>{title}</PageHeading>
      <p className="lede">
        {scopeText} {s && t('compliance.asOf', { date: formatIsoDate(intl, s.asOf) })}
      </p>

      {(schoolOptions.length > 1 || schoolId) && (
        <SchoolFilter
          schoolId={schoolId}
          options={schoolOptions}
          allLabel={isAdmin ? t('compliance.filter.allSchools') : t('compliance.filter.mySchools')}
          onChoose={(id) => choose({ schoolId: id })}
        />
      )}

      {summary.isPending && (
        <p role="status" className="list-status">
          {t('compliance.loading')}
        </p>
      )}
      {summary.isError && (
        <ErrorMessage error={summary.error} message={t('compliance.error')} onRetry={() => void summary.refetch()} />
      )}

      {s && <Dashboard s={s} schoolId={schoolId} rule={rule} status={status} schoolName={schoolName} choose={choose} />}
    </div>
  );
}

type Choose = (next: { schoolId?: string | null; rule?: string | null; status?: string | null }) => void;

interface DashboardProps {
  s: ComplianceSummary;
  schoolId: string | null;
  rule: string | null;
  status: string | null;
  schoolName: (id: string) => string;
  choose: Choose;
}

/** The numbers: the indicators, the totals by status, the drill-down, the breakdowns and the federal reports. */
function Dashboard({ s, schoolId, rule, status, schoolName, choose }: DashboardProps) {
  return (
    <>
      <Indicators summary={s} />

      <StatusTotals
        totals={s.totals}
        selected={rule ? null : status}
        onChoose={(st) => choose({ rule: null, status: st })}
      />

      <DrillDown
        schoolId={schoolId}
        rule={rule}
        status={status}
        schoolName={schoolName}
        onClear={(what) => choose(what)}
      />

      <Breakdowns s={s} schoolId={schoolId} rule={rule} status={status} schoolName={schoolName} choose={choose} />

      {s.abilities.downloadReports && <FederalReportsCard today={s.asOf} />}
    </>
  );
}

/** The counts by rule and by school, each row and count choosing what the drill-down shows. */
function Breakdowns({
  s,
  schoolId,
  rule,
  status,
  schoolName,
  choose,
}: {
  s: ComplianceSummary;
  schoolId: string | null;
  rule: string | null;
  status: string | null;
  schoolName: (id: string) => string;
  choose: Choose;
}) {
  const t = useT();
  const intl = useIntl();
  const ruleRows: BreakdownRow[] = s.byRule.map((r) => ({
    key: r.rule,
    label: ruleLabel(intl, r.rule),
    note: r.citation,
    counts: r.counts,
  }));
  const schoolRows: BreakdownRow[] = s.bySchool.map((r) => ({
    key: r.schoolId,
    label: r.schoolName,
    counts: r.counts,
  }));
  return (
    <div className="breakdowns">
      <StatusBreakdown
        title={
          schoolId ? t('compliance.byRule.titleSchool', { school: schoolName(schoolId) }) : t('compliance.byRule.title')
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
  );
}

/** The schools of the last unfiltered summary (kept while a school is chosen): a principal's own schools. */
function useOwnSchools(unfiltered: ComplianceSummary | undefined): { id: string; name: string }[] | null {
  const [own, setOwn] = useState<{ from: ComplianceSummary; schools: { id: string; name: string }[] } | null>(null);
  if (unfiltered && unfiltered !== own?.from) {
    setOwn({ from: unfiltered, schools: unfiltered.bySchool.map((x) => ({ id: x.schoolId, name: x.schoolName })) });
  }
  return own?.schools ?? null;
}

function SchoolFilter({
  schoolId,
  options,
  allLabel,
  onChoose,
}: {
  schoolId: string | null;
  options: { id: string; name: string }[];
  allLabel: string;
  onChoose: (schoolId: string | null) => void;
}) {
  const t = useT();
  return (
    <form
      className="filters compliance-filters"
      role="search"
      aria-label={t('compliance.filter.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor="compliance-school">{t('compliance.filter.school')}</label>
        <select id="compliance-school" value={schoolId ?? ''} onChange={(e) => onChoose(e.target.value || null)}>
          <option value="">{allLabel}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}

/** How many deadlines are in each status; each number chooses that status. */
function StatusTotals({
  totals,
  selected,
  onChoose,
}: {
  totals: ComplianceSummary['totals'];
  selected: string | null;
  onChoose: (status: DeadlineStatusCode) => void;
}) {
  const t = useT();
  const intl = useIntl();
  return (
    <section aria-labelledby="totals-heading" className="record-section">
      <h2 id="totals-heading">{t('compliance.totals.title')}</h2>
      <ul className="status-totals">
        {DEADLINE_STATUSES.map((st) => (
          <li key={st}>
            <button type="button" className="status-total" aria-pressed={selected === st} onClick={() => onChoose(st)}>
              <span className="status-total-count">{intl.formatNumber(totals[st])}</span>
              <DeadlineBadge status={st} />
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">{t('compliance.totals.hint', { total: total(totals) })}</p>
    </section>
  );
}
