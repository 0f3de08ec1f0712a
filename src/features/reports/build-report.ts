/**
 * The federal reports for the actor's district, as CSV: the IDEA Section 618 child count, educational environments
 * and exiting (FS009); the SPP/APR summary (indicators 5, 11, 12, 13) and each indicator's child-level file.
 * District administrators only; anyone else gets 404. The 618 files are counts only; the indicator files list
 * children by the district's local student id (never a name), and each child listed is recorded in the audit log.
 * The rules are the pure builders of src/domain (reports.ts, indicators.ts, indicator-csv.ts, exiting.ts); this use
 * case only gathers the data.
 */
import { addDays } from '../../domain/dates';
import type { DataHandle, Scope } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { exiters, EXITING_COLUMNS, exitingRows } from '../../domain/exiting';
import {
  INDICATOR11_COLUMNS,
  indicator11Csv,
  INDICATOR12_COLUMNS,
  indicator12Csv,
  INDICATOR13_COLUMNS,
  indicator13Csv,
  INDICATOR5_COLUMNS,
  indicator5Csv,
} from '../../domain/indicator-csv';
import { reportingWindow, schoolYearOf, schoolYearProblem } from '../../domain/indicators';
import {
  CHILD_COUNT_COLUMNS,
  childCountRows,
  countDateProblem,
  countedChildren,
  ENVIRONMENT_COLUMNS,
  environmentRows,
  firstThursdayOfOctober,
  INDICATOR5_CITATION,
  indicator5Children,
  indicator5Rows,
  isReportKind,
  REPORT_KINDS,
  SPP_COLUMNS,
  sppRows,
  YEAR_REPORT_KINDS,
  type CsvRow,
  type ReportKind,
  type ReportPlan,
  type ReportStudent,
  type SppIndicator,
} from '../../domain/reports';
import type { Setting } from '../../domain/placement';
import { stateProfile } from '../../domain/state-profiles';
import { toCsv } from '../../documents/csv';
import { canReadFederalReports } from '../../policy/reports';
import { computeClocks } from '../case/clock';
import { complianceSummary } from '../case/compliance';
import { INDICATOR_CITATIONS, indicator13Of, measureIndicators } from '../case/indicators';
import { currentCountDate } from '../../domain/count-date';
import { must } from '../../db/values';

export interface ReportFile {
  kind: ReportKind;
  /** The count date (618 counts, indicator 5), today (indicator 13), or the first day of the reporting year. */
  countDate: string;
  /** The reporting year, for the reports made for one (indicators 11 and 12, exiting). */
  schoolYear: string | null;
  filename: string;
  csv: string;
  /** Children counted (618 counts), listed (indicator files) or exiting (FS009). */
  children: number;
}

const SPP_DESCRIPTIONS: Record<string, string> = {
  spp11: 'Initial evaluations completed within the timeline (60 days or the state timeline)',
  spp12: 'Children referred from Part C found eligible with an IEP developed and implemented by the third birthday',
  spp13: 'Youth aged 16 and above with an IEP that includes the required transition content',
};

/** Validates the report's input; field errors name `kind`, `date` and `schoolYear`. */
export function checkReportInput(input: { kind: string; date?: string | undefined; schoolYear?: string | undefined }): {
  kind: ReportKind;
  date: string | undefined;
  schoolYear: string | undefined;
} {
  const errors = [];
  if (!isReportKind(input.kind)) errors.push({ path: 'kind', message: `must be one of ${REPORT_KINDS.join(', ')}` });
  const dateProblem = input.date === undefined ? null : countDateProblem(input.date);
  if (dateProblem) errors.push({ path: 'date', message: dateProblem });
  const yearProblem = input.schoolYear === undefined ? null : schoolYearProblem(input.schoolYear);
  if (yearProblem) errors.push({ path: 'schoolYear', message: yearProblem });
  if (errors.length) throw new AppError('VALIDATION_FAILED', 'The report was not made: fix the fields named.', errors);
  return { kind: input.kind as ReportKind, date: input.date, schoolYear: input.schoolYear };
}

function placementOf(content: Record<string, unknown>): ReportPlan['placement'] {
  const p = content.placement as
    { setting?: unknown; regularClassMinutesPerWeek?: unknown; schoolMinutesPerWeek?: unknown } | undefined;
  if (!p || typeof p.setting !== 'string') return null;
  const n = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    setting: p.setting as Setting,
    regularClassMinutesPerWeek: n(p.regularClassMinutesPerWeek),
    schoolMinutesPerWeek: n(p.schoolMinutesPerWeek),
  };
}

