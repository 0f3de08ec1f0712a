/**
 * One student's discipline in one school year, as the law counts it (the rules are stated in discipline.ts):
 * each removal's school days and whether they count, the cumulative count against 10 with the days that need
 * services, the changes of placement with their 300.530(h) notice and MDR clocks, the pattern determinations,
 * and what to do next. Pure: the calendar and today are arguments.
 *
 * Long file: one view of a student's school year (removals, decisions, next steps) built in steps that share its types and are only meaningful together.
 */
import { schoolYearOf } from './calendar';
import type { IsoDate } from './dates';
import { deadlineStatus, type DeadlineStatus, type SchoolCalendar } from './deadlines';
import {
  changesOfPlacement,
  DISCIPLINE_CITATIONS,
  DISCIPLINE_WARNING_DAY,
  mdrConsequences,
  mdrDue,
  noticeOf,
  REMOVAL_LIMIT_DAYS,
  removalCounts,
  reviewOf,
  schoolDaysBetween,
  SPECIAL_CIRCUMSTANCES_MAX_DAYS,
  type ChangeOfPlacement,
  type CountReason,
  type DisciplineRecords,
  type ManifestationReview,
  type PatternDetermination,
  type Removal,
} from './discipline';

export interface RemovalView extends Removal {
  counts: boolean;
  countReason: CountReason;
  /** School days decided, in this school year. */
  schoolDays: number;
  /** School days actually removed in this school year (fewer when the student went back after the MDR). */
  daysRemoved: number;
  /** The year's day numbers of its counted days (day 1 = the first counted day of removal in the year). */
  dayNumbers: { first: number; last: number } | null;
  /** Its first day that is day 11 or later: from then on services are required (300.530(b)(2), (d)). */
  servicesFrom: IsoDate | null;
  servicesDays: number;
  /** Who decides those services: school personnel with at least one of the child's teachers (300.530(d)(4)), or the IEP team when it is a change of placement (300.530(d)(5)). */
  servicesDecidedBy: 'school_personnel_with_teacher' | 'iep_team' | null;
  /** The day the student went back to the placement, when an MDR ended the removal early. */
  returnedOn: IsoDate | null;
  /** The change of placement it is part of (its id), if any. */
  changeOfPlacementId: string | null;
  /** A 300.530(g) setting longer than 45 school days. */
  overSpecialCircumstancesLimit: boolean;
  estimated: boolean;
}

export interface DecisionView extends ChangeOfPlacement {
  notice: {
    due: IsoDate;
    status: DeadlineStatus;
    notifiedOn: IsoDate | null;
    method: string | null;
    withoutSafeguardsOn: IsoDate | null;
  };
  mdr: {
    due: IsoDate;
    status: DeadlineStatus;
    estimated: boolean;
    review: ManifestationReview | null;
    consequences: string[];
  };
}

export const NEXT_STEP_CODES = [
  'record_pattern_determination',
  'notify_parents',
  'notice_given_late',
  'hold_mdr',
  'mdr_held_late',
  'record_mdr_outcome',
  'provide_services',
  'count_warning',
  'special_circumstances_over_limit',
  'calendar_estimated',
] as const;
export type NextStepCode = (typeof NEXT_STEP_CODES)[number];

/** What to do next, or a finding to see: overdue and due first; `late` is a clock met late (a finding kept in the record). */
export interface NextStep {
  code: NextStepCode;
  severity: 'overdue' | 'due' | 'late' | 'todo' | 'info';
  citation: string;
  due: IsoDate | null;
  removalId: string | null;
  decisionId: string | null;
  params: Record<string, string | number>;
}

export interface DisciplineYear {
  schoolYear: string;
  from: IsoDate;
  to: IsoDate;
  limit: number;
  warningDay: number;
  /** Counted school days of removal in the year, decided days included (some may be ahead of today). */
  total: number;
  /** Of those, the days on or before today. */
  toDate: number;
  /** The year's 11th day of removal, when there is one. */
  servicesFrom: IsoDate | null;
  estimated: boolean;
  removals: RemovalView[];
  decisions: DecisionView[];
  determinations: PatternDetermination[];
  nextSteps: NextStep[];
  /** Every school year the student has a discipline record in, newest first (for choosing one). */
  years: string[];
}

/** '2026-2027' → July 1, 2026 to June 30, 2027. */
export function schoolYearBounds(year: string): { from: IsoDate; to: IsoDate } {
  const y = Number(year.slice(0, 4));
  return { from: `${y}-07-01`, to: `${y + 1}-06-30` };
}

