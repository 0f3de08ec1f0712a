/** `openiep calendar import --school ID FILE.csv [--dry-run] [--school-year YYYY-YYYY]`: a school's calendar from CSV. */
import { must } from '../db/values';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Database } from '../db/connect';
import { createHandle } from '../db/handle';
import { AppError } from '../domain/errors';
import { CalendarImportRejected, importCalendar } from '../features/settings/import-calendar';
import { loadConfig } from '../server/config';
import { loadActor } from '../server/sessions';
import { openDatabase } from './database';

const USAGE = `Usage: openiep calendar import --school ID FILE.csv [--dry-run] [--school-year YYYY-YYYY]

Replaces a school's instructional calendar with the dates in a CSV file, one row per date:

  date,instructional,note
  2026-08-17,yes,First day of school
  2026-09-07,no,Labor Day

The header names the columns (any case; "day", "school_day", "description" are accepted too). Dates are
YYYY-MM-DD or M/D/YYYY; instructional is yes/no, y/n, true/false or 1/0. Each school year (July 1 to
June 30) the file has dates in is replaced whole: its dates the file does not list are days without
school. Every row is checked; if any is rejected, nothing is written and each is listed as
"FILE:line field — reason". One transaction; made as the district's administrator and audited.

  --school ID           the school's id (uuid) or NCES id
  --dry-run             check the file and say what would be replaced, without writing
  --school-year Y       the file is for this school year only (a row of another year is rejected)

Exit codes: 0 imported (or, with --dry-run, importable), 1 rows rejected (nothing written) or another
error, 2 bad options, an unreadable file or an unknown school.`;

export interface CalendarDeps {
  db?: Database;
  today?: string;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
}

type Print = (s: string) => void;
type CalendarImportResult = Awaited<ReturnType<typeof importCalendar>>;
interface ImportArgs {
  school: string;
  file: string;
  text: string;
  dryRun: boolean;
  schoolYear: string | undefined;
}

/** The options and the file of `calendar import`, or the exit code when they are not usable (the reason printed). */
function parseImportArgs(rest: string[], out: Print, err: Print): ImportArgs | number {
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        school: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'school-year': { type: 'string' },
      },
    });
  } catch (e) {
    err(`calendar: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const file = positionals[0];
  if (!values.school || !file || positionals.length !== 1) {
    err(`calendar: give --school and one CSV file\n\n${USAGE}`);
    return 2;
  }
  try {
    const text = fs.readFileSync(file, 'utf8');
    return { school: values.school, file, text, dryRun: values['dry-run'] === true, schoolYear: values['school-year'] };
  } catch (e) {
    err(`calendar: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

/** The school (by id or NCES id) and its district's first active administrator to import as, or the exit code. */
async function schoolAndAdmin(db: Database, school: string, err: Print) {
  const found = await db.query<{ id: string; name: string; districtId: string }>(
    `SELECT id::text AS id, name, district_id::text AS "districtId" FROM schools WHERE id::text = lower($1) OR nces_id = $1 ORDER BY id LIMIT 2`,
    [school],
  );
  if (found.length !== 1) {
    err(`calendar: no school "${school}" (give its id or NCES id)`);
    return 2;
  }
  const row = must(found[0], 'the one school found');
  const admins = await db.query<{ id: string }>(
    `SELECT id::text AS id FROM users WHERE district_id = $1::uuid AND role = 'district_admin' AND NOT disabled ORDER BY created_at, id LIMIT 1`,
    [row.districtId],
  );
  const actor = admins[0] ? await loadActor(db, admins[0].id) : null;
  if (!actor) {
    err("calendar: the school's district has no active district administrator to import as");
    return 1;
  }
  return { school: row, actor };
}

/** What was (or, in a dry run, would be) replaced, year by year, and the warnings. */
function printImported(out: Print, a: ImportArgs, school: { id: string; name: string }, r: CalendarImportResult) {
  const { dryRun, file } = a;
  out(`calendar: ${school.name} (${school.id})${dryRun ? ' — dry run, nothing written' : ''}`);
  for (const y of r.years) {
    const span = y.firstInstructionalDay ? `${y.firstInstructionalDay} to ${y.lastInstructionalDay}` : 'none';
    const was = y.replaces ? `replaces version ${y.replaces.version} (${y.replaces.days} days)` : 'new';
    out(
      `  ${y.schoolYear}: ${y.listed} dates listed, ${y.instructionalDays} school days (${span}); ${dryRun ? 'would replace' : was}${dryRun && y.replaces ? ` version ${y.replaces.version}` : ''}${y.version !== null ? `; now version ${y.version}` : ''}`,
    );
  }
  if (r.warnings.length) {
    out(`Warnings (${r.warnings.length}):`);
    for (const w of r.warnings) out(`  ${file}:${w.line} ${w.field} — ${w.reason}`);
  }
}

/** The exit code of a refused import (the rows or fields listed), or undefined for any other error. */
function printRefused(err: Print, file: string, e: unknown): number | undefined {
  if (e instanceof CalendarImportRejected) {
    err(`calendar: ${file} was not imported; nothing was changed. Rejected rows (${e.issues.length}):`);
    for (const i of e.issues) err(`  ${file}:${i.line} ${i.field} — ${i.reason}`);
    return e.issues.some((i) => i.line <= 1) ? 2 : 1;
  }
  if (e instanceof AppError && e.code === 'VALIDATION_FAILED') {
    for (const f of e.errors) err(`calendar: ${f.path} ${f.message}`);
    return 2;
  }
  return undefined;
}

export async function calendarCommand(args: string[], deps: CalendarDeps = {}): Promise<number> {
  const out = deps.stdout ?? ((s: string) => console.log(s));
  const err = deps.stderr ?? ((s: string) => console.error(s));
  const [sub, ...rest] = args;
  if (!sub || sub === '--help' || sub === '-h') {
    (sub ? out : err)(USAGE);
    return sub ? 0 : 2;
  }
  if (sub !== 'import') {
    err(`calendar: unknown command "${sub}"\n\n${USAGE}`);
    return 2;
  }
  const a = parseImportArgs(rest, out, err);
  if (typeof a === 'number') return a;
  const config = loadConfig();
  const db = deps.db ?? (await openDatabase(config, () => undefined));
  try {
    const found = await schoolAndAdmin(db, a.school, err);
    if (typeof found === 'number') return found;
    const handle = createHandle(db, found.actor, {
      ip: null,
      today: deps.today ?? config.today(),
      timeZone: config.timeZone,
      dueSoonDays: config.dueSoonDays,
    });
    try {
      const r = await importCalendar(handle, {
        schoolId: found.school.id,
        csv: a.text,
        dryRun: a.dryRun,
        schoolYear: a.schoolYear,
        via: 'cli',
      });
      printImported(out, a, found.school, r);
      return 0;
    } catch (e) {
      const code = printRefused(err, a.file, e);
      if (code === undefined) throw e;
      return code;
    }
  } finally {
    if (!deps.db) await db.close();
  }
}