/** Every student of the district who has ever been in special education, with their plans (read through the actor's scope), and their ids by local id. */
async function reportStudents(scope: Scope): Promise<{ students: ReportStudent[]; byLocal: Map<string, string> }> {
  const roster = await scope.students.clockRoster();
  const plansOf = await scope.plans.placementsFor(roster);
  const out: ReportStudent[] = roster.map((s) => ({
    localId: s.row.localId,
    dateOfBirth: s.row.dateOfBirth,
    grade: s.row.grade,
    primaryDisability: s.row.primaryDisability,
    hispanicLatino: s.row.hispanicLatino,
    races: s.row.races,
    sex: s.row.sex,
    englishLearner: s.row.englishLearner,
    plans: (plansOf.get(s.row.id) ?? []).map((plan) => ({
      type: plan.type,
      status: plan.status,
      // In effect from its start date — or, for a first IEP, from the day the parent consented to services (300.300(b)).
      // A plan never in effect (waiting for consent, refused, or replaced or ended while waiting) has none: never counted.
      startDate: plan.inEffectFrom,
      // Ended early: in effect until the day before it was ended.
      endDate:
        plan.endedOn && (!plan.endDate || addDays(plan.endedOn, -1) < plan.endDate)
          ? addDays(plan.endedOn, -1)
          : plan.endDate,
      placement: placementOf({ placement: plan.placement }),
    })),
  }));
  return { students: out, byLocal: new Map(roster.map((s) => [s.row.localId, s.row.id])) };
}

const refuse = () => new AppError('NOT_FOUND', 'Federal reports are for district administrators.');

/** The ids of the students listed in a child-level file, by local id (unique in the district). */
function idsOf(byLocal: Map<string, string>, localIds: readonly string[]): string[] {
  return [...new Set(localIds.map((l) => byLocal.get(l)).filter((x): x is string => Boolean(x)))];
}

export async function buildReport(
  handle: DataHandle,
  input: { kind: string; date?: string | undefined; schoolYear?: string | undefined; via?: 'api' | 'cli' },
): Promise<ReportFile> {
  const { kind, date, schoolYear: askedYear } = checkReportInput(input);
  const via = input.via ?? 'api';
  if (YEAR_REPORT_KINDS.includes(kind)) return yearReport(handle, kind, askedYear ?? schoolYearOf(handle.today), via);
  if (kind === 'indicator-13') return indicator13Report(handle, via);

  const { counted, countDate } = await handle.read(async (scope) => {
    if (!canReadFederalReports(scope.actor)) throw refuse();
    // The district's count date (its settings; 34 CFR 300.641(a)), unless the request names one.
    const countDate = date ?? currentCountDate(handle.today, (await scope.district.settings()).childCountDate);
    const { students, byLocal } = await reportStudents(scope);
    const c = countedChildren(students, countDate);
    await scope.audit({
      action: 'report.read',
      studentId: null,
      context: { kind, countDate, children: c.length, via },
    });
    if (kind === 'indicator-5' && c.length)
      await scope.audit({
        action: 'report.student_listed',
        studentIds: idsOf(
          byLocal,
          c.map((x) => x.localId),
        ),
        context: { kind, countDate, via },
      });
    return { counted: c, countDate };
  });
  let csv: string;
  if (kind === 'child-count') csv = toCsv(CHILD_COUNT_COLUMNS, childCountRows(counted, countDate));
  else if (kind === 'environments') csv = toCsv(ENVIRONMENT_COLUMNS, environmentRows(counted, countDate));
  else if (kind === 'indicator-5')
    csv = toCsv(
      INDICATOR5_COLUMNS,
      indicator5Csv(counted, indicator5Children(counted), countDate, INDICATOR5_CITATION),
    );
  else {
    // Indicators 11, 12 and 13 are the compliance summary's (this reporting year to date, as of today).
    const summary = await complianceSummary(handle, {});
    const timeliness: SppIndicator[] = summary.indicators.map((i) => ({
      id: i.id.replace('spp', ''),
      description: i.schoolYear
        ? `${SPP_DESCRIPTIONS[i.id] ?? i.id} (reporting year ${i.schoolYear} to date)`
        : (SPP_DESCRIPTIONS[i.id] ?? i.id),
      numerator: i.numerator,
      denominator: i.denominator,
      percent: i.percent,
      asOf: summary.asOf,
      citation: i.citation,
    }));
    csv = toCsv(SPP_COLUMNS, sppRows([...indicator5Rows(counted, countDate), ...timeliness]));
  }
  return { kind, countDate, schoolYear: null, filename: `${kind}-${countDate}.csv`, csv, children: counted.length };
}

