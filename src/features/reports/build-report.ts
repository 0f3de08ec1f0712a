/**
 * The federal reports (IDEA Section 618 child count and educational environments; SPP/APR indicators 5, 11, 12, 13)
 * for the actor's district, as CSV. District administrators only; anyone else gets 404. Counts only: no student is
 * named. The rules are the pure builders of src/domain/reports.ts; this use case only gathers the data.
 */
import { addDays } from '../../domain/dates';
import type { DataHandle, Scope } from '../../db/handle';
import { AppError } from '../../domain/errors';
import {
  CHILD_COUNT_COLUMNS,
  childCountRows,
  countDateProblem,
  countedChildren,
  ENVIRONMENT_COLUMNS,
  environmentRows,
  indicator5Rows,
  isReportKind,
  REPORT_KINDS,
  SPP_COLUMNS,
  sppRows,
  toCsv,
  type ReportKind,
  type ReportPlan,
  type ReportStudent,
  type SppIndicator,
} from '../../domain/reports';
import type { Setting } from '../../domain/placement';
import type { Actor } from '../../policy/actor';
import { complianceSummary } from '../case/compliance';
import { currentCountDate } from '../../domain/count-date';

export interface ReportFile {
  kind: ReportKind;
  countDate: string;
  filename: string;
  csv: string;
  /** Children counted on the count date. */
  children: number;
}

export function canReadFederalReports(actor: Actor): boolean {
  return actor.role === 'district_admin';
}

const SPP_DESCRIPTIONS: Record<string, string> = {
  spp11: 'Initial evaluations completed within the timeline (60 days or the state timeline)',
  spp12: 'Children referred from Part C found eligible with an IEP developed and implemented by the third birthday',
  spp13: 'Youth aged 16 and above with an IEP that includes the required transition content',
};

/** Validates the report's input; field errors name `kind` and `date`. */
export function checkReportInput(input: { kind: string; date?: string | undefined }): { kind: ReportKind; date: string | undefined } {
  const errors = [];
  if (!isReportKind(input.kind)) errors.push({ path: 'kind', message: `must be one of ${REPORT_KINDS.join(', ')}` });
  const dateProblem = input.date === undefined ? null : countDateProblem(input.date);
  if (dateProblem) errors.push({ path: 'date', message: dateProblem });
  if (errors.length) throw new AppError('VALIDATION_FAILED', 'The report was not made: fix the fields named.', errors);
  return { kind: input.kind as ReportKind, date: input.date };
}

function placementOf(content: Record<string, unknown>): ReportPlan['placement'] {
  const p = content.placement as { setting?: unknown; regularClassMinutesPerWeek?: unknown; schoolMinutesPerWeek?: unknown } | undefined;
  if (!p || typeof p.setting !== 'string') return null;
  const n = (v: unknown) => (typeof v === 'number' ? v : null);
  return { setting: p.setting as Setting, regularClassMinutesPerWeek: n(p.regularClassMinutesPerWeek), schoolMinutesPerWeek: n(p.schoolMinutesPerWeek) };
}

/** Every student of the district who has ever been in special education, with their plans (read through the actor's scope). */
async function reportStudents(scope: Scope): Promise<ReportStudent[]> {
  const roster = await scope.students.clockRoster();
  const plansOf = await scope.plans.placementsFor(roster);
  const out: ReportStudent[] = roster.map((s) => ({
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
      startDate: plan.startDate,
      // Ended early: in effect until the day before it was ended.
      endDate: plan.endedOn && (!plan.endDate || addDays(plan.endedOn, -1) < plan.endDate) ? addDays(plan.endedOn, -1) : plan.endDate,
      placement: placementOf({ placement: plan.placement }),
    })),
  }));
  return out;
}

export async function buildReport(handle: DataHandle, input: { kind: string; date?: string | undefined; via?: 'api' | 'cli' }): Promise<ReportFile> {
  const { kind, date } = checkReportInput(input);
  const { counted, countDate } = await handle.read(async (scope) => {
    if (!canReadFederalReports(scope.actor)) throw new AppError('NOT_FOUND', 'Federal reports are for district administrators.');
    // The district's count date (its settings; 34 CFR 300.641(a)), unless the request names one.
    const countDate = date ?? currentCountDate(handle.today, (await scope.district.settings()).childCountDate);
    const c = countedChildren(await reportStudents(scope), countDate);
    await scope.audit({ action: 'report.read', studentId: null, context: { kind, countDate, children: c.length, via: input.via ?? 'api' } });
    return { counted: c, countDate };
  });
  let csv: string;
  if (kind === 'child-count') csv = toCsv(CHILD_COUNT_COLUMNS, childCountRows(counted, countDate));
  else if (kind === 'environments') csv = toCsv(ENVIRONMENT_COLUMNS, environmentRows(counted, countDate));
  else {
    // Indicators 11, 12 and 13 are the case clocks' (as of today), from the compliance summary use case.
    const summary = await complianceSummary(handle, {});
    const timeliness: SppIndicator[] = summary.indicators.map((i) => ({
      id: i.id.replace('spp', ''),
      description: SPP_DESCRIPTIONS[i.id] ?? i.id,
      numerator: i.numerator,
      denominator: i.denominator,
      percent: i.percent,
      asOf: summary.asOf,
      citation: i.citation,
    }));
    csv = toCsv(SPP_COLUMNS, sppRows([...indicator5Rows(counted, countDate), ...timeliness]));
  }
  const children = counted.length;
  return { kind, countDate, filename: `${kind}-${countDate}.csv`, csv, children };
}
