/**
 * Discipline as 34 CFR 300.530–300.536 count it: boundary tables on the demo's 2026-2027 calendar
 * (Thanksgiving 2026-11-23..27, winter break 2026-12-21..2027-01-01, last day 2027-06-04).
 */
import { describe, expect, it } from 'vitest';
import { classifyDays } from './calendar';
import { studentDeadlines, type ClockInput } from './case-clock';
import type { CaseEvent } from './case-events';
import { calendarFromDays, WEEKDAY_CALENDAR, type SchoolCalendar } from './deadlines';
import {
  changesOfPlacement,
  disciplineRecords,
  lastDayOf,
  mdrConsequences,
  mdrDue,
  removalCounts,
  schoolDaysBetween,
  type DisciplineRecords,
  type ManifestationReview,
  type Removal,
} from './discipline';
import { disciplineAlerts, disciplineYear, isSchoolYear } from './discipline-year';
import {
  seriesDays,
  validateManifestationReview,
  validatePatternDetermination,
  validateRemoval,
} from './discipline-rules';
import { STATE_PROFILES } from './state-profiles';
import { SAMPLE_CLOSURES, SAMPLE_FIRST_DAY, SAMPLE_LAST_DAY } from '../db/sample-school-year';

const CAL: SchoolCalendar = calendarFromDays(classifyDays(SAMPLE_FIRST_DAY, SAMPLE_LAST_DAY, SAMPLE_CLOSURES));
const TODAY = '2026-11-30';

let n = 0;
const removal = (firstDay: string, lastDay: string, over: Partial<Removal> = {}): Removal => ({
  id: `r${++n}`,
  type: 'out_of_school_suspension',
  decidedOn: firstDay,
  firstDay,
  lastDay,
  inSchool: null,
  bus: null,
  specialCircumstance: null,
  behavior: '',
  legacy: false,
  ...over,
});
const mdr = (over: Partial<ManifestationReview>): ManifestationReview => ({
  id: `m${++n}`,
  heldOn: '2026-12-01',
  decisionId: null,
  causedByDisability: false,
  failureToImplementIep: false,
  manifestation: false,
  behaviorPlan: null,
  placement: null,
  returnedOn: null,
  remedySteps: '',
  services: '',
  participants: '',
  fromMeeting: false,
  ...over,
});
const records = (over: Partial<DisciplineRecords>): DisciplineRecords => ({
  removals: [],
  determinations: [],
  notices: [],
  mdrs: [],
  ...over,
});
const year = (over: Partial<DisciplineRecords>, today = TODAY, cal = CAL, schoolYear?: string) =>
  disciplineYear({ records: records(over), calendar: cal, today, ...(schoolYear ? { schoolYear } : {}) });
const steps = (y: ReturnType<typeof disciplineYear>) => y.nextSteps.map((s) => s.code);

describe('school days of a removal: whole days, first and last included, on the school calendar', () => {
  it.each([
    ['one day', '2026-11-16', '2026-11-16', 1],
    ['Monday to Friday', '2026-11-16', '2026-11-20', 5],
    ['over a weekend', '2026-11-19', '2026-11-24', 2], // Thu, Fri; Mon 23 and Tue 24 are Thanksgiving break
    ['across Thanksgiving break', '2026-11-20', '2026-11-30', 2],
    ['across winter break', '2026-12-18', '2027-01-05', 3], // Dec 18, Jan 4, Jan 5
    ['a holiday inside', '2026-11-10', '2026-11-12', 2], // Veterans Day 11 Nov
  ])('%s: %s to %s is %i school days', (_l, first, last, days) => {
    expect(schoolDaysBetween(first, last, CAL)).toEqual({ days: expect.any(Array) as unknown, estimated: false });
    expect(schoolDaysBetween(first, last, CAL).days).toHaveLength(days);
  });
  it('beyond the calendar weekdays stand in, marked estimated', () => {
    expect(schoolDaysBetween('2027-06-28', '2027-07-02', CAL)).toEqual({
      days: ['2027-06-28', '2027-06-29', '2027-06-30', '2027-07-01', '2027-07-02'],
      estimated: true,
    });
  });
  it('an old record of N days ends on the Nth school day, its first day included', () => {
    expect(lastDayOf('2026-11-16', 1, CAL)).toBe('2026-11-16');
    expect(lastDayOf('2026-11-16', 5, CAL)).toBe('2026-11-20');
    expect(lastDayOf('2026-11-16', 6, CAL)).toBe('2026-11-30');
    expect(lastDayOf('2026-11-21', 1, CAL)).toBe('2026-11-30'); // a Saturday: the first school day after it
  });
});

