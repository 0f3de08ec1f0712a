/**
 * The SPP/APR indicators 11, 12 and 13 from the loaded case clocks (src/features/case/clock.ts): the inputs of the
 * pure measurements in src/domain/indicators.ts. Shared by the compliance summary and the indicator CSVs, so they agree.
 */
import {
  indicator11,
  indicator12,
  indicator13,
  INDICATOR11_CITATION,
  INDICATOR12_CITATION,
  INDICATOR13_CITATION,
  type IndicatorStudent,
  type ReportingWindow,
} from '../../domain/indicators';
import type { StateProfile } from '../../domain/state-profiles';
import type { StudentClock } from './clock';

export function indicatorStudents(clocks: readonly StudentClock[]): IndicatorStudent[] {
  return clocks.map((c) => ({
    localId: c.student.row.localId,
    dateOfBirth: c.student.row.dateOfBirth,
    events: c.events,
    plans: c.plans,
    calendar: c.calendar,
  }));
}

/** Indicator 13's youth: the IEP in effect (active) today, with whether it has the 300.320(b) transition content. */
export function indicator13Of(clocks: readonly StudentClock[], today: string) {
  return indicator13(
    clocks.map((c) => {
      const active = c.plans.find((p) => p.type === 'iep' && p.status === 'active');
      return {
        localId: c.student.row.localId,
        dateOfBirth: c.student.row.dateOfBirth,
        iep: active ? { startDate: active.startDate, transitionComplete: active.transitionComplete } : null,
      };
    }),
    today,
  );
}

export function measureIndicators(
  clocks: readonly StudentClock[],
  o: { profile: StateProfile; window: ReportingWindow; today: string },
) {
  const students = indicatorStudents(clocks);
  return { i11: indicator11(students, o), i12: indicator12(students, o), i13: indicator13Of(clocks, o.today) };
}

export const INDICATOR_CITATIONS = {
  spp11: INDICATOR11_CITATION,
  spp12: INDICATOR12_CITATION,
  spp13: INDICATOR13_CITATION,
} as const;
