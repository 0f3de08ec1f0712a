/**
 * Backup and restore in one portable format for both engines: gzip'd JSON lines, a header line, then one line
 * per batch of rows of each table, in foreign-key order. Restore goes into an empty, migrated database at the
 * same migration level. Sessions are not backed up (restoring signs everyone out).
 */
import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import type { Database, Queryable } from './connect';
import { listMigrations } from './migrate';

/** Every table that holds a district's data, parents before children. A test checks none is missing. */
export const BACKUP_TABLES = [
  'state_profiles',
  'districts',
  'schools',
  'school_calendar_days',
  'students',
  'guardians',
  'student_guardians',
  'users',
  'staff_schools',
  'school_calendars',
  'sections',
  'section_enrollments',
  'case_manager_assignments',
  'provider_assignments',
  'plans',
  'plan_versions',
  'goal_bank',
  'case_events',
  'meetings',
  'meeting_participants',
  'meeting_contact_attempts',
  'progress_reports',
  'consents',
  'prior_written_notices',
  'summaries_of_performance',
  'family_input',
  'meeting_requests',
  'meeting_preparations',
  'notifications',
  'mail_outbox',
  'audit_events',
] as const;
/** Tables deliberately left out. */
export const NOT_BACKED_UP = [
  'schema_migrations',
  'sessions',
  'password_tokens',
  'sign_in_failures',
  'password_reset_limits',
] as const;

const ORDER: Partial<Record<(typeof BACKUP_TABLES)[number], string>> = {
  plans: '(amendment_of IS NOT NULL), created_at, id',
  audit_events: 'id',
};
const BATCH = 2000;

interface Header {
  format: 'openiep-backup';
  formatVersion: 1;
  migrations: string[];
  createdAt: string;
}

export async function backup(
  db: Database,
  file: string,
  log: (m: string) => void = () => undefined,
): Promise<Record<string, number>> {
  const out = zlib.createGzip();
  const sink = fs.createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    sink.on('finish', resolve);
    sink.on('error', reject);
    out.on('error', reject);
  });
  out.pipe(sink);
  const write = (obj: unknown) =>
    new Promise<void>((resolve) => (out.write(`${JSON.stringify(obj)}\n`) ? resolve() : out.once('drain', resolve)));
  const migrations = (await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).map(
    (r) => r.name,
  );
  const header: Header = {
    format: 'openiep-backup',
    formatVersion: 1,
    migrations,
    createdAt: new Date().toISOString(),
  };
  await write(header);
  const counts: Record<string, number> = {};
  // One snapshot for the whole backup on PostgreSQL (repeatable read); PGlite has one connection anyway.
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    for (const table of BACKUP_TABLES) {
      counts[table] = 0;
      let offset = 0;
      for (;;) {
        const rows = await tx.query<{ r: unknown }>(
          `SELECT row_to_json(t) AS r FROM ${table} t ORDER BY ${ORDER[table] ?? 'ctid'} LIMIT ${BATCH} OFFSET ${offset}`,
        );
        if (rows.length === 0) break;
        await write({ table, rows: rows.map((x) => x.r) });
        counts[table] += rows.length;
        offset += rows.length;
      }
      log(`backup: ${table} ${counts[table]}`);
    }
  });
  out.end();
  await done;
  return counts;
}

export async function restore(
  db: Database,
  file: string,
  log: (m: string) => void = () => undefined,
): Promise<Record<string, number>> {
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  const counts: Record<string, number> = {};
  let header: Header | null = null;
  await db.transaction(async (tx: Queryable) => {
    const present = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM districts');
    if ((present[0]?.n ?? 0) > 0)
      throw new Error('restore: the database is not empty (it holds districts). Restore into a new database.');
    for await (const line of lines) {
      if (!line.trim()) continue;
      const obj = JSON.parse(line) as Header | { table: string; rows: unknown[] };
      if (!header) {
        if ((obj as { format?: unknown }).format !== 'openiep-backup')
          throw new Error('restore: not an OpenIEP backup file.');
        header = obj as Header;
        const ours = listMigrations().map((m) => m.name);
        if (
          JSON.stringify(header.migrations) !== JSON.stringify(ours.slice(0, header.migrations.length)) ||
          header.migrations.length > ours.length
        ) {
          throw new Error('restore: the backup comes from a different version of OpenIEP (its migrations differ).');
        }
        continue;
      }
      const { table, rows } = obj as { table: string; rows: unknown[] };
      if (!(BACKUP_TABLES as readonly string[]).includes(table)) throw new Error(`restore: unknown table ${table}`);
      await tx.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`, [
        JSON.stringify(rows),
      ]);
      counts[table] = (counts[table] ?? 0) + rows.length;
    }
    if (!header) throw new Error('restore: the file is empty.');
    await tx.query(
      `SELECT setval(pg_get_serial_sequence('audit_events', 'id'), COALESCE((SELECT max(id) FROM audit_events), 0) + 1, false)`,
    );
  });
  for (const [t, n] of Object.entries(counts)) log(`restore: ${t} ${n}`);
  return counts;
}