describe('which removals count (71 Fed. Reg. 46715; 300.530(b))', () => {
  const all = { generalCurriculum: true, iepServices: true, nondisabledPeers: true };
  it.each([
    ['out-of-school suspension', removal('2026-10-05', '2026-10-05'), true, 'out_of_school_suspension'],
    [
      'an old record without a type: read as out-of-school',
      removal('2026-10-05', '2026-10-05', { legacy: true }),
      true,
      'legacy_read_as_suspension',
    ],
    [
      'in-school, all three afforded',
      removal('2026-10-05', '2026-10-05', { type: 'in_school_suspension', inSchool: all }),
      false,
      'in_school_afforded',
    ],
    [
      'in-school, no progress in the general curriculum',
      removal('2026-10-05', '2026-10-05', {
        type: 'in_school_suspension',
        inSchool: { ...all, generalCurriculum: false },
      }),
      true,
      'in_school_not_afforded',
    ],
    [
      'in-school, IEP services not received',
      removal('2026-10-05', '2026-10-05', { type: 'in_school_suspension', inSchool: { ...all, iepServices: false } }),
      true,
      'in_school_not_afforded',
    ],
    [
      'in-school, apart from non-disabled peers',
      removal('2026-10-05', '2026-10-05', {
        type: 'in_school_suspension',
        inSchool: { ...all, nondisabledPeers: false },
      }),
      true,
      'in_school_not_afforded',
    ],
    [
      'bus, transport in the IEP, none other',
      removal('2026-10-05', '2026-10-05', {
        type: 'bus_suspension',
        bus: { transportationInIep: true, otherTransportationProvided: false },
      }),
      true,
      'bus_transport_in_iep',
    ],
    [
      'bus, transport in the IEP, other provided',
      removal('2026-10-05', '2026-10-05', {
        type: 'bus_suspension',
        bus: { transportationInIep: true, otherTransportationProvided: true },
      }),
      false,
      'bus_other_transport',
    ],
    [
      'bus, transport not in the IEP',
      removal('2026-10-05', '2026-10-05', {
        type: 'bus_suspension',
        bus: { transportationInIep: false, otherTransportationProvided: false },
      }),
      false,
      'bus_not_in_iep',
    ],
    ['expulsion', removal('2026-10-05', '2026-10-05', { type: 'expulsion' }), true, 'expulsion'],
    [
      '300.530(g) setting',
      removal('2026-10-05', '2026-10-05', { type: 'interim_alternative_setting', specialCircumstance: 'weapon' }),
      true,
      'special_circumstances',
    ],
  ])('%s → counts: %s', (_l, r, counts, reason) => {
    expect(removalCounts(r)).toEqual({ counts, reason });
    expect(year({ removals: [r] }).total).toBe(counts ? 1 : 0);
  });
});

