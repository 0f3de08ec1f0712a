/**
 * A school calendar as CSV, as a district's student information system can export it (README "School calendars"):
 *
 *   date,instructional,note
 *   2026-08-17,yes,First day of school
 *   2026-09-07,no,Labor Day
 *
 * One row per date, a header first (names in any case; `day` for date, `school_day`/`in_session` for instructional,
 * `notes`/`description` for note are accepted). Dates as YYYY-MM-DD or M/D/YYYY; instructional as yes/no, y/n,
 * true/false, t/f, 1/0 (sí/si too). Every row is checked and each problem reported by line and field; a file with any
 * rejected row changes nothing (a calendar with a hole in it would move deadlines silently). Each school year
 * (July–June) the file touches is replaced whole: dates of that year the file does not list are days without school.
 * Pure: the text is split into cells by the caller (csv-parse; BOM tolerated).
 */
import {
  completeSchoolYear,
  isoWeekday,
  isSchoolYear,
  schoolYearOf,
  summarizeYear,
  type CalendarDay,
} from './calendar';
import { isIsoDate, type IsoDate } from './dates';

export interface CalendarCsvTable {
  header: string[];
  /** Data rows with the line (1-based; the header is line 1) each ends on. */
  rows: { line: number; cells: string[] }[];
}

export interface CalendarIssue {
  line: number;
  field: string;
  reason: string;
  severity: 'rejected' | 'warning';
}

export interface CalendarYearImport {
  schoolYear: string;
  /** Every date of the school year, as it will be stored. */
  days: CalendarDay[];
  /** Dates the file lists for this year. */
  listed: number;
  instructionalDays: number;
  firstInstructionalDay: IsoDate | null;
  lastInstructionalDay: IsoDate | null;
}

export interface CalendarImportPlan {
  years: CalendarYearImport[];
  /** Rejected rows (nothing may be written while there is one) and warnings (written anyway). */
  issues: CalendarIssue[];
  /** True when the file cannot be read as a calendar at all (no header, a required column missing, no rows). */
  unusable: boolean;
}

export const CALENDAR_COLUMNS = {
  date: ['date', 'day', 'calendar_date', 'calendardate'],
  instructional: ['instructional', 'instructional_day', 'school_day', 'schoolday', 'in_session', 'is_school_day'],
  note: ['note', 'notes', 'description', 'comment', 'event'],
} as const;
export const MAX_CALENDAR_NOTE = 200;

const TRUE = new Set(['yes', 'y', 'true', 't', '1', 'sí', 'si']);
const FALSE = new Set(['no', 'n', 'false', 'f', '0']);

