import { describe, expect, it } from 'vitest';
import { addDays, ageOn, birthdayOf, daysBetween, isIsoDate, longDateEn } from './dates';

describe('ageOn (completed years; a birthday counts on the day itself)', () => {
  it.each([
    ['2010-03-14', '2026-03-13', 15], // the day before the 16th birthday
    ['2010-03-14', '2026-03-14', 16], // the 16th birthday
    ['2010-03-14', '2026-03-15', 16],
    ['2008-11-28', '2026-11-27', 17],
    ['2008-11-28', '2026-11-28', 18], // age of majority on the birthday
    ['2012-02-29', '2028-02-28', 15], // leap-day birthday, leap year: not yet
    ['2012-02-29', '2028-02-29', 16], // leap year: on the day
    ['2011-02-28', '2027-02-28', 16],
    ['2012-02-29', '2027-02-28', 14], // common year: 28 February is still before the birthday
    ['2012-02-29', '2027-03-01', 15], // common year: turns 15 on 1 March
  ])('born %s, on %s → %i', (dob, on, age) => {
    expect(ageOn(dob, on)).toBe(age);
  });
});

describe('birthdayOf', () => {
  it('gives the date of the Nth birthday, 1 March for a leap-day birthday in a common year', () => {
    expect(birthdayOf('2010-03-14', 16)).toBe('2026-03-14');
    expect(birthdayOf('2012-02-29', 16)).toBe('2028-02-29');
    expect(birthdayOf('2012-02-29', 15)).toBe('2027-03-01');
    expect(ageOn('2012-02-29', birthdayOf('2012-02-29', 15))).toBe(15);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2026-01-01', 59, '2026-03-01'],
    ['2026-01-01', 60, '2026-03-02'],
    ['2028-01-01', 59, '2028-02-29'], // leap year
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i days = %s', (from, n, to) => {
    expect(addDays(from, n)).toBe(to);
    expect(daysBetween(from, to)).toBe(n);
  });

  it('is not shifted by daylight-saving changes', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
  });

  it('recognises only real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(() => addDays('yesterday', 1)).toThrow(RangeError);
  });
});

describe("longDateEn (a day in words for the API's English message)", () => {
  it.each([
    ['2025-10-28', 'October 28, 2025'],
    ['2026-01-01', 'January 1, 2026'],
    ['2028-02-29', 'February 29, 2028'],
    ['2026-12-31', 'December 31, 2026'],
  ])('%s → %s', (d, words) => expect(longDateEn(d)).toBe(words));
  it('refuses what is not a date', () => expect(() => longDateEn('28/10/2025')).toThrow(RangeError));
});
