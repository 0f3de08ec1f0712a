/** The reports' CSV read back with the project's CSV library (RFC 4180: quoted fields, doubled quotes, CRLF). */
import { parse } from 'csv-parse/sync';

/** Every CSV OpenIEP writes starts with the UTF-8 byte order mark (src/documents/csv.ts): required here, then stripped. */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF'))
    throw new Error(`CSV without its byte order mark: ${JSON.stringify(text.slice(0, 40))}`);
  const rows: string[][] = parse(text, { bom: true, relax_quotes: false });
  return rows;
}