/** yes/no, y/n, true/false, t/f, 1/0, sí/si in any case; null when it is none of them. */
export function parseInstructional(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return null;
}

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** YYYY-MM-DD, or the US M/D/YYYY (month first) many SIS exports use; null when neither names a real day. */
export function parseCalendarDate(value: string): IsoDate | null {
  const v = value.trim();
  if (isIsoDate(v)) return v;
  const m = US_DATE.exec(v);
  if (!m) return null;
  const [, month = '', day = '', year = ''] = m;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface CalendarColumns {
  date: number;
  instructional: number;
  /** -1 when the file has no note column. */
  note: number;
}

const rejectFile = (field: string, reason: string): CalendarIssue => ({ line: 1, field, reason, severity: 'rejected' });

/** Where the header puts each column (a warning for each unknown one), or why the file cannot be read. */
function calendarColumns(table: CalendarCsvTable, issues: CalendarIssue[]): CalendarColumns | CalendarIssue {
  const header = table.header.map(norm);
  if (header.length === 0 || header.every((h) => h === ''))
    return rejectFile(
      'header',
      'The file is empty: it needs a header row (date,instructional,note) and one row per date.',
    );
  const find = (names: readonly string[]) => header.findIndex((h) => names.includes(h));
  const col = {
    date: find(CALENDAR_COLUMNS.date),
    instructional: find(CALENDAR_COLUMNS.instructional),
    note: find(CALENDAR_COLUMNS.note),
  };
  header.forEach((h, i) => {
    if (i !== col.date && i !== col.instructional && i !== col.note)
      issues.push({
        line: 1,
        field: table.header[i] ?? h,
        reason: 'Unknown column: ignored (expected date, instructional, note).',
        severity: 'warning',
      });
  });
  if (col.date === -1)
    return rejectFile('date', `No date column in the header (found: ${table.header.join(', ') || 'nothing'}).`);
  if (col.instructional === -1)
    return rejectFile('instructional', `No instructional column in the header (found: ${table.header.join(', ')}).`);
  if (table.rows.length === 0) return rejectFile('date', 'No dates: the file has a header but no rows.');
  return col;
}

/**
 * One data row: its day, or null when it is rejected (each reason reported). `seen` holds the line of each day read
 * so far (a repeated day is rejected); a school day on a weekend is kept with a warning.
 */
function readCalendarRow(
  { line, cells }: CalendarCsvTable['rows'][number],
  col: CalendarColumns,
  seen: Map<IsoDate, number>,
  opts: { onlySchoolYear?: string },
  issues: CalendarIssue[],
): CalendarDay | null {
  const rawDate = cells[col.date] ?? '';
  const rawInstr = cells[col.instructional] ?? '';
  const note = col.note === -1 ? '' : (cells[col.note] ?? '').trim();
  // An object, not a `let`: the flag is cleared inside `reject`, where control-flow narrowing does not look.
  const row = { ok: true };
  const reject = (field: string, reason: string) => {
    issues.push({ line, field, reason, severity: 'rejected' });
    row.ok = false;
  };
  const day = parseCalendarDate(rawDate);
  if (rawDate.trim() === '') reject('date', 'Empty: a date as YYYY-MM-DD (or M/D/YYYY) is needed.');
  else if (!day) reject('date', `"${rawDate.trim()}" is not a date as YYYY-MM-DD (or M/D/YYYY).`);
  const instructional = parseInstructional(rawInstr);
  if (rawInstr.trim() === '') reject('instructional', 'Empty: yes or no is needed.');
  else if (instructional === null)
    reject('instructional', `"${rawInstr.trim()}" is not yes or no (yes/no, y/n, true/false, 1/0).`);
  if (note.length > MAX_CALENDAR_NOTE) reject('note', `Longer than ${MAX_CALENDAR_NOTE} characters.`);
  if (day) {
    const earlier = seen.get(day);
    if (earlier !== undefined) reject('date', `${day} is already on line ${earlier}.`);
    else seen.set(day, line);
    if (opts.onlySchoolYear && schoolYearOf(day) !== opts.onlySchoolYear)
      reject('date', `${day} is not in the school year ${opts.onlySchoolYear} (July 1 to June 30).`);
  }
  if (!row.ok || !day || instructional === null) return null;
  if (instructional && isoWeekday(day) >= 6)
    issues.push({
      line,
      field: 'instructional',
      reason: `${day} is a ${WEEKDAY_NAMES[isoWeekday(day) - 1]} marked as a school day: kept as given.`,
      severity: 'warning',
    });
  return { day, instructional, note: note || null };
}

/** The days read, by school year, completed into whole years (a warning for a year without a school day). */
function calendarYears(
  byYear: Map<string, CalendarDay[]>,
  seen: Map<IsoDate, number>,
  issues: CalendarIssue[],
): CalendarYearImport[] {
  return [...byYear.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .filter(([y]) => isSchoolYear(y))
    .map(([schoolYear, listed]): CalendarYearImport => {
      const days = completeSchoolYear(schoolYear, listed);
      const s = summarizeYear(days);
      if (s.instructionalDays === 0)
        issues.push({
          line: Math.min(...listed.map((d) => seen.get(d.day) ?? 0)),
          field: 'instructional',
          reason: `The school year ${schoolYear} has no school day in the file: is a row's year wrong?`,
          severity: 'warning',
        });
      return {
        schoolYear,
        days,
        listed: listed.length,
        instructionalDays: s.instructionalDays,
        firstInstructionalDay: s.firstInstructionalDay,
        lastInstructionalDay: s.lastInstructionalDay,
      };
    });
}

/**
 * Reads the table into the school years it replaces. `onlySchoolYear`: the file is for that year only (a row of
 * another year is rejected). Nothing is dropped silently: every row is either used or reported.
 */
export function planCalendarImport(
  table: CalendarCsvTable,
  opts: { onlySchoolYear?: string } = {},
): CalendarImportPlan {
  const issues: CalendarIssue[] = [];
  const col = calendarColumns(table, issues);
  if ('severity' in col) return { years: [], issues: [...issues, col], unusable: true };

  const seen = new Map<IsoDate, number>();
  const byYear = new Map<string, CalendarDay[]>();
  for (const row of table.rows) {
    const read = readCalendarRow(row, col, seen, opts, issues);
    if (!read) continue;
    const year = schoolYearOf(read.day);
    const days = byYear.get(year) ?? [];
    byYear.set(year, days);
    days.push(read);
  }

  const years = calendarYears(byYear, seen, issues);
  issues.sort((a, b) => a.line - b.line);
  return { years, issues, unusable: false };
}

/** Whether the plan may be written: usable and no row rejected. */
export function calendarImportAccepted(plan: CalendarImportPlan): boolean {
  return !plan.unusable && !plan.issues.some((i) => i.severity === 'rejected');
}
