/**
 * Every CSV OpenIEP writes (the federal reports and indicator files, the district export, the CLI's report) is
 * made here, by csv-stringify, so that a spreadsheet opens it safely and the same way everywhere:
 *
 * - **UTF-8 with a byte order mark** (U+FEFF first): Excel otherwise reads UTF-8 as the local code page, and
 *   "José Núñez" opens as "JosÃ© NÃºÃ±ez".
 * - **RFC 4180**: one header row, CRLF record ends, a field holding a comma, a quote or any line break (CR or LF)
 *   quoted, quotes doubled.
 * - **Formula cells neutralized** (CSV injection, OWASP): a *text* cell that begins with `=`, `+`, `-`, `@`, a tab or
 *   a carriage return gets a leading `'`, so that `=HYPERLINK(…)` typed as a student's name or local id shows as text
 *   and never runs. Cells typed as numbers are written as they are — a negative number stays a number a
 *   spreadsheet can sum — so rows must carry numbers as numbers, never as numeric strings (a string "-3" is
 *   prefixed like any other text that starts with "-").
 *
 * Other values: null and undefined are empty cells; booleans `true`/`false`; dates as ISO 8601; objects and arrays
 * as JSON. Pure (no I/O, no clock): the callers write the text where it goes.
 */
import { stringify } from 'csv-stringify/sync';

/** The byte order mark every CSV starts with. Readers of our own CSVs strip it (csv-parse `bom: true`). */
export const CSV_BOM = '\uFEFF';

export type CsvCell =
  string | number | bigint | boolean | Date | null | undefined | Record<string, unknown> | readonly unknown[];

/** A whole CSV file's text: the BOM, the header row (when columns are given), then the rows. */
export function toCsv(columns: readonly string[] | null, rows: readonly (readonly CsvCell[])[]): string {
  const records = (columns ? [columns, ...rows] : rows).map((r) => [...r]);
  return stringify(records, {
    bom: true,
    record_delimiter: 'windows',
    // Given a record_delimiter, csv-stringify stops quoting fields that hold a lone CR or LF unless told to.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: {
      boolean: (v) => (v ? 'true' : 'false'),
      date: (v) => v.toISOString(),
      object: (v) => JSON.stringify(v),
    },
  });
}
