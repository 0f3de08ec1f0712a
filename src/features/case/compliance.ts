/**
 * The compliance summary for administrators: deadlines by rule, status and school, and the SPP/APR timeliness
 * indicators 11 (initial evaluation within the timeline), 12 (IEP by the third birthday for children from Part C)
 * and 13 (transition content in the IEPs of students 16 and older). Counts only: no student is named.
 */
import type { DataHandle } from '../../db/handle';
import { CLOCK_RULES, timelinessIndicator, zeroCounts, type Counts } from '../../domain/case-clock';
import { CITATIONS } from '../../domain/deadlines';
import { ageOn } from '../../domain/dates';
import { AppError } from '../../domain/errors';
import { clockCitation, type ClockRule } from '../../domain/case-clock';
import { canReadComplianceSummary } from '../../policy/case';
import { computeClocks } from './clock';

export async function complianceSummary(handle: DataHandle, opts: { schoolId?: string | undefined }) {
  return handle.read(async (scope) => {
    if (!canReadComplianceSummary(scope.actor)) throw new AppError('NOT_FOUND', 'The compliance summary is for district administrators and principals.');
    const roster = await scope.students.clockRoster({ schoolId: opts.schoolId, lean: true });
    const clocks = await computeClocks(scope, roster);
    const totals = zeroCounts();
    const byRule = new Map<string, Counts>(CLOCK_RULES.map((r) => [r, zeroCounts()]));
    const bySchool = new Map<string, { schoolId: string; schoolName: string; counts: Counts; byRule: Map<string, Counts> }>();
    for (const c of clocks) {
      const school = bySchool.get(c.student.row.schoolId) ?? { schoolId: c.student.row.schoolId, schoolName: c.student.row.schoolName, counts: zeroCounts(), byRule: new Map<string, Counts>() };
      bySchool.set(school.schoolId, school);
      for (const d of c.deadlines) {
        totals[d.status]++;
        byRule.get(d.rule)![d.status]++;
        school.counts[d.status]++;
        const r = school.byRule.get(d.rule) ?? zeroCounts();
        r[d.status]++;
        school.byRule.set(d.rule, r);
      }
    }
    // Indicator 13: students aged 16 and above with an IEP in effect, whose IEP has the transition content.
    let with13 = 0;
    let of13 = 0;
    for (const c of clocks) {
      const active = c.plans.find((p) => p.type === 'iep' && p.status === 'active');
      if (!active || ageOn(c.student.row.dateOfBirth, scope.today) < 16) continue;
      of13++;
      if (active.transitionComplete) with13++;
    }
    const i13 = { numerator: with13, denominator: of13, percent: of13 === 0 ? null : Math.round((with13 / of13) * 1000) / 10 };
    await scope.audit({ action: 'compliance.summary.read', studentId: null, context: { schoolId: opts.schoolId ?? null, students: roster.length } });
    return {
      asOf: scope.today,
      students: roster.length,
      totals,
      byRule: [...byRule].map(([rule, counts]) => ({ rule, citation: clockCitation(rule as ClockRule, CITATIONS), counts })),
      bySchool: [...bySchool.values()]
        .sort((a, b) => a.schoolName.localeCompare(b.schoolName))
        .map((s) => ({ schoolId: s.schoolId, schoolName: s.schoolName, counts: s.counts, byRule: [...s.byRule].map(([rule, counts]) => ({ rule, counts })) })),
      indicators: [
        { id: 'spp11' as const, ...timelinessIndicator(byRule.get('initial-evaluation')!), citation: '34 CFR 300.301(c)(1); 20 U.S.C. 1416(a)(3)(B)' },
        { id: 'spp12' as const, ...timelinessIndicator(byRule.get('part-c-transition')!), citation: '34 CFR 300.124(b); 20 U.S.C. 1416(a)(3)(B)' },
        { id: 'spp13' as const, ...i13, citation: '34 CFR 300.320(b); 20 U.S.C. 1416(a)(3)(B)' },
      ],
    };
  });
}
