/**
 * The compliance summary for administrators: deadlines by rule, status and school, and the SPP/APR indicators 11
 * (initial evaluation within the timeline), 12 (IEP by the third birthday for children from Part C) and 13
 * (transition content in the IEPs of students 16 and older) for the reporting year to date (July 1 – June 30,
 * src/domain/indicators.ts), each with its exclusions counted by reason. Counts only: no student is named.
 */
import type { DataHandle } from '../../db/handle';
import { clockCitation, CLOCK_RULES, zeroCounts, type ClockRule, type Counts } from '../../domain/case-clock';
import { CITATIONS } from '../../domain/deadlines';
import { AppError } from '../../domain/errors';
import { reportingWindow, schoolYearOf } from '../../domain/indicators';
import { stateProfile } from '../../domain/state-profiles';
import { canReadComplianceSummary } from '../../policy/case';
import { canReadFederalReports } from '../../policy/reports';
import { computeClocks, type StudentClock } from './clock';
import { INDICATOR_CITATIONS, measureIndicators } from './indicators';
import { must } from '../../db/values';

interface SchoolCounts {
  schoolId: string;
  schoolName: string;
  counts: Counts;
  byRule: Map<ClockRule, Counts>;
}

/** The deadlines of these clocks counted by status: in all, by rule, and by school (and rule). */
function countDeadlines(clocks: readonly StudentClock[]) {
  const totals = zeroCounts();
  const byRule = new Map<ClockRule, Counts>(CLOCK_RULES.map((r) => [r, zeroCounts()]));
  const bySchool = new Map<string, SchoolCounts>();
  for (const c of clocks) {
    const school = bySchool.get(c.student.row.schoolId) ?? {
      schoolId: c.student.row.schoolId,
      schoolName: c.student.row.schoolName,
      counts: zeroCounts(),
      byRule: new Map<ClockRule, Counts>(),
    };
    bySchool.set(school.schoolId, school);
    for (const d of c.deadlines) {
      totals[d.status]++;
      must(byRule.get(d.rule), `the counts of ${d.rule}`)[d.status]++;
      school.counts[d.status]++;
      const r = school.byRule.get(d.rule) ?? zeroCounts();
      r[d.status]++;
      school.byRule.set(d.rule, r);
    }
  }
  return {
    totals,
    byRule: [...byRule].map(([rule, counts]) => ({ rule, citation: clockCitation(rule, CITATIONS), counts })),
    bySchool: [...bySchool.values()]
      .sort((a, b) => a.schoolName.localeCompare(b.schoolName))
      .map((s) => ({
        schoolId: s.schoolId,
        schoolName: s.schoolName,
        counts: s.counts,
        byRule: [...s.byRule].map(([rule, counts]) => ({ rule, counts })),
      })),
  };
}

/** Indicators 11, 12 and 13 as the summary shows them, with their citations. */
function indicatorRows({ i11, i12, i13 }: ReturnType<typeof measureIndicators>, schoolYear: string) {
  return [
    {
      id: 'spp11' as const,
      numerator: i11.numerator,
      denominator: i11.denominator,
      percent: i11.percent,
      citation: INDICATOR_CITATIONS.spp11,
      schoolYear,
      pending: i11.pending,
      excluded: i11.excluded,
    },
    {
      id: 'spp12' as const,
      numerator: i12.numerator,
      denominator: i12.denominator,
      percent: i12.percent,
      citation: INDICATOR_CITATIONS.spp12,
      schoolYear,
      pending: i12.counts.pending,
      excluded: i12.excluded,
    },
    {
      id: 'spp13' as const,
      numerator: i13.numerator,
      denominator: i13.denominator,
      percent: i13.percent,
      citation: INDICATOR_CITATIONS.spp13,
      schoolYear: null,
      pending: 0,
      excluded: [],
    },
  ];
}

export async function complianceSummary(handle: DataHandle, opts: { schoolId?: string | undefined }) {
  return handle.read(async (scope) => {
    if (!canReadComplianceSummary(scope.actor))
      throw new AppError('NOT_FOUND', 'The compliance summary is for district administrators and principals.');
    // Students whose status is 'none' but who have case events (found not eligible) count in indicators 11 and 12 only.
    const everyone = await scope.students.clockRoster({ schoolId: opts.schoolId, lean: true, withCaseEvents: true });
    const allClocks = await computeClocks(scope, everyone);
    const clocks = allClocks.filter((c) => c.student.row.spedStatus !== 'none');
    const { totals, byRule, bySchool } = countDeadlines(clocks);
    const schoolYear = schoolYearOf(scope.today);
    const indicators = measureIndicators(allClocks, {
      profile: stateProfile(scope.actor.stateProfile ?? 'federal'),
      window: must(reportingWindow(schoolYear), `the reporting window of ${schoolYear}`),
      today: scope.today,
    });
    await scope.audit({
      action: 'compliance.summary.read',
      studentId: null,
      context: { schoolId: opts.schoolId ?? null, students: clocks.length },
    });
    return {
      asOf: scope.today,
      /** What the caller may do here: download the federal reports and the indicators' child-level CSVs. */
      abilities: { downloadReports: canReadFederalReports(scope.actor) },
      students: clocks.length,
      totals,
      byRule,
      bySchool,
      indicators: indicatorRows(indicators, schoolYear),
    };
  });
}
