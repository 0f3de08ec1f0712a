import { describe, expect, it } from 'vitest';
import {
  calendarImportAccepted,
  parseCalendarDate,
  parseInstructional,
  planCalendarImport,
  type CalendarCsvTable,
} from './calendar-csv';

/** A table as csv-parse gives it: the header, then rows numbered from line 2. */
const table = (header: string[], ...rows: string[][]): CalendarCsvTable => ({
  header,
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
});
const H = ['date', 'instructional', 'note'];

describe('calendar CSV values', () => {
  it.each([
    ['yes', true],
    ['YES', true],
    ['y', true],
    ['true', true],
    ['T', true],
    ['1', true],
    ['sí', true],
    [' Yes ', true],
    ['no', false],
    ['N', false],
    ['false', false],
    ['f', false],
    ['0', false],
    ['maybe', null],
    ['', null],
    ['2', null],
    ['x', null],
  ])('instructional %j → %j', (v, expected) => {
    expect(parseInstructional(v)).toBe(expected);
  });

  it.each([
    ['2026-08-17', '2026-08-17'],
    ['8/17/2026', '2026-08-17'],
    ['08/07/2026', '2026-08-07'],
    ['2026-02-30', null],
    ['13/01/2026', null],
    ['17-08-2026', null],
    ['2026/08/17', null],
  ])('date %j → %j', (v, expected) => {
    expect(parseCalendarDate(v)).toBe(expected);
  });
});

describe('a calendar CSV: every row checked, every rejection named by line and field', () => {
  it('reads a year and completes it: unlisted dates are days without school', () => {
    const plan = planCalendarImport(
      table(H, ['2026-08-17', 'yes', 'First day'], ['2026-08-18', 'y', ''], ['9/7/2026', 'no', 'Labor Day']),
    );
    expect(calendarImportAccepted(plan)).toBe(true);
    expect(plan.issues).toEqual([]);
    expect(plan.years).toHaveLength(1);
    expect(plan.years[0]).toMatchObject({
      schoolYear: '2026-2027',
      listed: 3,
      instructionalDays: 2,
      firstInstructionalDay: '2026-08-17',
      lastInstructionalDay: '2026-08-18',
    });
    expect(plan.years[0]!.days).toHaveLength(365);
    expect(plan.years[0]!.days.find((d) => d.day === '2026-09-07')).toEqual({
      day: '2026-09-07',
      instructional: false,
      note: 'Labor Day',
    });
  });

  it('reports each bad row with its line, field and reason, and accepts nothing', () => {
    const plan = planCalendarImport(
      table(
        H,
        ['2026-08-17', 'yes', ''],
        ['2026-08-32', 'yes', ''],
        ['2026-08-19', 'maybe', ''],
        ['', 'no', ''],
        ['2026-08-17', 'no', 'again'],
        ['2026-08-20', '', ''],
        ['2026-08-21', 'yes', 'x'.repeat(201)],
      ),
    );
    expect(calendarImportAccepted(plan)).toBe(false);
    expect(plan.issues.filter((i) => i.severity === 'rejected').map((i) => [i.line, i.field])).toEqual([
      [3, 'date'],
      [4, 'instructional'],
      [5, 'date'],
      [6, 'date'],
      [7, 'instructional'],
      [8, 'note'],
    ]);
    expect(plan.issues.find((i) => i.line === 6)!.reason).toContain('already on line 2');
    expect(plan.issues.find((i) => i.line === 3)!.reason).toContain('"2026-08-32"');
  });

  it('takes the common header spellings, in any case, and warns about a column it does not know', () => {
    const plan = planCalendarImport(
      table(['Day', 'School Day', 'Description', 'Campus'], ['2026-08-17', 'TRUE', 'First day', 'North']),
    );
    expect(calendarImportAccepted(plan)).toBe(true);
    expect(plan.issues).toEqual([
      { line: 1, field: 'Campus', reason: expect.stringContaining('Unknown column') as unknown, severity: 'warning' },
    ]);
  });

  it('keeps a weekend school day, with a warning', () => {
    const plan = planCalendarImport(table(H, ['2026-08-22', 'yes', 'Saturday school']));
    expect(calendarImportAccepted(plan)).toBe(true);
    expect(plan.issues[0]).toMatchObject({ line: 2, field: 'instructional', severity: 'warning' });
  });

  it('is unusable without a header, the required columns or any row', () => {
    expect(planCalendarImport(table([])).unusable).toBe(true);
    expect(planCalendarImport(table(['date', 'note'], ['2026-08-17', ''])).issues[0]).toMatchObject({
      line: 1,
      field: 'instructional',
      severity: 'rejected',
    });
    expect(
      planCalendarImport(table(['when', 'instructional'], ['2026-08-17', 'yes'])).issues.find(
        (i) => i.severity === 'rejected',
      ),
    ).toMatchObject({ line: 1, field: 'date' });
    expect(planCalendarImport(table(H)).unusable).toBe(true);
  });

  it('replaces each school year it touches (July–June), one plan per year', () => {
    const plan = planCalendarImport(
      table(H, ['2026-06-30', 'yes', ''], ['2026-07-01', 'no', ''], ['2026-08-17', 'yes', '']),
    );
    expect(plan.years.map((y) => [y.schoolYear, y.listed])).toEqual([
      ['2025-2026', 1],
      ['2026-2027', 2],
    ]);
  });

  it('for one school year only, rejects a row of another year', () => {
    const plan = planCalendarImport(table(H, ['2026-08-17', 'yes', ''], ['2027-07-01', 'yes', '']), {
      onlySchoolYear: '2026-2027',
    });
    expect(calendarImportAccepted(plan)).toBe(false);
    expect(plan.issues).toEqual([
      {
        line: 3,
        field: 'date',
        reason: expect.stringContaining('not in the school year 2026-2027') as unknown,
        severity: 'rejected',
      },
    ]);
  });

  it('warns when a year in the file has no school day (a mistyped year)', () => {
    const plan = planCalendarImport(table(H, ['2026-08-17', 'yes', ''], ['2027-08-17', 'no', '']));
    expect(plan.issues).toEqual([
      {
        line: 3,
        field: 'instructional',
        reason: expect.stringContaining('2027-2028 has no school day') as unknown,
        severity: 'warning',
      },
    ]);
  });
});
