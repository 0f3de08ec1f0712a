import { describe, expect, it } from 'vitest';
import { classifyDays, type Closure } from './calendar';
import {
  addSchoolDays,
  calculateDeadline,
  calendarFromDays,
  deadlineStatus,
  DEADLINE_RULES,
  WEEKDAY_CALENDAR,
  type DeadlineRule,
} from './deadlines';
import { BUILT_IN_PROFILES, effectiveProfile, STATE_PROFILES, type StateProfile } from './state-profiles';

const { federal, CA, TX } = STATE_PROFILES;
const CLOSURES: Closure[] = [
  { from: '2026-11-23', to: '2026-11-27', note: 'Thanksgiving break' },
  { from: '2026-12-21', to: '2027-01-01', note: 'Winter break' },
  { from: '2027-01-18', to: '2027-01-18', note: 'MLK Day' },
  { from: '2027-02-15', to: '2027-02-15', note: "Presidents' Day" },
];
const calendar = calendarFromDays(classifyDays('2026-08-17', '2027-06-04', CLOSURES));
const due = (rule: DeadlineRule, from: string, profile: StateProfile = federal, cal = calendar) =>
  calculateDeadline({ rule, from, profile, calendar: cal }).due;

describe('initial evaluation: 60 days from consent (34 CFR 300.301(c)(1))', () => {
  it('is due on day 60; met on day 59 or 60 is on time, day 61 is late', () => {
    expect(due('initial-evaluation', '2026-01-01')).toBe('2026-03-02');
    expect(deadlineStatus({ due: '2026-03-02', today: '2026-03-10', metOn: '2026-03-01' })).toBe('met'); // day 59
    expect(deadlineStatus({ due: '2026-03-02', today: '2026-03-10', metOn: '2026-03-02' })).toBe('met'); // day 60
    expect(deadlineStatus({ due: '2026-03-02', today: '2026-03-10', metOn: '2026-03-03' })).toBe('met_late'); // day 61
  });
  it('counts 29 February in a leap year', () => {
    expect(due('initial-evaluation', '2028-01-01')).toBe('2028-03-01');
  });
  it('Texas: 45 school days, skipping Thanksgiving, winter break and holidays', () => {
    expect(due('initial-evaluation', '2026-11-20', TX)).toBe('2027-02-16');
    // Property: exactly 45 instructional days after consent, the last on the due date.
    const r = addSchoolDays('2026-11-20', 45, calendar);
    expect(r.estimated).toBe(false);
    expect(calendar.isInstructional(r.due)).toBe(true);
  });
  it('California: 60 days not counting a break over five school days (winter), but counting Thanksgiving (five)', () => {
    const d = calculateDeadline({ rule: 'initial-evaluation', from: '2026-12-01', profile: CA, calendar });
    expect(d.due).toBe('2027-02-15'); // 60 days + the 16 days from 19 Dec to 3 Jan
    expect(d.basis).toMatch(/not counting 16 days/);
    // 47 days to 18 Dec, the break (19 Dec – 3 Jan) skipped, 13 more: 16 Jan.
    expect(due('initial-evaluation', '2026-11-01', CA)).toBe('2027-01-16');
  });
  it('says when the calendar runs out and weekdays stand in', () => {
    expect(calculateDeadline({ rule: 'initial-evaluation', from: '2027-05-20', profile: TX, calendar }).basis).toMatch(
      /weekdays assumed/,
    );
    expect(
      calculateDeadline({ rule: 'initial-evaluation', from: '2027-01-04', profile: TX, calendar }).basis,
    ).not.toMatch(/weekdays assumed/);
  });
});