export function isSchoolYear(s: string): boolean {
  const m = /^(\d{4})-(\d{4})$/.exec(s);
  return m !== null && Number(m[2]) === Number(m[1]) + 1;
}

const SEVERITY_ORDER: Record<NextStep['severity'], number> = { overdue: 0, due: 1, todo: 2, late: 3, info: 4 };

export function disciplineYear(input: {
  records: DisciplineRecords;
  calendar: SchoolCalendar;
  today: IsoDate;
  schoolYear?: string;
}): DisciplineYear {
  const { records, calendar: cal, today } = input;
  const year = input.schoolYear ?? schoolYearOf(today);
  const { from, to } = schoolYearBounds(year);
  const inYear = (d: IsoDate) => d >= from && d <= to;
  const cops = changesOfPlacement(records, cal);

  // Every removal's days (decided and served), and the year's counted days numbered in order.
  const planned = records.removals.map((r) => ({ r, p: schoolDaysBetween(r.firstDay, r.lastDay, cal) }));
  const returnedOn = returnDays(records, cops);
  const numbered = countedDays(planned, returnedOn, inYear);
  const servicesFrom = numbered[REMOVAL_LIMIT_DAYS] ?? null;

  const shownRemovals = removalViews(planned, { cops, returnedOn, numbered, inYear });
  const removals = shownRemovals.map((x) => x.view);
  const shown = new Set(removals.map((r) => r.id));
  const decisions = decisionViews(records, cops, { cal, today, inYear, shown });
  const determinations = records.determinations.filter(
    (d) => inYear(d.determinedOn) || d.removalIds.some((id) => shown.has(id)),
  );
  const estimated = removals.some((r) => r.estimated) || decisions.some((d) => d.mdr.estimated);
  const nextSteps = disciplineSteps({ records, shownRemovals, decisions, numbered, servicesFrom, today, estimated });

  const years = new Set<string>();
  for (const { r, p } of planned) {
    years.add(schoolYearOf(r.decidedOn));
    for (const d of p.days) years.add(schoolYearOf(d));
  }
  years.add(year);

  return {
    schoolYear: year,
    from,
    to,
    limit: REMOVAL_LIMIT_DAYS,
    warningDay: DISCIPLINE_WARNING_DAY,
    total: numbered.length,
    toDate: numbered.filter((d) => d <= today).length,
    servicesFrom,
    estimated,
    removals,
    decisions,
    determinations,
    nextSteps,
    years: [...years].sort().reverse(),
  };
}

type PlannedRemoval = { r: Removal; p: { days: IsoDate[]; estimated: boolean } };
type ShownRemoval = { view: RemovalView; plannedDays: number };

/** A return to the placement after a manifestation ends the days removed of the removals that decision covers. */
function returnDays(records: DisciplineRecords, cops: readonly ChangeOfPlacement[]): Map<string, IsoDate> {
  const returnedOn = new Map<string, IsoDate>();
  for (const c of cops) {
    const m = reviewOf(c, records.mdrs);
    if (m?.placement === 'return' && m.returnedOn) for (const id of c.removalIds) returnedOn.set(id, m.returnedOn);
  }
  return returnedOn;
}

/** The year's counted days of removal (before any return to the placement), in order. */
function countedDays(
  planned: readonly PlannedRemoval[],
  returnedOn: ReadonlyMap<string, IsoDate>,
  inYear: (d: IsoDate) => boolean,
): IsoDate[] {
  const counted = new Set<IsoDate>();
  for (const { r, p } of planned) {
    const back = returnedOn.get(r.id);
    if (removalCounts(r).counts) for (const d of p.days) if (inYear(d) && (!back || d < back)) counted.add(d);
  }
  return [...counted].sort();
}