describe('the 10th and the 11th day of removal in a school year (300.530(b)(2), (d))', () => {
  // Nine days in the fall, none consecutive with the next.
  const fall = [
    removal('2026-09-14', '2026-09-16'),
    removal('2026-10-05', '2026-10-07'),
    removal('2026-11-02', '2026-11-04'),
  ];
  it('day 10: no services required, no pattern determination needed, no change of placement', () => {
    const y = year({ removals: [...fall, removal('2026-11-16', '2026-11-16')] });
    expect(y).toMatchObject({ total: 10, servicesFrom: null, decisions: [] });
    expect(steps(y)).toEqual(['count_warning']);
  });
  it('day 11: services from that day, decided by school personnel with a teacher; the series needs a pattern determination', () => {
    const eleventh = removal('2026-11-16', '2026-11-17');
    const y = year({ removals: [...fall, eleventh] });
    expect(y).toMatchObject({ total: 11, servicesFrom: '2026-11-17', decisions: [] });
    expect(y.removals.at(-1)).toMatchObject({
      dayNumbers: { first: 10, last: 11 },
      servicesFrom: '2026-11-17',
      servicesDays: 1,
      servicesDecidedBy: 'school_personnel_with_teacher',
    });
    expect(y.nextSteps.find((s) => s.code === 'record_pattern_determination')).toMatchObject({
      severity: 'overdue',
      removalId: eleventh.id,
      citation: '34 CFR 300.536(a)(2), (b)(1)',
    });
    expect(y.nextSteps.find((s) => s.code === 'provide_services')).toMatchObject({
      due: '2026-11-17',
      params: { from: '2026-11-17', days: 1 },
    });
  });
  it('across Thanksgiving break: day 10 on Friday 20 November, day 11 on Monday 30 November', () => {
    const y = year({ removals: [...fall, removal('2026-11-20', '2026-11-30')] });
    expect(y).toMatchObject({ total: 11, servicesFrom: '2026-11-30' });
  });
  it('across winter break: day 11 is the first school day of January', () => {
    const y = year({ removals: [...fall, removal('2026-12-18', '2027-01-04')] }, '2027-01-10');
    expect(y).toMatchObject({ total: 11, servicesFrom: '2027-01-04' });
  });
  it('a day covered by two removals counts once', () => {
    const y = year({
      removals: [
        removal('2026-10-05', '2026-10-07'),
        removal('2026-10-06', '2026-10-08', {
          type: 'in_school_suspension',
          inSchool: { generalCurriculum: false, iepServices: true, nondisabledPeers: true },
        }),
      ],
    });
    expect(y.total).toBe(4);
  });
  it('days decided but still ahead count in the total and not yet in the days to date', () => {
    const y = year({ removals: [removal('2026-11-30', '2026-12-04')] });
    expect(y).toMatchObject({ total: 5, toDate: 1 });
  });
});

describe('across the school-year line (June 30 / July 1): the count restarts', () => {
  // Weekdays only: 21 June to 2 July 2027 is 10 school days, 8 in 2026-2027 and 2 in 2027-2028.
  const r = removal('2027-06-21', '2027-07-02');
  it('each day counts in its own school year', () => {
    expect(year({ removals: [r] }, '2027-07-02', WEEKDAY_CALENDAR, '2026-2027')).toMatchObject({
      total: 8,
      from: '2026-07-01',
      to: '2027-06-30',
    });
    const next = year({ removals: [r] }, '2027-07-02', WEEKDAY_CALENDAR, '2027-2028');
    expect(next).toMatchObject({ total: 2 });
    expect(next.removals[0]).toMatchObject({ dayNumbers: { first: 1, last: 2 } });
  });
  it('ten days in June and one in July: day 11 never comes in either year', () => {
    const june = [
      removal('2027-06-01', '2027-06-04'),
      removal('2027-06-14', '2027-06-18'),
      removal('2027-06-29', '2027-06-29'),
    ];
    const july = removal('2027-07-06', '2027-07-06');
    expect(year({ removals: [...june, july] }, '2027-07-06', WEEKDAY_CALENDAR, '2026-2027')).toMatchObject({
      total: 10,
      servicesFrom: null,
    });
    expect(year({ removals: [...june, july] }, '2027-07-06', WEEKDAY_CALENDAR, '2027-2028')).toMatchObject({
      total: 1,
      servicesFrom: null,
    });
  });
  it('a removal of more than 10 consecutive school days is a change of placement even across the line', () => {
    expect(changesOfPlacement(records({ removals: [r] }), WEEKDAY_CALENDAR)).toEqual([]);
    const longer = removal('2027-06-21', '2027-07-05');
    expect(changesOfPlacement(records({ removals: [longer] }), WEEKDAY_CALENDAR)).toMatchObject([
      { id: longer.id, basis: 'consecutive' },
    ]);
  });
  it('the school year is named as July–June', () => {
    expect([isSchoolYear('2026-2027'), isSchoolYear('2026-2028'), isSchoolYear('2026')]).toEqual([true, false, false]);
  });
});

