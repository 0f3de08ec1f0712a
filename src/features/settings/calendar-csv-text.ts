/** A calendar CSV as text → the table the pure rules read (src/domain/calendar-csv.ts). csv-parse: BOM, CRLF, quotes. */
import type { CalendarCsvTable, CalendarIssue } from '../../domain/calendar-csv';
import { parseCsv } from '../roster/read-oneroster';

/** The table, or the reason the text is not CSV at all (an unclosed quote…), with the line csv-parse stopped on. */
export function readCalendarCsv(text: string): { table: CalendarCsvTable } | { issue: CalendarIssue } {
  try {
    const t = parseCsv('calendar.csv', text);
    return { table: { header: t.header, rows: t.rows } };
  } catch (e) {
    const err = e as Error & { lines?: number };
    return {
      issue: {
        line: err.lines ?? 0,
        field: 'csv',
        reason: `cannot be read as CSV: ${err.message}`,
        severity: 'rejected',
      },
    };
  }
}
