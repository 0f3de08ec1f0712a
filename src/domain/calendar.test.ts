import { describe, expect, it } from 'vitest';
import { classifyDays, isoWeekday, schoolYearOf } from './calendar';

describe('school calendar', () => {
  it('counts weekdays as instructional, weekends and closures (inclusive at both ends) not', () => {
    const days = classifyDays('2026-11-20', '2026-11-30', [{ from: '2026-11-23', to: '2026-11-27', note: 'Thanksgiving break' }]);
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
