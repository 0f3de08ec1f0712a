import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseEventKind } from './case-events';
import { addDays } from './dates';
import { WEEKDAY_CALENDAR } from './deadlines';
import {
  indicator11,
  indicator12,
  indicator12Row,
  indicator13,
  partCEligibleTooLate,
  reportingWindow,
  schoolYearOf,
  schoolYearProblem,
  type IndicatorStudent,
} from './indicators';
import { STATE_PROFILES, type StateProfile } from './state-profiles';

let n = 0;
const ev = (
  kind: CaseEventKind,
  occurredOn: string,
  details: Record<string, unknown> = {},
  voided = false,
): CaseEvent => ({ id: `e${++n}`, kind, occurredOn, details, recordedAt: `${occurredOn}T12:00:00Z`, voided });
const student = (events: CaseEvent[], over: Partial<IndicatorStudent> = {}): IndicatorStudent => ({
  localId: 'L1',
  dateOfBirth: '2015-03-02',
  events,
  plans: [],
  calendar: WEEKDAY_CALENDAR,
  ...over,
});
const federal = STATE_PROFILES.federal;
const window = reportingWindow('2025-2026')!;

describe('the reporting window: July 1 – June 30', () => {
  it('names the federal reporting year', () => {
    expect(reportingWindow('2025-2026')).toEqual({ schoolYear: '2025-2026', start: '2025-07-01', end: '2026-06-30' });
    expect(reportingWindow('2025-2027')).toBeNull();
    expect(reportingWindow('2025')).toBeNull();
    expect(schoolYearProblem('25-26')).toMatch(/YYYY-YYYY/);
  });
  it.each([
    ['2026-06-30', '2025-2026'],
    ['2026-07-01', '2026-2027'],
    ['2026-11-30', '2026-2027'],
  ])('%s falls in %s', (d, y) => expect(schoolYearOf(d)).toBe(y));
});

