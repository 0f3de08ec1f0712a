import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import {
  dateParam,
  digestSummary,
  mailRetryDelayMinutes,
  reminderDedupeKey,
  reminderDue,
  ruleKey,
} from './notifications';

const today = '2026-11-30';
const days = [30, 14, 7];
const at = (daysUntil: number, status = daysUntil < 0 ? 'overdue' : daysUntil <= 14 ? 'due_soon' : 'upcoming') =>
  reminderDue({ due: addDays(today, daysUntil), status, today, reminderDays: days });

describe('reminderDue (deadline reminders at 30/14/7 days, once each; overdue once)', () => {
  it.each([
    [45, null],
    [31, null],
    [30, 30],
    [29, 30],
    [15, 30],
    [14, 14],
    [13, 14],
    [8, 14],
    [7, 7],
    [6, 7],
    [1, 7],
    [0, 7],
    [-1, 'overdue'],
    [-40, 'overdue'],
  ] as const)('due in %i days → threshold %s', (daysUntil, threshold) => {
    const r = at(daysUntil);
    expect(r?.threshold ?? null).toBe(threshold);
    if (r) expect(r.daysUntil).toBe(daysUntil);
  });

  it('a job that missed days catches up with the tightest threshold only (day 31 → day 12 gives the 14-day reminder, not the 30-day one)', () => {
    expect(at(31)).toBeNull();
    expect(at(12)?.threshold).toBe(14);
  });

  it('met, met late and delayed deadlines remind nobody', () => {
    expect(at(5, 'met')).toBeNull();
    expect(at(-5, 'met_late')).toBeNull();
    expect(at(-5, 'delayed')).toBeNull();
    expect(at(-5, 'met')).toBeNull();
  });

  it('takes the configured days in any order; 0 adds a "due today" reminder', () => {
    expect(reminderDue({ due: today, status: 'due_soon', today, reminderDays: [0, 7, 30, 14] })?.threshold).toBe(0);
    expect(reminderDue({ due: addDays(today, 10), status: 'due_soon', today, reminderDays: [7, 21] })?.threshold).toBe(
      21,
    );
    expect(reminderDue({ due: addDays(today, 10), status: 'due_soon', today, reminderDays: [] })).toBeNull();
    expect(reminderDue({ due: addDays(today, 3), status: 'due_soon', today, reminderDays: [-1, 2.5] })).toBeNull();
  });

  it('counts calendar days across a month and a leap day', () => {
    expect(reminderDue({ due: '2028-03-01', status: 'due_soon', today: '2028-02-23', reminderDays: days })).toEqual({
      threshold: 7,
      daysUntil: 7,
    });
    expect(reminderDue({ due: '2027-03-01', status: 'due_soon', today: '2027-02-23', reminderDays: days })).toEqual({
      threshold: 7,
      daysUntil: 6,
    });
  });

  it('dedupe keys name the student, rule, due date and threshold', () => {
    expect(reminderDedupeKey({ studentId: 's1', rule: 'annual-review', due: '2026-12-14' }, 14)).toBe(
      'deadline:s1:annual-review:2026-12-14:14',
    );
    expect(reminderDedupeKey({ studentId: 's1', rule: 'annual-review', due: '2026-12-14' }, 'overdue')).toBe(
      'deadline:s1:annual-review:2026-12-14:overdue',
    );
  });
});

describe('digestSummary', () => {
  const d = (studentName: string, due: string, status: string, rule = 'annual-review') => ({
    studentId: studentName,
    studentName,
    rule,
    due,
    status,
  });
  it('counts overdue and due within 7 days (day 7 in, day 8 out), most urgent first', () => {
    const s = digestSummary(
      [
        d('A', addDays(today, 8), 'due_soon'),
        d('B', addDays(today, 7), 'due_soon'),
        d('C', today, 'due_soon'),
        d('D', addDays(today, -1), 'overdue'),
        d('E', addDays(today, -3), 'delayed'),
        d('F', addDays(today, 2), 'met'),
        d('G', addDays(today, -20), 'overdue'),
      ],
      today,
    );
    expect(s.overdue).toBe(2);
    expect(s.dueThisWeek).toBe(2);
    expect(s.items.map((i) => [i.studentName, i.daysUntil])).toEqual([
      ['G', -20],
      ['D', -1],
      ['C', 0],
      ['B', 7],
    ]);
  });
  it('is empty when nothing is pressing', () => {
    expect(digestSummary([d('A', addDays(today, 30), 'upcoming')], today)).toEqual({
      overdue: 0,
      dueThisWeek: 0,
      items: [],
    });
  });
});

describe('helpers', () => {
  it('dateParam is noon UTC of the day (the same calendar day from UTC−11 to UTC+11)', () => {
    const v = dateParam('2026-12-14');
    expect(new Date(v).toISOString()).toBe('2026-12-14T12:00:00.000Z');
    for (const timeZone of [
      'Pacific/Honolulu',
      'America/Los_Angeles',
      'America/New_York',
      'Europe/Madrid',
      'Asia/Tokyo',
    ]) {
      expect(new Intl.DateTimeFormat('en-CA', { timeZone }).format(v)).toBe('2026-12-14');
    }
  });
  it('ruleKey makes ICU select keys', () => {
    expect(ruleKey('due-process-resolution-meeting')).toBe('due_process_resolution_meeting');
  });
  it('mail retries back off and are capped at 6 hours', () => {
    expect([1, 2, 3, 4, 10, 20].map(mailRetryDelayMinutes)).toEqual([1, 2, 4, 8, 360, 360]);
  });
});
