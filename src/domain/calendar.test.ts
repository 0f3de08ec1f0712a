import { describe, expect, it } from 'vitest';
import {
  buildSchoolYear,
  classifyDays,
  completeSchoolYear,
  isoWeekday,
  isSchoolYear,
  schoolYearBounds,
  schoolYearOf,
  summarizeYear,
} from './calendar';

describe('school calendar', () => {
  it('counts weekdays as instructional, weekends and closures (inclusive at both ends) not', () => {
    const days = classifyDays('2026-11-20', '2026-11-30', [
      { from: '2026-11-23', to: '2026-11-27', note: 'Thanksgiving break' },
    ]);
    const instructional = days.filter((d) => d.instructional).map((d) => d.day);
    expect(instructional).toEqual(['2026-11-20', '2026-11-30']);
    expect(days.find((d) => d.day === '2026-11-23')?.note).toBe('Thanksgiving break');
    expect(days.find((d) => d.day === '2026-11-27')?.instructional).toBe(false);
    expect(days).toHaveLength(11);
  });

  it('knows the weekday', () => {
    expect(isoWeekday('2026-11-28')).toBe(6); // Saturday
    expect(isoWeekday('2026-11-29')).toBe(7); // Sunday
    expect(isoWeekday('2026-11-30')).toBe(1); // Monday
  });

  it.each([
    ['2026-06-30', '2025-2026'],
    ['2026-07-01', '2026-2027'],
    ['2026-11-28', '2026-2027'],
    ['2027-01-04', '2026-2027'],
  ])('%s belongs to school year %s (July to June)', (d, y) => {
    expect(schoolYearOf(d)).toBe(y);
  });
});

describe('a school year’s calendar (July 1 – June 30)', () => {
  const plan = {
    firstDay: '2026-08-17',
    lastDay: '2027-06-04',
    closures: [{ from: '2026-11-23', to: '2026-11-27', note: 'Thanksgiving break' }],
  };

  it.each([
    ['2026-2027', true],
    ['2026-2028', false],
    ['2026/2027', false],
    ['26-27', false],
  ])('%s is a school year: %s', (y, ok) => {
    expect(isSchoolYear(y)).toBe(ok);
  });

  it('runs from July 1 to June 30', () => {
    expect(schoolYearBounds('2026-2027')).toEqual({ first: '2026-07-01', last: '2027-06-30' });
  });

  it('is built from the first and last day and the closures: every date of the year, school days only inside the term', () => {
    const r = buildSchoolYear('2026-2027', plan);
    if (!r.ok) throw new Error('expected a year');
    expect(r.days).toHaveLength(365);
    const on = (d: string) => r.days.find((x) => x.day === d)!;
    expect(on('2026-08-14').instructional).toBe(false); // the Friday before the first day
    expect(on('2026-08-17').instructional).toBe(true); // the first day
    expect(on('2027-06-04').instructional).toBe(true); // the last day
    expect(on('2027-06-07').instructional).toBe(false); // the Monday after it
    expect(on('2026-11-23')).toEqual({ day: '2026-11-23', instructional: false, note: 'Thanksgiving break' });
    expect(on('2026-11-27').instructional).toBe(false); // a closure includes its last day
    expect(on('2026-11-30').instructional).toBe(true);
    expect(summarizeYear(r.days)).toMatchObject({
      firstInstructionalDay: '2026-08-17',
      lastInstructionalDay: '2027-06-04',
    });
  });

  it.each<[string, Partial<typeof plan>, string[]]>([
    ['a first day before July 1', { firstDay: '2026-06-30' }, ['firstDay']],
    ['a last day after June 30', { lastDay: '2027-07-01' }, ['lastDay']],
    ['a last day before the first', { firstDay: '2026-09-01', lastDay: '2026-08-31' }, ['lastDay']],
    ['the same first and last day', { firstDay: '2026-09-01', lastDay: '2026-09-01' }, []],
    [
      'a closure ending before it starts',
      { closures: [{ from: '2026-11-27', to: '2026-11-23', note: '' }] },
      ['closures.0.to'],
    ],
    [
      'a closure outside the year',
      { closures: [{ from: '2027-07-01', to: '2027-07-02', note: '' }] },
      ['closures.0.from', 'closures.0.to'],
    ],
  ])('refuses %s, naming the field', (_label, over, paths) => {
    const r = buildSchoolYear('2026-2027', { ...plan, ...over });
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(paths);
  });

  it('completes a year listed in part: unlisted dates are days without school', () => {
    const days = completeSchoolYear('2027-2028', [{ day: '2027-08-16', instructional: true, note: null }]);
    expect(days).toHaveLength(366); // 29 February 2028
    expect(days.filter((d) => d.instructional).map((d) => d.day)).toEqual(['2027-08-16']);
  });
});
