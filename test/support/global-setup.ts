/**
 * Builds one migrated, demo-seeded database per engine per run; each test file clones it
 * (PGlite: load the dump; PostgreSQL: CREATE DATABASE … TEMPLATE …), so files are isolated and fast.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { connect } from '../../src/db/connect';
import { migrate } from '../../src/db/migrate';
import { seedDemo } from '../../src/db/seed-demo';
import { PG_ADMIN_URL, PG_TEMPLATE_DB, PGLITE_DUMP, TEST_PASSWORD, pgUrl } from './env';

export default async function setup(): Promise<void> {
  // PGlite template
  const lite = await connect({ memory: true });
  await migrate(lite);
  await seedDemo(lite, TEST_PASSWORD);
  const dump = await lite.dump!();
  fs.mkdirSync(path.dirname(PGLITE_DUMP), { recursive: true });
  fs.writeFileSync(PGLITE_DUMP, Buffer.from(await dump.arrayBuffer()));
  await lite.close();

  // PostgreSQL template
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  try {
    await admin.connect();
  } catch (e) {
    throw new Error(`PostgreSQL is required for the test suite at ${PG_ADMIN_URL} (start it, or set TEST_PG_ADMIN_URL): ${(e as Error).message}`);
  }
  // Drop databases left by earlier runs.
  const old = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'openiep_test_%'`);
  for (const r of old.rows) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${PG_TEMPLATE_DB}"`);
  const db = await connect({ databaseUrl: pgUrl(PG_TEMPLATE_DB), poolSize: 2 });
  await migrate(db);
  await seedDemo(db, TEST_PASSWORD);
  await db.close();
  await admin.end();
}