describe('change of placement: more than 10 consecutive school days (300.536(a)(1))', () => {
  it.each([
    ['10 consecutive school days', '2026-11-02', '2026-11-16', false], // 2..6, 9,10,12,13 (Veterans Day), 16 = 10
    ['11 consecutive school days', '2026-11-02', '2026-11-17', true],
  ])('%s → change of placement: %s', (_l, first, last, cop) => {
    const r = removal(first, last);
    expect(schoolDaysBetween(first, last, CAL).days).toHaveLength(cop ? 11 : 10);
    const y = year({ removals: [r] });
    expect(y.decisions.length).toBe(cop ? 1 : 0);
    const clocks = studentDeadlines(clockInput([removalEvent(r)])).filter(
      (d) => d.rule === 'mdr' || d.rule === 'discipline-notice',
    );
    expect(clocks.length).toBe(cop ? 2 : 0);
  });
  it('back-to-back removals with no school day between are one run; the removal holding day 11 is the decision', () => {
    const a = removal('2026-10-05', '2026-10-09');
    const b = removal('2026-10-12', '2026-10-16', { decidedOn: '2026-10-09' });
    const c = removal('2026-10-19', '2026-10-19', { decidedOn: '2026-10-16' });
    expect(changesOfPlacement(records({ removals: [a, b] }), CAL)).toEqual([]);
    expect(changesOfPlacement(records({ removals: [a, b, c] }), CAL)).toEqual([
      {
        id: c.id,
        basis: 'consecutive',
        decidedOn: '2026-10-16',
        removalIds: [a.id, b.id, c.id],
        citation: '34 CFR 300.536(a)(1)',
      },
    ]);
  });
  it('back to back across Thanksgiving break (no school day between)', () => {
    const a = removal('2026-11-16', '2026-11-20');
    const b = removal('2026-11-30', '2026-12-07', { decidedOn: '2026-11-20' });
    expect(changesOfPlacement(records({ removals: [a, b] }), CAL)).toMatchObject([
      { id: b.id, decidedOn: '2026-11-20' },
    ]);
  });
  it('a school day between them breaks the run: no change of placement, a pattern determination instead', () => {
    const a = removal('2026-10-05', '2026-10-09');
    const b = removal('2026-10-13', '2026-10-20'); // Monday 12 October in school; 5 + 6 = 11 days
    const y = year({ removals: [a, b] });
    expect(y.decisions).toEqual([]);
    expect(steps(y)).toContain('record_pattern_determination');
  });
  it('an in-school suspension that does not count breaks the run too', () => {
    const all = { generalCurriculum: true, iepServices: true, nondisabledPeers: true };
    const a = removal('2026-10-05', '2026-10-09');
    const iss = removal('2026-10-12', '2026-10-12', { type: 'in_school_suspension', inSchool: all });
    const b = removal('2026-10-13', '2026-10-19');
    expect(changesOfPlacement(records({ removals: [a, iss, b] }), CAL)).toEqual([]);
  });
  it('an expulsion is a change of placement whatever its length', () => {
    const x = removal('2026-11-16', '2026-11-17', { type: 'expulsion' });
    expect(changesOfPlacement(records({ removals: [x] }), CAL)).toEqual([
      { id: x.id, basis: 'expulsion', decidedOn: '2026-11-16', removalIds: [x.id], citation: '34 CFR 300.536(a)(1)' },
    ]);
  });
});

