import fs from 'node:fs';
import { must } from '../db/values';
import { parseArgs } from 'node:util';
import type { Database } from '../db/connect';
import { createHandle } from '../db/handle';
import { AppError } from '../domain/errors';
import { REPORT_KINDS } from '../domain/reports';
import { buildReport, checkReportInput } from '../features/reports/build-report';
import { loadConfig } from '../server/config';
import { loadActor } from '../server/sessions';
import { openDatabase } from './database';

const USAGE = `Usage: openiep report --kind ${REPORT_KINDS.join('|')} --district <id or NCES id> [--date YYYY-MM-DD] [--year YYYY-YYYY] [--out FILE]

Writes a federal report as CSV (stdout unless --out):
  child-count   IDEA Section 618 child count on the count date, by disability x age, race/ethnicity, sex, English learner
  environments  IDEA Section 618 educational environments by disability (school age; early childhood where recorded)
  exiting       IDEA Section 618 exiting (EDFacts FS009): ages 14-21 who exited in the school year, by basis of exit
  spp           SPP/APR indicators 5 (LRE, on the count date) and 11, 12, 13 (this school year to date): the summary
  indicator-5   indicator 5 child by child on the count date (local student ids), with the exclusions
  indicator-11  indicator 11 child by child for the school year: consent, due date, completion, category, reason
  indicator-12  indicator 12 child by child for the school year: categories (b)-(f), not met, pending
  indicator-13  indicator 13 child by child, as of today
--date is the count date (default: the district's count date from its settings, else the first Thursday of
October — the most recent one on or before today).
--year is the reporting year July 1 - June 30 (default: the one today falls in): indicator-11, indicator-12, exiting.
The report is made as the district's administrator (the first active one) and recorded in the audit log as theirs.`;

export interface ReportDeps {
  /** An open database (tests); else the configured one is opened and closed. */
  db?: Database;
  /** Today's date (tests); else config.today(). */
  today?: string;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
}

/** `openiep report --kind K --district D [--date YYYY-MM-DD] [--out FILE]`: the same use case as the API, as the district's administrator. */
export async function reportCommand(args: string[], deps: ReportDeps = {}): Promise<number> {
  const out = deps.stdout ?? ((s: string) => void process.stdout.write(s));
  const err = deps.stderr ?? ((s: string) => console.error(s));
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        kind: { type: 'string' },
        district: { type: 'string' },
        date: { type: 'string' },
        year: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (e) {
    err(`report: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help || !values.kind || !values.district) {
    (values.help ? out : err)(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  try {
    checkReportInput({ kind: values.kind, date: values.date, schoolYear: values.year });
  } catch (e) {
    if (e instanceof AppError) {
      for (const f of e.errors) err(`report: --${f.path === 'schoolYear' ? 'year' : f.path} ${f.message}`);
      return 2;
    }
    throw e;
  }
  const config = loadConfig();
  const db = deps.db ?? (await openDatabase(config, () => undefined));
  try {
    const found = await db.query<{ id: string }>(
      `SELECT id::text AS id FROM districts WHERE id::text = lower($1) OR nces_id = $1 ORDER BY id LIMIT 2`,
      [values.district],
    );
    if (found.length !== 1) {
      err(`report: no district "${values.district}" (give its id or NCES id)`);
      return 2;
    }
    const admins = await db.query<{ id: string }>(
      `SELECT id::text AS id FROM users WHERE district_id = $1::uuid AND role = 'district_admin' AND NOT disabled ORDER BY created_at, id LIMIT 1`,
      [must(found[0], 'the one district found').id],
    );
    const actor = admins[0] ? await loadActor(db, admins[0].id) : null;
    if (!actor) {
      err('report: the district has no active district administrator to make the report as');
      return 1;
    }
    const handle = createHandle(db, actor, {
      ip: null,
      today: deps.today ?? config.today(),
      timeZone: config.timeZone,
      dueSoonDays: config.dueSoonDays,
    });
    const report = await buildReport(handle, {
      kind: values.kind,
      date: values.date,
      schoolYear: values.year,
      via: 'cli',
    });
    if (values.out) {
      fs.writeFileSync(values.out, report.csv);
      err(
        `report: ${report.kind} ${report.schoolYear ? `for ${report.schoolYear}` : `on ${report.countDate}`}: ${report.children} children; written to ${values.out}`,
      );
    } else out(report.csv);
    return 0;
  } finally {
    if (!deps.db) await db.close();
  }
}
