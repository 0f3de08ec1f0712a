import { describe, expect, it } from 'vitest';
import { countDateIn, countDateSettingProblem, currentCountDate } from './count-date';

describe('the 618 child count date: any day from October 1 to December 1 (34 CFR 300.641(a))', () => {
  it.each([
    ['09-30', false],
    ['10-01', true],
    ['10-31', true],
    ['11-30', true],
    ['12-01', true],
    ['12-02', false],
    ['11-31', false], // no such day
    ['02-29', false],
    ['1-10', false],
    ['2026-10-01', false],
    ['', false],
  ])('%s is a count date: %s', (monthDay, ok) => {
    expect(countDateSettingProblem(monthDay) === null).toBe(ok);
  });

  it('names the rule when the day is outside the window', () => {
    expect(countDateSettingProblem('12-02')).toContain('34 CFR 300.641(a)');
    expect(countDateSettingProblem('09-30')).toContain('between October 1 and December 1');
  });

  it('without a setting: the first Thursday of October', () => {
    expect(countDateIn(2026, null)).toBe('2026-10-01');
    expect(countDateIn(2027, null)).toBe('2027-10-07');
    expect(countDateIn(2026, '12-01')).toBe('2026-12-01');
  });

  it.each<[string, string | null, string]>([
    ['2026-11-30', null, '2026-10-01'],
    ['2026-09-30', null, '2025-10-02'],
    ['2026-11-30', '12-01', '2025-12-01'], // the day before this year's count date: last year's
    ['2026-12-01', '12-01', '2026-12-01'], // on the count date: this year's
    ['2026-12-02', '12-01', '2026-12-01'],
    ['2026-10-01', '10-01', '2026-10-01'],
    ['2026-09-30', '10-01', '2025-10-01'],
  ])('on %s with setting %s the reports default to %s', (today, setting, expected) => {
    expect(currentCountDate(today, setting)).toBe(expected);
  });
});