describe('the MDR within 10 school days of the decision (300.530(e)), the notice that day (300.530(h))', () => {
  // Decided Friday 20 November; school days after it: Nov 30, Dec 1, 2, 3, 4, 7, 8, 9, 10, 11.
  const r = removal('2026-11-16', '2026-12-07', { decidedOn: '2026-11-20' });
  it('is due on the 10th school day after the decision, Thanksgiving break not counted', () => {
    expect(mdrDue('2026-11-20', CAL)).toEqual({ due: '2026-12-11', estimated: false });
  });
  it.each([
    ['the 9th school day', '2026-12-10', 'met'],
    ['the 10th school day', '2026-12-11', 'met'],
    ['the 11th school day', '2026-12-14', 'met_late'],
  ])('held on %s → %s', (_l, heldOn, status) => {
    const y = year({ removals: [r], mdrs: [mdr({ heldOn, decisionId: r.id })] }, '2026-12-15');
    expect(y.decisions[0]!.mdr).toMatchObject({ due: '2026-12-11', status });
    expect(steps(y).includes('mdr_held_late')).toBe(status === 'met_late');
    const clock = studentDeadlines(
      clockInput(
        [
          removalEvent(r),
          { ...ev('mdr_held', heldOn, { decisionId: r.id, causedByDisability: false, failureToImplementIep: false }) },
        ],
        '2026-12-15',
      ),
    ).find((d) => d.rule === 'mdr');
    expect(clock).toMatchObject({
      id: `mdr:${r.id}`,
      due: '2026-12-11',
      status,
      citation: '34 CFR 300.530(e)',
      action: { kind: 'open_discipline' },
    });
  });
  it('not held: due soon, then overdue the day after the 10th school day', () => {
    expect(year({ removals: [r] }, '2026-12-11').decisions[0]!.mdr.status).toBe('due_soon');
    const late = year({ removals: [r] }, '2026-12-14');
    expect(late.decisions[0]!.mdr.status).toBe('overdue');
    expect(late.nextSteps[0]).toMatchObject({ code: 'notify_parents', severity: 'overdue' });
    expect(late.nextSteps.find((s) => s.code === 'hold_mdr')).toMatchObject({
      severity: 'overdue',
      due: '2026-12-11',
      decisionId: r.id,
    });
  });
  it.each([
    ['the day of the decision', '2026-11-20', 'met'],
    ['the day after', '2026-11-21', 'met_late'],
  ])('the parents notified on %s → %s', (_l, notifiedOn, status) => {
    const y = year({
      removals: [r],
      notices: [{ id: 'n1', decisionId: r.id, notifiedOn, safeguardsNoticeProvided: true, method: 'phone' }],
    });
    expect(y.decisions[0]!.notice).toMatchObject({ due: '2026-11-20', status, notifiedOn });
    const clock = studentDeadlines(
      clockInput([
        removalEvent(r),
        ev('discipline_notice', notifiedOn, { decisionId: r.id, safeguardsNoticeProvided: true }),
      ]),
    ).find((d) => d.rule === 'discipline-notice');
    expect(clock).toMatchObject({ due: '2026-11-20', status, citation: '34 CFR 300.530(h)' });
  });
  it('a notice without the procedural safeguards notice does not meet it', () => {
    const y = year({
      removals: [r],
      notices: [
        { id: 'n1', decisionId: r.id, notifiedOn: '2026-11-20', safeguardsNoticeProvided: false, method: null },
      ],
    });
    expect(y.decisions[0]!.notice).toMatchObject({ status: 'overdue', withoutSafeguardsOn: '2026-11-20' });
  });
  it('a removal that is not a change of placement starts no MDR clock', () => {
    expect(
      studentDeadlines(clockInput([removalEvent(removal('2026-11-16', '2026-11-20'))])).filter((d) => d.rule === 'mdr'),
    ).toEqual([]);
  });
});