/** The removals with a day (or their decision) in the year, in order, each with its days decided. */
function removalViews(
  planned: readonly PlannedRemoval[],
  y: {
    cops: readonly ChangeOfPlacement[];
    returnedOn: ReadonlyMap<string, IsoDate>;
    numbered: readonly IsoDate[];
    inYear: (d: IsoDate) => boolean;
  },
): ShownRemoval[] {
  const { returnedOn, inYear } = y;
  const copOf = new Map<string, ChangeOfPlacement>();
  for (const c of y.cops) for (const id of c.removalIds) if (!copOf.has(id)) copOf.set(id, c);
  const numberOf = new Map(y.numbered.map((d, i) => [d, i + 1]));
  const shown: ShownRemoval[] = [];
  for (const { r, p } of planned) {
    const yearDays = p.days.filter(inYear);
    if (!yearDays.length && !inYear(r.decidedOn)) continue;
    const back = returnedOn.get(r.id) ?? null;
    const served = yearDays.filter((d) => !back || d < back);
    const c = removalCounts(r);
    const numbers = c.counts ? served.flatMap((d) => numberOf.get(d) ?? []) : [];
    const servicesDays = served.filter((d) => (numberOf.get(d) ?? 0) > REMOVAL_LIMIT_DAYS);
    const cop = copOf.get(r.id) ?? null;
    const view: RemovalView = {
      ...r,
      counts: c.counts,
      countReason: c.reason,
      schoolDays: yearDays.length,
      daysRemoved: served.length,
      dayNumbers: numbers.length ? { first: Math.min(...numbers), last: Math.max(...numbers) } : null,
      servicesFrom: servicesDays[0] ?? null,
      servicesDays: servicesDays.length,
      servicesDecidedBy: servicesDays.length === 0 ? null : cop ? 'iep_team' : 'school_personnel_with_teacher',
      returnedOn: back,
      changeOfPlacementId: cop?.id ?? null,
      overSpecialCircumstancesLimit:
        r.type === 'interim_alternative_setting' && p.days.length > SPECIAL_CIRCUMSTANCES_MAX_DAYS,
      estimated: p.estimated,
    };
    shown.push({ view, plannedDays: p.days.length });
  }
  return shown.sort(
    ({ view: a }, { view: b }) =>
      a.firstDay.localeCompare(b.firstDay) || a.decidedOn.localeCompare(b.decidedOn) || a.id.localeCompare(b.id),
  );
}

/** The year's changes of placement (decided in it, or covering a removal shown), with their notice and review. */
function decisionViews(
  records: DisciplineRecords,
  cops: readonly ChangeOfPlacement[],
  y: { cal: SchoolCalendar; today: IsoDate; inYear: (d: IsoDate) => boolean; shown: ReadonlySet<string> },
): DecisionView[] {
  const { cal, today, inYear, shown } = y;
  return cops
    .filter((c) => inYear(c.decidedOn) || c.removalIds.some((id) => shown.has(id)))
    .map((c) => {
      const n = noticeOf(c, records.notices);
      const withoutSafeguards =
        records.notices
          .filter((x) => x.decisionId === c.id && !x.safeguardsNoticeProvided)
          .map((x) => x.notifiedOn)
          .sort()[0] ?? null;
      const m = reviewOf(c, records.mdrs);
      const due = mdrDue(c.decidedOn, cal);
      return {
        ...c,
        notice: {
          due: c.decidedOn,
          status: deadlineStatus({ due: c.decidedOn, today, metOn: n?.notifiedOn ?? null, dueSoonDays: 0 }),
          notifiedOn: n?.notifiedOn ?? null,
          method: n?.method ?? null,
          withoutSafeguardsOn: n ? null : withoutSafeguards,
        },
        mdr: {
          due: due.due,
          status: deadlineStatus({ due: due.due, today, metOn: m?.heldOn ?? null }),
          estimated: due.estimated,
          review: m,
          consequences: m ? mdrConsequences(m, c.basis) : [],
        },
      };
    });
}

type StepInput = Omit<NextStep, 'due' | 'removalId' | 'decisionId' | 'params'> & Partial<NextStep>;
const stepOf = (s: StepInput): NextStep => ({ due: null, removalId: null, decisionId: null, params: {}, ...s });

/** What to do next for the year, most urgent first. */
function disciplineSteps(y: {
  records: DisciplineRecords;
  shownRemovals: readonly ShownRemoval[];
  decisions: readonly DecisionView[];
  numbered: readonly IsoDate[];
  servicesFrom: IsoDate | null;
  today: IsoDate;
  estimated: boolean;
}): NextStep[] {
  const { shownRemovals, servicesFrom, numbered, today } = y;
  const removals = shownRemovals.map((x) => x.view);
  const steps: NextStep[] = [...patternSteps(removals, y.records), ...y.decisions.flatMap(decisionSteps)];
  if (servicesFrom) {
    const later = removals.filter((r) => r.servicesDays > 0);
    steps.push(
      stepOf({
        code: 'provide_services',
        severity: servicesFrom <= today ? 'todo' : 'due',
        citation: DISCIPLINE_CITATIONS.services,
        due: servicesFrom,
        params: { from: servicesFrom, days: later.reduce((n, r) => n + r.servicesDays, 0) },
      }),
    );
  } else if (numbered.length >= DISCIPLINE_WARNING_DAY) {
    steps.push(
      stepOf({
        code: 'count_warning',
        severity: 'info',
        citation: DISCIPLINE_CITATIONS.services,
        params: { total: numbered.length, limit: REMOVAL_LIMIT_DAYS },
      }),
    );
  }
  for (const { view: r, plannedDays } of shownRemovals.filter((x) => x.view.overSpecialCircumstancesLimit)) {
    steps.push(
      stepOf({
        code: 'special_circumstances_over_limit',
        severity: 'late',
        citation: DISCIPLINE_CITATIONS.specialCircumstances,
        removalId: r.id,
        params: { days: plannedDays, limit: SPECIAL_CIRCUMSTANCES_MAX_DAYS },
      }),
    );
  }
  if (y.estimated)
    steps.push(stepOf({ code: 'calendar_estimated', severity: 'info', citation: DISCIPLINE_CITATIONS.count }));
  return steps.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.due ?? '9999').localeCompare(b.due ?? '9999'),
  );
}

