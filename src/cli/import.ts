/** `openiep import --district ID --oneroster DIR [--dry-run]`: loads a OneRoster 1.1/1.2 CSV roster into one district. */
import { must } from '../db/values';
import { parseArgs } from 'node:util';
import {
  importRoster,
  RosterUnusableError,
  DistrictNotFoundError,
  type ImportResult,
} from '../features/roster/import-roster';
import type { Database } from '../db/connect';
import type { RosterIssue } from '../domain/roster';
import { readOneRosterDir, RosterInputError } from '../features/roster/read-oneroster';
import { loadConfig } from '../server/config';
import { openDatabase } from './database';

const HELP = `Usage: openiep import --district ID --oneroster DIR [--dry-run]

Imports a OneRoster 1.1 or 1.2 CSV folder (manifest.csv, orgs.csv, users.csv, and classes.csv,
enrollments.csv, academicSessions.csv, roles.csv, demographics.csv, courses.csv when present) into one
district, given by its id or its NCES id. Every record is matched by its OneRoster sourcedId, so
importing the same files again changes nothing. One transaction: all of it is written, or none.

  --district ID     the district's id (uuid) or NCES id
  --oneroster DIR   the folder holding the CSV files
  --dry-run         check everything and report what would change, without writing

Rows that cannot be imported are listed as "file:line field — reason"; rows with status
tobedeleted are skipped (nothing is ever deleted by an import). Imported accounts have no password.

Exit codes: 0 imported (even with rejected rows), 2 unusable input (no manifest, a required file or
column missing, bad options), 1 any other error (unknown district, database).`;

const COLS = ['rows', 'created', 'updated', 'unchanged', 'used', 'skipped', 'rejected'] as const;

export function formatIssue(i: RosterIssue): string {
  return `${i.file}${i.line ? `:${i.line}` : ''} ${i.field} — ${i.reason}`;
}

export function formatSummary(r: ImportResult): string[] {
  const files = Object.keys(r.files).sort();
  const w = Math.max(4, ...files.map((f) => f.length));
  const line = (name: string, cells: (string | number)[]) =>
    `${name.padEnd(w)}  ${cells.map((c) => String(c).padStart(9)).join(' ')}`;
  const out = [
    line('file', [...COLS]),
    ...files.map((f) =>
      line(
        f,
        COLS.map((c) => must(r.files[f], `the summary of ${f}`)[c]),
      ),
    ),
  ];
  const bySeverity = (s: RosterIssue['severity']) => r.issues.filter((i) => i.severity === s);
  for (const [title, s] of [
    ['Rejected rows', 'rejected'],
    ['Skipped rows', 'skipped'],
    ['Warnings', 'warning'],
  ] as const) {
    const list = bySeverity(s);
    if (list.length) out.push('', `${title} (${list.length}):`, ...list.map((i) => `  ${formatIssue(i)}`));
  }
  return out;
}

export async function runImport(
  db: Database,
  district: string,
  dir: string,
  dryRun: boolean,
  log: (m: string) => void,
  err: (m: string) => void,
): Promise<number> {
  let input;
  try {
    input = readOneRosterDir(dir);
  } catch (e) {
    if (e instanceof RosterInputError) {
      err(`import: ${dir} cannot be imported:`);
      for (const i of e.issues) err(`  ${formatIssue(i)}`);
      return 2;
    }
    throw e;
  }
  try {
    const r = await importRoster(db, district, input, { dryRun, log });
    log('');
    for (const l of formatSummary(r)) log(l);
    const rejected = r.issues.filter((i) => i.severity === 'rejected').length;
    log('');
    log(
      `import: ${dryRun ? 'dry run, nothing written' : 'done'}: ${r.records.students} students, ${r.records.staff} staff, ${r.records.guardians} guardians, ${r.records.schools} schools, ${r.records.sections} sections, ${r.records.enrollments} enrollments; ${rejected} rows rejected`,
    );
    return 0;
  } catch (e) {
    if (e instanceof RosterUnusableError) {
      err(`import: ${dir} cannot be imported:`);
      for (const i of e.issues) err(`  ${formatIssue(i)}`);
      return 2;
    }
    if (e instanceof DistrictNotFoundError) {
      err(`import: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

export async function importCommand(args: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        district: { type: 'string' },
        oneroster: { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
    }).values;
  } catch (e) {
    console.error(`import: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help || !values.district || !values.oneroster) {
    (values.help ? console.log : console.error)(HELP);
    return values.help ? 0 : 2;
  }
  const db = await openDatabase(loadConfig());
  try {
    return await runImport(db, values.district, values.oneroster, !!values['dry-run'], console.log, console.error);
  } finally {
    await db.close();
  }
}