describe('a pattern of removals (300.536(a)(2), (b)(1))', () => {
  const series = [
    removal('2026-09-14', '2026-09-18'),
    removal('2026-10-05', '2026-10-09'),
    removal('2026-11-02', '2026-11-02'),
  ];
  const ids = series.map((r) => r.id);
  const byId = new Map(series.map((r) => [r.id, r]));
  it('the district determines it case by case: "no" clears the step and starts nothing', () => {
    const y = year({
      removals: series,
      determinations: [
        {
          id: 'p1',
          determinedOn: '2026-11-02',
          pattern: false,
          removalIds: ids,
          substantiallySimilarBehavior: false,
          lengthOfRemovals: '',
          totalTimeRemoved: '',
          proximity: '',
          determinedBy: 'Principal',
        },
      ],
    });
    expect(steps(y)).not.toContain('record_pattern_determination');
    expect(y.decisions).toEqual([]);
  });
  it('"yes" is a decision to change placement on the day of the determination', () => {
    const y = year({
      removals: series,
      determinations: [
        {
          id: 'p1',
          determinedOn: '2026-11-03',
          pattern: true,
          removalIds: ids,
          substantiallySimilarBehavior: true,
          lengthOfRemovals: '',
          totalTimeRemoved: '',
          proximity: '',
          determinedBy: 'IEP team',
        },
      ],
    });
    expect(y.decisions).toMatchObject([
      { id: 'p1', basis: 'pattern', decidedOn: '2026-11-03', mdr: { due: '2026-11-18' } },
    ]); // 4,5,6,9,10,12,13,16,17,18: Veterans Day not counted
    expect(y.removals.at(-1)).toMatchObject({ changeOfPlacementId: 'p1', servicesDecidedBy: 'iep_team' });
  });
  it('is refused as a pattern at 10 days or fewer, or without substantially similar behavior', () => {
    const ctx = { today: TODAY, removals: byId, calendar: CAL };
    expect(seriesDays(series, CAL)).toBe(11);
    expect(
      validatePatternDetermination(
        { determinedOn: TODAY, pattern: true, removalIds: ids, substantiallySimilarBehavior: true },
        ctx,
      ),
    ).toEqual([]);
    expect(
      validatePatternDetermination(
        { determinedOn: TODAY, pattern: true, removalIds: ids.slice(0, 2), substantiallySimilarBehavior: true },
        ctx,
      ),
    ).toMatchObject([{ path: 'pattern', citation: '34 CFR 300.536(a)(2)(i)' }]);
    expect(
      validatePatternDetermination(
        { determinedOn: TODAY, pattern: true, removalIds: ids, substantiallySimilarBehavior: false },
        ctx,
      ),
    ).toMatchObject([{ path: 'substantiallySimilarBehavior', citation: '34 CFR 300.536(a)(2)(ii)' }]);
    expect(
      validatePatternDetermination(
        { determinedOn: TODAY, pattern: false, removalIds: ['nope'], substantiallySimilarBehavior: false },
        ctx,
      ),
    ).toMatchObject([{ path: 'removalIds.0' }]);
  });
});

describe('a 300.530(g) interim alternative educational setting: up to 45 school days, regardless of manifestation', () => {
  const g = (last: string) =>
    removal('2026-08-17', last, { type: 'interim_alternative_setting', specialCircumstance: 'weapon' });
  it.each([
    ['45 school days', '2026-10-19', false],
    ['46 school days', '2026-10-20', true],
  ])('%s → over the limit: %s (recorded, shown as a finding)', (_l, last, over) => {
    const r = g(last);
    expect(schoolDaysBetween(r.firstDay, r.lastDay, CAL).days).toHaveLength(over ? 46 : 45);
    const y = year({ removals: [r] });
    expect(y.removals[0]!.overSpecialCircumstancesLimit).toBe(over);
    expect(steps(y).includes('special_circumstances_over_limit')).toBe(over);
    expect(validateRemoval({ ...r }, { today: TODAY, calendar: CAL })).toEqual([]);
  });
  it('is a change of placement however short, and stays after a manifestation', () => {
    const r = removal('2026-11-16', '2026-11-17', {
      type: 'interim_alternative_setting',
      specialCircumstance: 'drugs',
    });
    const [cop] = changesOfPlacement(records({ removals: [r] }), CAL);
    expect(cop).toMatchObject({ basis: 'special_circumstances', citation: '34 CFR 300.530(g)' });
    expect(
      mdrConsequences(
        { causedByDisability: true, failureToImplementIep: false, manifestation: true },
        'special_circumstances',
      ),
    ).toEqual(['fba_bip', 'special_circumstances_setting_continues']);
    expect(
      validateManifestationReview(
        {
          heldOn: '2026-11-20',
          causedByDisability: true,
          failureToImplementIep: false,
          behaviorPlan: 'fba_and_bip',
          placement: 'special_circumstances_setting',
        },
        cop,
        TODAY,
      ),
    ).toEqual([]);
  });
  it('needs its special circumstance', () => {
    expect(
      validateRemoval(
        { type: 'interim_alternative_setting', decidedOn: TODAY, firstDay: TODAY, lastDay: TODAY },
        { today: TODAY, calendar: CAL },
      ),
    ).toMatchObject([{ path: 'specialCircumstance', citation: '34 CFR 300.530(g)' }]);
  });
});