/** Indicators 11 and 12 (child by child) and the FS009 exiting counts, for a reporting year July 1 – June 30. */
async function yearReport(
  handle: DataHandle,
  kind: ReportKind,
  schoolYear: string,
  via: 'api' | 'cli',
): Promise<ReportFile> {
  const window = must(reportingWindow(schoolYear), `the reporting window of ${schoolYear}`);
  return handle.read(async (scope) => {
    if (!canReadFederalReports(scope.actor)) throw refuse();
    const roster = await scope.students.clockRoster({ lean: true, withCaseEvents: true });
    const byLocal = new Map(roster.map((s) => [s.row.localId, s.row.id]));
    let rows: CsvRow[];
    let columns: readonly string[];
    let listed: string[] = [];
    let children: number;
    if (kind === 'exiting') {
      // Age on the child count date of the reporting year (src/domain/exiting.ts).
      const events = await scope.caseEvents.forStudents(roster);
      const list = exiters(
        roster.map((s) => ({
          dateOfBirth: s.row.dateOfBirth,
          primaryDisability: s.row.primaryDisability,
          hispanicLatino: s.row.hispanicLatino,
          races: s.row.races,
          sex: s.row.sex,
          englishLearner: s.row.englishLearner,
          events: events.filter((e) => e.studentId === s.row.id).map((e) => ({ ...e, kind: e.kind })),
        })),
        window,
        firstThursdayOfOctober(Number(schoolYear.slice(0, 4))),
      );
      columns = EXITING_COLUMNS;
      rows = exitingRows(list, schoolYear);
      children = list.length;
    } else {
      const clocks = await computeClocks(scope, roster);
      const { i11, i12 } = measureIndicators(clocks, {
        profile: stateProfile(scope.actor.stateProfile ?? 'federal'),
        window,
        today: scope.today,
      });
      if (kind === 'indicator-11') {
        columns = INDICATOR11_COLUMNS;
        rows = indicator11Csv(i11, INDICATOR_CITATIONS.spp11);
        listed = i11.rows.map((r) => r.localId);
      } else {
        columns = INDICATOR12_COLUMNS;
        rows = indicator12Csv(i12, INDICATOR_CITATIONS.spp12);
        listed = i12.rows.map((r) => r.localId);
      }
      children = listed.length;
    }
    await scope.audit({ action: 'report.read', studentId: null, context: { kind, schoolYear, children, via } });
    if (listed.length)
      await scope.audit({
        action: 'report.student_listed',
        studentIds: idsOf(byLocal, listed),
        context: { kind, schoolYear, via },
      });
    return {
      kind,
      countDate: window.start,
      schoolYear,
      filename: `${kind}-${schoolYear}.csv`,
      csv: toCsv(columns, rows),
      children,
    };
  });
}

/** Indicator 13 as of today: youth aged 16 and above with an IEP in effect, each listed. */
async function indicator13Report(handle: DataHandle, via: 'api' | 'cli'): Promise<ReportFile> {
  return handle.read(async (scope) => {
    if (!canReadFederalReports(scope.actor)) throw refuse();
    const roster = await scope.students.clockRoster({ lean: true });
    const clocks = await computeClocks(scope, roster);
    const i13 = indicator13Of(clocks, scope.today);
    const byLocal = new Map(roster.map((s) => [s.row.localId, s.row.id]));
    await scope.audit({
      action: 'report.read',
      studentId: null,
      context: { kind: 'indicator-13', asOf: scope.today, children: i13.rows.length, via },
    });
    if (i13.rows.length)
      await scope.audit({
        action: 'report.student_listed',
        studentIds: idsOf(
          byLocal,
          i13.rows.map((r) => r.localId),
        ),
        context: { kind: 'indicator-13', asOf: scope.today, via },
      });
    return {
      kind: 'indicator-13',
      countDate: scope.today,
      schoolYear: null,
      filename: `indicator-13-${scope.today}.csv`,
      csv: toCsv(INDICATOR13_COLUMNS, indicator13Csv(i13, scope.today, INDICATOR_CITATIONS.spp13)),
      children: i13.rows.length,
    };
  });
}