/**
 * A removal that takes the year past 10 days (or comes after), not itself a change of placement: the district
 * determines, case by case, whether the series is a pattern (300.536(a)(2), (b)(1); 300.530(d)(4)).
 */
function patternSteps(removals: readonly RemovalView[], records: DisciplineRecords): NextStep[] {
  const considered = new Set(records.determinations.flatMap((d) => d.removalIds));
  return removals.flatMap((r) =>
    !r.counts ||
    !r.dayNumbers ||
    r.dayNumbers.last <= REMOVAL_LIMIT_DAYS ||
    r.changeOfPlacementId ||
    considered.has(r.id)
      ? []
      : [
          stepOf({
            code: 'record_pattern_determination',
            severity: 'overdue',
            citation: DISCIPLINE_CITATIONS.pattern,
            removalId: r.id,
            params: { firstDay: r.firstDay, day: r.dayNumbers.last },
          }),
        ],
  );
}

/** A change of placement's steps: the parents' notice (300.530(h)) and the manifestation review (300.530(e)). */
function decisionSteps(d: DecisionView): NextStep[] {
  const steps: NextStep[] = [];
  if (d.notice.status === 'overdue' || d.notice.status === 'due_soon') {
    steps.push(
      stepOf({
        code: 'notify_parents',
        severity: d.notice.status === 'overdue' ? 'overdue' : 'due',
        citation: DISCIPLINE_CITATIONS.notice,
        due: d.notice.due,
        decisionId: d.id,
        params: { decidedOn: d.decidedOn },
      }),
    );
  } else if (d.notice.status === 'met_late' && d.notice.notifiedOn !== null) {
    steps.push(
      stepOf({
        code: 'notice_given_late',
        severity: 'late',
        citation: DISCIPLINE_CITATIONS.notice,
        due: d.notice.due,
        decisionId: d.id,
        params: { decidedOn: d.decidedOn, notifiedOn: d.notice.notifiedOn },
      }),
    );
  }
  if (!d.mdr.review) {
    steps.push(
      stepOf({
        code: 'hold_mdr',
        severity: d.mdr.status === 'overdue' ? 'overdue' : 'due',
        citation: DISCIPLINE_CITATIONS.mdr,
        due: d.mdr.due,
        decisionId: d.id,
        params: { decidedOn: d.decidedOn },
      }),
    );
    return steps;
  }
  if (d.mdr.status === 'met_late')
    steps.push(
      stepOf({
        code: 'mdr_held_late',
        severity: 'late',
        citation: DISCIPLINE_CITATIONS.mdr,
        due: d.mdr.due,
        decisionId: d.id,
        params: { heldOn: d.mdr.review.heldOn },
      }),
    );
  if (d.mdr.review.manifestation === null)
    steps.push(
      stepOf({
        code: 'record_mdr_outcome',
        severity: 'todo',
        citation: DISCIPLINE_CITATIONS.manifestation,
        decisionId: d.id,
        params: { heldOn: d.mdr.review.heldOn },
      }),
    );
  return steps;
}

/**
 * The alerts a newly recorded removal raises for the case manager, from the year's count before and after it:
 * reaching the warning day (before day 10), and passing day 10. One alert per crossing; the caller dedupes by year.
 */
export function disciplineAlerts(before: number, after: number): ('warning' | 'past_ten')[] {
  if (after > REMOVAL_LIMIT_DAYS && before <= REMOVAL_LIMIT_DAYS) return ['past_ten'];
  if (after >= DISCIPLINE_WARNING_DAY && before < DISCIPLINE_WARNING_DAY && after <= REMOVAL_LIMIT_DAYS)
    return ['warning'];
  return [];
}