describe('the MDR outcome (300.530(e)(2), (e)(3), (f), (c)–(d))', () => {
  const r = removal('2026-11-02', '2026-11-17');
  const [cop] = changesOfPlacement(records({ removals: [r] }), CAL);
  it.each([
    [false, false, ['discipline_proceeds_with_services']],
    [true, false, ['fba_bip', 'return_to_placement']],
    [false, true, ['fba_bip', 'return_to_placement', 'remedy_deficiencies']],
    [true, true, ['fba_bip', 'return_to_placement', 'remedy_deficiencies']],
  ])('caused by the disability %s, failure to implement the IEP %s → %j', (q1, q2, consequences) => {
    expect(
      mdrConsequences({ causedByDisability: q1, failureToImplementIep: q2, manifestation: null }, 'consecutive'),
    ).toEqual(consequences);
  });
  it('a manifestation says what follows; a failure to implement names the remedy', () => {
    const base = { heldOn: '2026-11-20', causedByDisability: false, failureToImplementIep: true };
    expect(validateManifestationReview(base, cop, TODAY).map((p) => p.path)).toEqual([
      'behaviorPlan',
      'placement',
      'remedySteps',
    ]);
    expect(
      validateManifestationReview(
        { ...base, behaviorPlan: 'review_bip', placement: 'return', remedySteps: 'Aide hours restored from Monday.' },
        cop,
        TODAY,
      ),
    ).toEqual([]);
    expect(
      validateManifestationReview({ ...base, failureToImplementIep: false, placement: 'return' }, cop, TODAY),
    ).toMatchObject([{ path: 'placement', citation: '34 CFR 300.530(c)' }]);
    expect(
      validateManifestationReview(
        { heldOn: '2026-11-01', causedByDisability: false, failureToImplementIep: false },
        cop,
        TODAY,
      ),
    ).toMatchObject([{ path: 'heldOn' }]);
    expect(
      validateManifestationReview(
        { heldOn: '2026-11-20', causedByDisability: false, failureToImplementIep: false },
        undefined,
        TODAY,
      ),
    ).toMatchObject([{ path: 'decisionId' }]);
  });
  it('a return to the placement ends the days removed, not the change of placement', () => {
    const m = mdr({
      heldOn: '2026-11-10',
      decisionId: r.id,
      causedByDisability: true,
      manifestation: true,
      behaviorPlan: 'fba_and_bip',
      placement: 'return',
      returnedOn: '2026-11-12',
    });
    const y = year({ removals: [r], mdrs: [m] });
    expect(y.removals[0]).toMatchObject({ schoolDays: 11, daysRemoved: 7, returnedOn: '2026-11-12' }); // 2..6, 9, 10
    expect(y.decisions).toHaveLength(1);
    expect(y.total).toBe(7);
  });
});

describe('alerts to the case manager: before day 10, and past it', () => {
  it.each([
    [6, 7, []],
    [7, 8, ['warning']],
    [8, 9, []],
    [9, 10, []],
    [10, 11, ['past_ten']],
    [5, 12, ['past_ten']],
    [11, 12, []],
  ])('%i → %i days: %j', (before, after, alerts) => {
    expect(disciplineAlerts(before, after)).toEqual(alerts);
  });
});

