/** Forward-only migrations: every `NNNN_name.sql` in ./migrations, applied once, in order, each in a transaction. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './connect';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Any constant: serialises concurrent `migrate` runs on PostgreSQL. */
const ADVISORY_LOCK_KEY = 7_146_411;

export function listMigrations(): { name: string; sql: string }[] {
  return fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(MIGRATIONS_DIR, name), 'utf8') }));
}

/** The migrations not yet applied, or null when the database has never been migrated. Reads only. */
export async function pendingMigrations(db: Database): Promise<string[] | null> {
  const exists = (await db.query<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`))[0]?.t;
  if (!exists) return null;
  const done = new Set((await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
  return listMigrations()
    .map((m) => m.name)
    .filter((n) => !done.has(n));
}

export async function migrate(db: Database, log: (msg: string) => void = () => undefined): Promise<string[]> {
  // Up to date: nothing to change, so a role that may not change the schema (the app role) starts too.
  const pending = await pendingMigrations(db);
  if (pending && pending.length === 0) return [];
  try {
    return await applyMigrations(db, log);
  } catch (e) {
    if ((e as { code?: string }).code === '42501') {
      throw new Error(
        `this database role may not change the schema (${(e as Error).message}); run \`openiep migrate\` as the owner (OPENIEP_MIGRATE_DATABASE_URL), see README "Database roles"`,
        { cause: e },
      );
    }
    throw e;
  }
}

async function applyMigrations(db: Database, log: (msg: string) => void): Promise<string[]> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied: string[] = [];
  for (const m of listMigrations()) {
    const done = await db.transaction(async (tx) => {
      if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEY]);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [m.name]);
      if (seen.length) return false;
      // Statements run one by one: the `pg` extended protocol takes one statement per query.
      for (const stmt of splitSql(m.sql)) await tx.query(stmt);
      await tx.query('INSERT INTO schema_migrations(name) VALUES ($1)', [m.name]);
      return true;
    });
    if (done) {
      applied.push(m.name);
      log(`applied ${m.name}`);
    }
  }
  return applied;
}

/** Splits a migration at top-level semicolons, keeping $$-quoted bodies and comments intact. */
export function splitSql(sql: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inDollar = false;
  let inQuote = false;
  for (let i = 0; i < sql.length; i++) {
    const c = sql.charAt(i);
    if (!inQuote && sql.startsWith('$$', i)) {
      inDollar = !inDollar;
      cur += '$$';
      i++;
      continue;
    }
    if (!inDollar && c === "'") inQuote = !inQuote;
    if (!inDollar && !inQuote && c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end;
      cur += '\n';
      continue;
    }
    if (!inDollar && !inQuote && c === ';') {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