describe('the other clocks', () => {
  it.each<[DeadlineRule, string, string]>([
    ['initial-iep-meeting', '2026-01-31', '2026-03-02'], // 30 days, February of a common year
    ['annual-review', '2026-09-10', '2027-09-09'],
    ['annual-review', '2028-02-29', '2029-02-28'],
    ['reevaluation', '2026-09-10', '2029-09-09'],
    ['records-request', '2026-11-28', '2027-01-12'],
    ['state-complaint', '2026-11-28', '2027-01-27'],
    ['due-process-resolution-meeting', '2026-11-28', '2026-12-13'],
    ['due-process-decision', '2026-11-28', '2027-02-11'],
    ['procedural-safeguards-notice', '2026-09-01', '2027-08-31'],
    ['part-c-transition', '2024-02-29', '2027-03-01'],
  ])('%s from %s → %s', (rule, from, expected) => {
    expect(due(rule, from)).toBe(expected);
  });

  it('a reevaluation may not come sooner than a year unless agreed', () => {
    expect(calculateDeadline({ rule: 'reevaluation', from: '2026-09-10', profile: federal }).earliest).toBe(
      '2027-09-10',
    );
  });

  it.each<[StateProfile, string]>([
    [federal, '2026-11-15'],
    [TX, '2024-11-15'],
  ])('transition content by the birthday of the profile’s age (%#)', (profile, expected) => {
    expect(due('transition-plan', '2010-11-15', profile)).toBe(expected);
  });

  it('age-of-majority notice one year before 18', () => {
    expect(due('age-of-majority-notice', '2009-11-15')).toBe('2026-11-15');
  });

  it('manifestation determination: 10 school days, on the district calendar or on weekdays', () => {
    expect(due('mdr', '2026-11-20')).toBe('2026-12-11'); // Thanksgiving week does not count
    expect(due('mdr', '2026-11-20', federal, WEEKDAY_CALENDAR)).toBe('2026-12-04');
    expect(due('mdr', '2026-11-19')).toBe('2026-12-10'); // day 10 is the 10th school day; the decision day is day 0
  });

  it('meeting notice lead time by profile (calendar days, or school days back from the meeting)', () => {
    // California law sets no number (Cal. Ed. Code 56341.5(b)): the district's lead time, here 15 calendar days.
    expect(
      due('meeting-notice', '2026-12-15', effectiveProfile(BUILT_IN_PROFILES.CA, { days: 15, counting: 'calendar' })),
    ).toBe('2026-11-30');
    expect(due('meeting-notice', '2026-12-15', CA)).toBe('2026-12-05'); // OpenIEP's 10 days until the district sets one
    expect(due('meeting-notice', '2026-11-30', TX)).toBe('2026-11-16');
    expect(due('meeting-notice', '2026-12-15', federal)).toBe('2026-12-05');
  });

  it('the citation names the state law a profile number comes from, after the federal rule', () => {
    expect(calculateDeadline({ rule: 'meeting-notice', from: '2026-12-15', profile: TX, calendar }).citation).toBe(
      '34 CFR 300.322(a)(1); 19 TAC 89.1050(h)',
    );
    expect(calculateDeadline({ rule: 'meeting-notice', from: '2026-12-15', profile: CA, calendar }).citation).toBe(
      '34 CFR 300.322(a)(1); Cal. Ed. Code 56341.5(b)',
    );
    expect(calculateDeadline({ rule: 'initial-evaluation', from: '2026-09-01', profile: TX, calendar }).citation).toBe(
      '34 CFR 300.301(c)(1); Tex. Educ. Code 29.004(a)(1)',
    );
    expect(calculateDeadline({ rule: 'transition-plan', from: '2012-01-01', profile: TX, calendar }).citation).toBe(
      '34 CFR 300.320(b); Tex. Educ. Code 29.0111',
    );
    expect(
      calculateDeadline({ rule: 'initial-evaluation', from: '2026-09-01', profile: federal, calendar }).citation,
    ).toBe('34 CFR 300.301(c)(1)');
  });

  it('a date counted on school days the calendar does not cover is marked estimated; calendar days never are', () => {
    const est = (rule: DeadlineRule, from: string, profile: StateProfile, cal = calendar) =>
      calculateDeadline({ rule, from, profile, calendar: cal }).estimated;
    expect(est('mdr', '2026-11-20', federal)).toBe(false); // inside the calendar
    expect(est('mdr', '2027-06-01', federal)).toBe(true); // runs past the last day the calendar covers
    expect(est('mdr', '2026-11-20', federal, WEEKDAY_CALENDAR)).toBe(true); // no calendar at all
    expect(est('initial-evaluation', '2026-11-20', TX, WEEKDAY_CALENDAR)).toBe(true);
    expect(est('initial-evaluation', '2026-11-20', TX)).toBe(false);
    expect(est('initial-evaluation', '2026-11-20', CA, WEEKDAY_CALENDAR)).toBe(true); // breaks unknown
    expect(est('initial-evaluation', '2026-11-20', federal, WEEKDAY_CALENDAR)).toBe(false); // 60 calendar days
    expect(est('meeting-notice', '2026-12-15', TX, WEEKDAY_CALENDAR)).toBe(true);
    expect(est('meeting-notice', '2026-12-15', CA, WEEKDAY_CALENDAR)).toBe(false);
    expect(est('annual-review', '2026-12-15', federal, WEEKDAY_CALENDAR)).toBe(false);
  });

  it('every rule has a citation and a basis', () => {
    for (const rule of DEADLINE_RULES) {
      const d = calculateDeadline({ rule, from: '2026-09-01', profile: federal, calendar });
      expect(d.citation).toMatch(/^34 CFR 300\./);
      expect(d.basis.length).toBeGreaterThan(10);
    }
  });
});

describe('deadlineStatus', () => {
  it.each([
    ['2026-02-15', null, false, 'upcoming'], // due in 15 days
    ['2026-02-16', null, false, 'due_soon'], // due in 14 days
    ['2026-03-02', null, false, 'due_soon'], // due today
    ['2026-03-03', null, false, 'overdue'],
    ['2026-03-03', null, true, 'delayed'], // an allowed delay reason is recorded: visible, not overdue
    ['2026-03-10', '2026-03-02', false, 'met'],
    ['2026-03-10', '2026-03-03', false, 'met_late'],
  ] as const)('today %s, met %s, allowed delay %s → %s', (today, metOn, allowedDelay, status) => {
    expect(deadlineStatus({ due: '2026-03-02', today, metOn, allowedDelay })).toBe(status);
  });
});