describe('records read from case events', () => {
  it('an old removal { days } is an out-of-school suspension of that many school days; an old MDR with its removal id reviews it', () => {
    const r = ev('disciplinary_removal', '2026-11-16', { days: 11 });
    const recs = disciplineRecords([r, ev('mdr_held', '2026-11-20', { removalId: r.id, manifestation: true })], CAL);
    expect(recs.removals[0]).toMatchObject({
      type: 'out_of_school_suspension',
      legacy: true,
      firstDay: '2026-11-16',
      lastDay: '2026-12-07',
    });
    expect(recs.mdrs[0]).toMatchObject({ decisionId: r.id, manifestation: true, causedByDisability: null });
    const y = disciplineYear({ records: recs, calendar: CAL, today: TODAY });
    expect(y.decisions[0]).toMatchObject({ id: r.id, mdr: { status: 'met' } });
    expect(y.removals[0]!.countReason).toBe('legacy_read_as_suspension');
  });
  it('voided events are left out; an MDR meeting without an outcome asks for it', () => {
    const r = ev('disciplinary_removal', '2026-11-02', {
      type: 'expulsion',
      firstDay: '2026-11-02',
      lastDay: '2027-06-04',
    });
    const y = disciplineYear({
      records: disciplineRecords(
        [
          r,
          ev('iep_meeting', '2026-11-09', { purpose: 'manifestation_determination' }),
          ev('disciplinary_removal', '2026-10-01', { days: 3 }, true),
        ],
        CAL,
      ),
      calendar: CAL,
      today: TODAY,
    });
    expect(y.removals).toHaveLength(1);
    expect(y.decisions[0]!.mdr).toMatchObject({ status: 'met', review: { fromMeeting: true } });
    expect(steps(y)).toContain('record_mdr_outcome');
  });
});

describe('content rules of a new removal', () => {
  const ctx = { today: TODAY, calendar: CAL };
  it.each([
    ['decided after today', { decidedOn: '2026-12-01' }, 'decidedOn'],
    ['last day before first', { firstDay: '2026-11-10', lastDay: '2026-11-09' }, 'lastDay'],
    ['no school day in it', { firstDay: '2026-11-21', lastDay: '2026-11-22' }, 'firstDay'],
    ['an in-school suspension without its facts', { type: 'in_school_suspension' as const }, 'inSchool'],
    ['a bus suspension without its facts', { type: 'bus_suspension' as const }, 'bus'],
  ])('%s → names %s', (_l, over, path) => {
    const problems = validateRemoval(
      {
        type: 'out_of_school_suspension',
        decidedOn: '2026-11-09',
        firstDay: '2026-11-09',
        lastDay: '2026-11-10',
        ...over,
      },
      ctx,
    );
    expect(problems.map((p) => p.path)).toContain(path);
  });
  it('accepts a removal decided today that starts tomorrow', () => {
    expect(
      validateRemoval(
        { type: 'out_of_school_suspension', decidedOn: TODAY, firstDay: '2026-12-01', lastDay: '2026-12-03' },
        ctx,
      ),
    ).toEqual([]);
  });
});

// ---- helpers: the same facts as case events, through the case clock ----
let e = 0;
function ev(
  kind: CaseEvent['kind'],
  occurredOn: string,
  details: Record<string, unknown> = {},
  voided = false,
): CaseEvent {
  return { id: `ev${++e}`, kind, occurredOn, details, recordedAt: `${occurredOn}T12:00:00Z`, voided };
}
function removalEvent(r: Removal): CaseEvent {
  return {
    id: r.id,
    kind: 'disciplinary_removal',
    occurredOn: r.decidedOn,
    details: { type: r.type, firstDay: r.firstDay, lastDay: r.lastDay },
    recordedAt: `${r.decidedOn}T12:00:00Z`,
    voided: false,
  };
}
function clockInput(events: CaseEvent[], today = TODAY): ClockInput {
  return {
    student: { id: 's1', dateOfBirth: '2012-03-01', spedStatus: 'eligible_iep' },
    events,
    plans: [],
    meetings: [],
    profile: STATE_PROFILES.federal,
    calendar: CAL,
    today,
  };
}
