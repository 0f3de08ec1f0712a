/** A fresh, isolated copy of the seeded test database (or an empty one), on either engine. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { connect, type Database } from '../../src/db/connect';
import { inject } from 'vitest';
import { PG_ADMIN_URL, pgUrl, runNames } from './env';

export type Engine = 'pglite' | 'postgres';
export const ENGINES: Engine[] = ['pglite', 'postgres'];

export interface TestDb {
  db: Database;
  drop: () => Promise<void>;
}

/** A copy of the seeded template database (`empty`: a database with nothing in it, not even the migrations). */
export async function cloneTestDb(engine: Engine, opts: { empty?: boolean } = {}): Promise<TestDb> {
  const names = runNames(inject('testRunId'));
  if (engine === 'pglite') {
    if (opts.empty) {
      const db = await connect({ memory: true });
      return { db, drop: () => db.close() };
    }
    const buf = fs.readFileSync(names.pgliteDump);
    const db = await connect({ memory: true, loadDump: new Blob([buf]) });
    return { db, drop: () => db.close() };
  }
  const name = `${names.prefix}_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(
    opts.empty ? `CREATE DATABASE "${name}"` : `CREATE DATABASE "${name}" TEMPLATE "${names.template}"`,
  );
  await admin.end();
  const db = await connect({ databaseUrl: pgUrl(name), poolSize: opts.empty ? 1 : 4 });
  return {
    db,
    async drop() {
      await db.close();
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    },
  };
}
