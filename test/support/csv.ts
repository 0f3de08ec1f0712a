/** The reports' CSV read back with the project's CSV library (RFC 4180: quoted fields, doubled quotes, CRLF). */
import { parse } from 'csv-parse/sync';

export function parseCsv(text: string): string[][] {
  return parse(text, { bom: false, relax_quotes: false }) as string[][];
}