describe('indicator 11 (20 U.S.C. 1416(a)(3)(B); 34 CFR 300.301(c)(1), (d)): evaluated within 60 days of consent', () => {
  const consentOn = '2025-09-01';
  const due = addDays(consentOn, 60);
  const consent = () => ev('consent_given', consentOn, { consentType: 'evaluation' });
  const done = (on: string) => ev('evaluation_completed', on, { reevaluation: false });
  const run = (events: CaseEvent[], today = '2026-11-30', profile: StateProfile = federal) =>
    indicator11([student(events)], { profile, window, today });

  it.each([
    ['day 59', addDays(consentOn, 59), 'within_timeline', null],
    ['day 60', due, 'within_timeline', null],
    ['day 61', addDays(consentOn, 61), 'beyond_timeline', 1],
  ])('completed on %s → %s', (_l, on, category, daysBeyond) => {
    const r = run([consent(), done(on)]);
    expect(r.rows[0]).toMatchObject({ localId: 'L1', consentOn, due, completedOn: on, category, daysBeyond });
    expect(r.denominator).toBe(1);
    expect(r.numerator).toBe(category === 'within_timeline' ? 1 : 0);
  });

  it.each([
    ['parent_did_not_produce_child', '34 CFR 300.301(d)(1)'],
    ['child_enrolled_in_another_district', '34 CFR 300.301(d)(2), (e)'],
  ])(
    'a 300.301(d) delay (%s) takes the child out of (a) and (b) even when the evaluation then finished late',
    (reason, citation) => {
      const late = run([
        consent(),
        ev('delay', '2025-10-25', { rule: 'initial-evaluation', reason }),
        done(addDays(consentOn, 75)),
      ]);
      expect(late.rows[0]).toMatchObject({ category: 'excluded', reason, citation, daysBeyond: 15 });
      expect(late).toMatchObject({ numerator: 0, denominator: 0, percent: null });
      expect(late.excluded).toEqual([{ reason, citation, children: 1 }]);
      const open = run([consent(), ev('delay', '2025-10-25', { rule: 'initial-evaluation', reason })]);
      expect(open.rows[0]).toMatchObject({ category: 'excluded', completedOn: null });
    },
  );

  it('a delay noted but the evaluation done within the timeline: counted in (b), the exception was not needed', () => {
    const r = run([
      consent(),
      ev('delay', '2025-10-01', { rule: 'initial-evaluation', reason: 'parent_did_not_produce_child' }),
      done(due),
    ]);
    expect(r.rows[0]!.category).toBe('within_timeline');
    expect(r).toMatchObject({ numerator: 1, denominator: 1, percent: 100 });
  });

  it('a delay the law does not excuse leaves the child in (a) and not (b), with the reason and the days beyond', () => {
    const r = run([
      consent(),
      ev('delay', '2025-10-20', { rule: 'initial-evaluation', reason: 'staff_unavailable' }),
      done(addDays(due, 9)),
    ]);
    expect(r.rows[0]).toMatchObject({ category: 'beyond_timeline', reason: 'staff_unavailable', daysBeyond: 9 });
    expect(r.beyond).toEqual({
      children: 1,
      days: { min: 9, max: 9 },
      reasons: [{ reason: 'staff_unavailable', citation: '', children: 1 }],
    });
  });

  it('not completed: pending through the due date, beyond the timeline the day after (days to today)', () => {
    expect(run([consent()], due).rows[0]!.category).toBe('pending');
    expect(run([consent()], due).denominator).toBe(0);
    expect(run([consent()], addDays(due, 1)).rows[0]).toMatchObject({
      category: 'beyond_timeline',
      daysBeyond: 1,
      completedOn: null,
    });
  });

  it('the window: consent on June 30 belongs to the year, July 1 to the next', () => {
    const c = (on: string) => [ev('consent_given', on, { consentType: 'evaluation' }), done(addDays(on, 10))];
    expect(run(c('2026-06-30')).rows).toHaveLength(1);
    expect(run(c('2026-07-01')).rows).toHaveLength(0);
    expect(run(c('2025-07-01')).rows).toHaveLength(1);
    expect(run(c('2025-06-30')).rows).toHaveLength(0);
  });

  it('voided events do not count; a revoked consent leaves the child out', () => {
    expect(run([ev('consent_given', consentOn, { consentType: 'evaluation' }, true)]).rows).toHaveLength(0);
    const r = run([consent(), ev('consent_revoked', '2025-09-10', { consentType: 'evaluation' })]);
    expect(r.rows[0]).toMatchObject({ category: 'excluded', reason: 'consent_revoked' });
  });

  it('uses the state timeline (Texas: 45 school days)', () => {
    const r = run([consent(), done(addDays(consentOn, 61))], '2026-11-30', STATE_PROFILES.TX);
    expect(r.rows[0]!.category).toBe('within_timeline');
    expect(r.timeline).toMatch(/45 school days/);
  });
});

