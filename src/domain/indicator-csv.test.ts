import { describe, expect, it } from 'vitest';
import { indicator11Csv, indicator12Csv, indicator5Csv } from './indicator-csv';
import { indicator11, indicator12, reportingWindow, type IndicatorStudent } from './indicators';
import { countedChildren, indicator5Children, type ReportStudent } from './reports';
import { STATE_PROFILES } from './state-profiles';
import { WEEKDAY_CALENDAR } from './deadlines';
import type { CaseEvent } from './case-events';

const ev = (kind: CaseEvent['kind'], occurredOn: string, details: Record<string, unknown> = {}): CaseEvent => ({
  id: `${kind}${occurredOn}`,
  kind,
  occurredOn,
  details,
  recordedAt: `${occurredOn}T12:00:00Z`,
  voided: false,
});
const window = reportingWindow('2025-2026')!;

describe('indicator 5 children (34 CFR 300.114; 1416(a)(3)(A)): ages 5 in kindergarten through 21', () => {
  const iep = (setting: string, rc: number | null) => ({
    type: 'iep',
    status: 'active',
    startDate: '2026-01-01',
    endDate: null,
    placement: { setting: setting as 'regular_school', regularClassMinutesPerWeek: rc, schoolMinutesPerWeek: 1800 },
  });
  const kid = (
    localId: string,
    dateOfBirth: string,
    grade: string,
    plan = iep('regular_school', 1800),
  ): ReportStudent => ({
    localId,
    dateOfBirth,
    grade,
    primaryDisability: 'autism',
    hispanicLatino: false,
    races: ['white'],
    sex: 'F',
    englishLearner: false,
    plans: [plan],
  });
  const children = countedChildren(
    [
      kid('K5', '2021-09-01', 'KG'), // 5 in kindergarten: school age
      kid('P5', '2021-09-01', 'PS'), // 5 in preschool: early childhood, left out
      kid('A21', '2005-10-02', '12', iep('regular_school', 600)), // 21: counted, under 40 %
      kid('A22', '2004-10-01', 'UG'), // 22: not counted at all
      kid('SS', '2012-01-01', '08', iep('separate_school', 0)),
    ],
    '2026-10-01',
  );
  it('lists each child with a category; early childhood is excluded with the reason', () => {
    expect(indicator5Children(children).map((r) => [r.localId, r.category])).toEqual([
      ['A21', '5B'],
      ['K5', '5A'],
      ['P5', 'excluded_early_childhood'],
      ['SS', '5C'],
    ]);
    const rows = indicator5Csv(children, indicator5Children(children), '2026-10-01', 'cite');
    const summary = new Map(rows.filter((r) => r[0] === 'summary').map((r) => [r[1], r[2]]));
    expect(summary.get('denominator_school_age')).toBe(3);
    expect(summary.get('5A_percent')).toBe(33.3);
    expect(summary.get('excluded:early_childhood_ages_3_to_5_not_in_kindergarten')).toBe(1);
  });
});

describe('indicator 11 and 12 CSVs: summary rows then one row per child', () => {
  const s = (localId: string, dateOfBirth: string, events: CaseEvent[]): IndicatorStudent => ({
    localId,
    dateOfBirth,
    events,
    plans: [],
    calendar: WEEKDAY_CALENDAR,
  });
  it('indicator 11: (a), (b), the range of days beyond, reasons, and each child', () => {
    const i = indicator11(
      [
        s('A', '2015-01-01', [
          ev('consent_given', '2025-09-01', { consentType: 'evaluation' }),
          ev('evaluation_completed', '2025-11-05', { reevaluation: false }),
        ]),
        s('B', '2015-01-01', [
          ev('consent_given', '2025-09-01', { consentType: 'evaluation' }),
          ev('evaluation_completed', '2025-10-20', { reevaluation: false }),
        ]),
      ],
      { profile: STATE_PROFILES.federal, window, today: '2026-11-30' },
    );
    const rows = indicator11Csv(i, 'cite');
    const summary = new Map(rows.filter((r) => r[0] === 'summary').map((r) => [r[1], r[2]]));
    expect([
      summary.get('a_consent_received'),
      summary.get('b_within_timeline'),
      summary.get('percent'),
      summary.get('days_beyond_timeline_range'),
    ]).toEqual([2, 1, 50, '5-5']);
    expect(summary.get('not_within_timeline:none_recorded')).toBe(1);
    expect(rows.filter((r) => r[0] === 'child')).toEqual([
      ['child', 'beyond_timeline', '', 'A', '2025-09-01', '2025-10-31', '2025-11-05', 5, null, null],
      ['child', 'within_timeline', '', 'B', '2025-09-01', '2025-10-31', '2025-10-20', null, null, null],
    ]);
  });
  it('indicator 12: the counts (a)–(f) and the denominator', () => {
    const i = indicator12(
      [s('C', '2023-02-15', [ev('part_c_referral', '2025-10-01', { partCEligibleOn: '2026-01-01' })])],
      { profile: STATE_PROFILES.federal, window, today: '2026-11-30' },
    );
    const rows = indicator12Csv(i, 'cite');
    const summary = new Map(rows.filter((r) => r[0] === 'summary').map((r) => [r[1], r[2]]));
    expect([
      summary.get('a_referred_from_part_c'),
      summary.get('e_part_c_eligible_under_90_days'),
      summary.get('denominator_a_minus_b_d_e_f'),
      summary.get('percent'),
    ]).toEqual([1, 1, 0, '']);
    expect(rows.at(-1)).toEqual([
      'child',
      'e',
      '',
      'C',
      '2026-02-15',
      '2026-01-01',
      '2025-10-01',
      null,
      '',
      null,
      null,
      'part_c_eligible_less_than_90_days',
      'SPP/APR indicator 12 (e)',
    ]);
  });
});
