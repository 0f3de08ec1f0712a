/** Reads a OneRoster CSV folder (manifest.csv + one file per entity) into cells with line numbers, using csv-parse. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  checkManifest,
  ROSTER_FILES,
  type CsvTable,
  type RosterFile,
  type RosterInput,
  type RosterIssue,
} from '../../domain/roster';
import { must } from '../../db/values';

export class RosterInputError extends Error {
  constructor(readonly issues: RosterIssue[]) {
    super(issues.map((i) => `${i.file}${i.line ? `:${i.line}` : ''} ${i.field} — ${i.reason}`).join('\n'));
  }
}

/** One CSV file as header + rows; each row carries the line it ends on. Tolerates a BOM, CRLF, no trailing newline, ragged rows. */
export function parseCsv(file: string, text: string): CsvTable {
  const records = parse(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [head, ...rest] = records;
  return {
    file,
    header: head ? head.record : [],
    rows: rest.map((r) => ({ line: r.info.lines, cells: r.record })),
  };
}

/** The folder's files, found case-insensitively (e.g. userProfiles.csv or userprofiles.csv). Throws RosterInputError when unusable. */
export function readOneRosterDir(dir: string): RosterInput {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
    throw new RosterInputError([
      { file: dir, line: 0, field: '--oneroster', reason: 'is not a folder', severity: 'rejected' },
    ]);
  const byLower = new Map(fs.readdirSync(dir).map((f) => [f.toLowerCase(), f]));
  const read = (name: string): { file: string; text: string } | null => {
    const f = byLower.get(name.toLowerCase());
    return f ? { file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') } : null;
  };
  const m = read('manifest.csv');
  let manifest: Record<string, string> | null = null;
  if (m) {
    try {
      const t = parseCsv(m.file, m.text);
      manifest = Object.fromEntries(t.rows.map((r) => [(r.cells[0] ?? '').trim(), (r.cells[1] ?? '').trim()]));
    } catch (e) {
      throw new RosterInputError([
        {
          file: m.file,
          line: 0,
          field: 'manifest.csv',
          reason: `cannot be read as CSV: ${(e as Error).message}`,
          severity: 'rejected',
        },
      ]);
    }
  }
  const tables: Partial<Record<RosterFile, CsvTable>> = {};
  const present = new Set<string>();
  const fatal: RosterIssue[] = [];
  for (const kind of ROSTER_FILES) {
    const f = read(`${kind}.csv`);
    if (!f) continue;
    present.add(kind);
    try {
      tables[kind] = parseCsv(f.file, f.text);
    } catch (e) {
      const err = e as Error & { lines?: number };
      fatal.push({
        file: f.file,
        line: err.lines ?? 0,
        field: 'csv',
        reason: `cannot be read as CSV: ${err.message}`,
        severity: 'rejected',
      });
    }
  }
  fatal.push(...checkManifest(manifest, present));
  if (fatal.length > 0) throw new RosterInputError(fatal);
  return { manifest: must(manifest, 'manifest.csv'), tables };
}