describe('indicator 12 (34 CFR 300.124(b)): an IEP by the third birthday for children from Part C', () => {
  const dob = '2023-02-15';
  const third = '2026-02-15';
  const referral = (details: Record<string, unknown> = {}) => ev('part_c_referral', '2025-10-01', details);
  const iep = (startDate: string) => ({
    type: 'iep' as const,
    status: 'active' as const,
    amendmentOf: null,
    startDate,
  });
  const row = (
    events: CaseEvent[],
    plans: IndicatorStudent['plans'] = [],
    profile: StateProfile = federal,
    today = '2026-11-30',
  ) => indicator12Row(student(events, { dateOfBirth: dob, plans }), { profile, today })!;

  it.each([
    ['the day before', addDays(third, -1), 'c'],
    ['on', third, 'c'],
    ['the day after', addDays(third, 1), 'not_met'],
  ])('IEP in effect %s the third birthday → %s', (_l, start, category) => {
    const r = row(
      [referral(), ev('eligibility', '2026-01-10', { eligible: true, categories: ['developmental_delay'] })],
      [iep(start)],
    );
    expect(r.category).toBe(category);
    if (category === 'not_met') expect(r.daysBeyond).toBe(1);
  });

  it.each([
    ['the day before', addDays(third, -1), 'b'],
    ['on', third, 'not_met'],
  ])('determined NOT eligible %s the third birthday → %s ("prior to their third birthdays")', (_l, on, category) => {
    const r = row([referral(), ev('eligibility', on, { eligible: false, categories: [] })]);
    expect(r.category).toBe(category);
    if (category === 'not_met')
      expect(r).toMatchObject({ reason: 'not_eligible_on_or_after_third_birthday', daysBeyond: 0 });
  });

  it.each([
    [89, 'e'],
    [90, 'not_met'],
    [91, 'not_met'],
  ])('found eligible for Part C %i days before the third birthday → %s', (days, category) => {
    expect(partCEligibleTooLate(addDays(third, -days), third)).toBe(category === 'e');
    expect(row([referral({ partCEligibleOn: addDays(third, -days) })]).category).toBe(category);
  });

  it('(d) from the record: a refusal of consent before the birthday, or an IEP ready by it that took effect only on the parent’s later consent (300.300(b))', () => {
    const eligible = ev('eligibility', '2026-01-10', { eligible: true, categories: ['developmental_delay'] });
    expect(
      row([referral(), eligible, ev('consent_refused', '2026-01-20', { consentType: 'initial_services' })]).category,
    ).toBe('d');
    expect(row([referral(), ev('consent_refused', third, { consentType: 'evaluation' })]).reason).toBe(
      'parent_refused_consent_evaluation',
    );
    // A refusal after the birthday explains nothing about the birthday.
    expect(
      row([referral(), eligible, ev('consent_refused', addDays(third, 1), { consentType: 'initial_services' })])
        .category,
    ).toBe('not_met');
    const waited = {
      type: 'iep' as const,
      status: 'active' as const,
      amendmentOf: null,
      meetingDate: '2026-02-01',
      startDate: '2026-02-02',
      inEffectFrom: addDays(third, 3),
    };
    expect(row([referral(), eligible], [waited])).toMatchObject({
      category: 'd',
      reason: 'parent_consent_to_services_after_third_birthday',
    });
    const stillWaiting = {
      type: 'iep' as const,
      status: 'awaiting_consent' as const,
      amendmentOf: null,
      meetingDate: '2026-02-01',
      startDate: '2026-02-02',
      inEffectFrom: null,
    };
    expect(row([referral(), eligible], [stillWaiting]).category).toBe('d');
    // Consent that came in time: in effect by the birthday, (c).
    expect(row([referral(), eligible], [{ ...waited, inEffectFrom: third }]).category).toBe('c');
  });

  it('(e) does not take away a success: found eligible 30 days before and served on the birthday → c', () => {
    expect(row([referral({ partCEligibleOn: addDays(third, -30) })], [iep(third)]).category).toBe('c');
  });

  it('(d): parent refusal of consent that delayed it, or a 300.301(d) exception', () => {
    expect(
      row([
        referral(),
        ev('delay', '2026-01-20', { rule: 'part-c-transition', reason: 'parent_refused_consent_delayed_part_c' }),
      ]),
    ).toMatchObject({ category: 'd', reason: 'parent_refused_consent_delayed_part_c' });
    expect(
      row([
        referral(),
        ev('delay', '2025-12-20', { rule: 'initial-evaluation', reason: 'parent_did_not_produce_child' }),
      ]),
    ).toMatchObject({ category: 'd', reason: 'parent_did_not_produce_child' });
    // A delay the law does not excuse: not met, the reason kept.
    expect(
      row(
        [referral(), ev('delay', '2026-01-20', { rule: 'part-c-transition', reason: 'staff_unavailable' })],
        [iep('2026-03-01')],
      ),
    ).toMatchObject({ category: 'not_met', reason: 'staff_unavailable', daysBeyond: 14 });
  });

  it('(f) only where the state offers the 303.211 option', () => {
    const events = [
      referral(),
      ev('delay', '2026-02-01', { rule: 'part-c-transition', reason: 'parent_chose_part_c_past_age_three' }),
    ];
    expect(row(events).category).toBe('not_met');
    const offering: StateProfile = {
      ...federal,
      partCServicesPastAgeThree: { offered: true, citation: '34 CFR 303.211' },
    };
    expect(row(events, [], offering)).toMatchObject({
      category: 'f',
      citation: 'SPP/APR indicator 12 (f); 34 CFR 303.211',
    });
  });

  it('an older record: a "referred less than 90 days" delay stands for (e) when the Part C date was not recorded', () => {
    expect(
      row([
        referral(),
        ev('delay', '2026-01-02', { rule: 'part-c-transition', reason: 'part_c_referred_less_than_90_days' }),
      ]).category,
    ).toBe('e');
  });

  it('pending while the third birthday is ahead, unless already decided', () => {
    expect(row([referral()], [], federal, addDays(third, -1)).category).toBe('pending');
    expect(row([referral()], [iep(addDays(third, -5))], federal, addDays(third, -1)).category).toBe('c');
    expect(row([referral()], [], federal, third).category).toBe('not_met');
  });

  it('percent = c / (a − b − d − e − f); the window is the third birthday in July 1 – June 30', () => {
    const kid = (localId: string, dateOfBirth: string, events: CaseEvent[], plans: IndicatorStudent['plans'] = []) =>
      student(events, { localId, dateOfBirth, plans });
    const r = indicator12(
      [
        kid('C1', '2023-02-15', [referral()], [iep('2026-02-01')]), // c
        kid('C2', '2023-03-01', [referral(), ev('eligibility', '2026-02-01', { eligible: false })]), // b
        kid('C3', '2023-04-01', [referral({ partCEligibleOn: '2026-03-01' })]), // e
        kid('C4', '2023-05-01', [referral()]), // not met
        kid('C5', '2022-06-30', [referral()], [iep('2025-06-01')]), // third birthday 2025-06-30: last year
        kid('C6', '2023-07-01', [referral()], [iep('2026-06-01')]), // third birthday 2026-07-01: next year
      ],
      { profile: federal, window, today: '2026-11-30' },
    );
    expect(r.rows.map((x) => [x.localId, x.category])).toEqual([
      ['C1', 'c'],
      ['C2', 'b'],
      ['C3', 'e'],
      ['C4', 'not_met'],
    ]);
    expect(r.counts).toMatchObject({ a: 4, b: 1, c: 1, d: 0, e: 1, f: 0, not_met: 1, pending: 0 });
    expect(r).toMatchObject({ numerator: 1, denominator: 2, percent: 50 });
    expect(r.notMet.days).toEqual({ min: 213, max: 213 });
  });
});

describe('indicator 13 (34 CFR 300.320(b)): youth aged 16 and above with an IEP in effect', () => {
  it('counts from the 16th birthday; the numerator is the IEPs with transition content', () => {
    const today = '2026-11-30';
    const r = indicator13(
      [
        { localId: 'A', dateOfBirth: '2010-11-30', iep: { startDate: '2026-09-01', transitionComplete: true } }, // 16 today
        { localId: 'B', dateOfBirth: '2010-12-01', iep: { startDate: '2026-09-01', transitionComplete: true } }, // 16 tomorrow
        { localId: 'C', dateOfBirth: '2009-01-01', iep: { startDate: '2026-09-01', transitionComplete: false } },
        { localId: 'D', dateOfBirth: '2009-01-01', iep: null },
      ],
      today,
    );
    expect(r.rows.map((x) => [x.localId, x.meets])).toEqual([
      ['A', true],
      ['C', false],
    ]);
    expect(r).toMatchObject({ numerator: 1, denominator: 2, percent: 50 });
  });
});
