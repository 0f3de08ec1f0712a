/**
 * Builds one migrated, demo-seeded database per engine per run; each test file clones it
 * (PGlite: load the dump; PostgreSQL: CREATE DATABASE … TEMPLATE …), so files are isolated and fast.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect } from '../../src/db/connect';
import { migrate } from '../../src/db/migrate';
import { seedDemo } from '../../src/db/seed-demo';
import { PG_ADMIN_URL, TEST_PASSWORD, pgUrl, runNames } from './env';

declare module 'vitest' {
  export interface ProvidedContext {
    testRunId: string;
  }
}

/** Databases of runs older than this are left-overs of a killed run and are dropped. */
const STALE_SECONDS = 3 * 3600;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = `${Math.floor(Date.now() / 1000)}_${crypto.randomBytes(3).toString('hex')}`;
  const names = runNames(runId);
  project.provide('testRunId', runId);

  // PGlite template
  const lite = await connect({ memory: true });
  await migrate(lite);
  await seedDemo(lite, TEST_PASSWORD);
  const dump = await lite.dump!();
  fs.mkdirSync(path.dirname(names.pgliteDump), { recursive: true });
  fs.writeFileSync(names.pgliteDump, Buffer.from(await dump.arrayBuffer()));
  await lite.close();

  // PostgreSQL template
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  try {
    await admin.connect();
  } catch (e) {
    throw new Error(
      `PostgreSQL is required for the test suite at ${PG_ADMIN_URL} (start it, or set TEST_PG_ADMIN_URL): ${(e as Error).message}`,
      { cause: e },
    );
  }
  const now = Math.floor(Date.now() / 1000);
  const old = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE 'openiep\\_test\\_%'`,
  );
  for (const r of old.rows) {
    const started = Number(/^openiep_test_(\d+)_/.exec(r.datname)?.[1] ?? 0);
    if (now - started > STALE_SECONDS) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
  }
  await admin.query(`CREATE DATABASE "${names.template}"`);
  const db = await connect({ databaseUrl: pgUrl(names.template), poolSize: 2 });
  await migrate(db);
  await seedDemo(db, TEST_PASSWORD);
  await db.close();
  await admin.end();

  return async () => {
    fs.rmSync(names.pgliteDump, { force: true });
    const a = new pg.Client({ connectionString: PG_ADMIN_URL });
    await a.connect();
    const mine = await a.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `${names.prefix}\\_%`,
    ]);
    for (const r of mine.rows) await a.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    await a.end();
  };
}
