/**
 * Migration 0021 on a database that already holds two open plans of a type for a student (allowed before it): the
 * one changed most recently stays open, the other is withdrawn with the reason, nothing is deleted, and the unique
 * index then holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from '../src/db/connect';
import { listMigrations, migrate, splitSql } from '../src/db/migrate';
import { seedDemo } from '../src/db/seed-demo';
import { TEST_PASSWORD } from './support/env';
import { stringContaining } from './support/match';

describe('migration 0021: at most one open plan per type', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connect({ memory: true });
    await migrate(db);
    await seedDemo(db, TEST_PASSWORD);
  });
  afterAll(async () => db.close());

  it('withdraws the older of two open drafts, keeps both rows, and the index then refuses a third', async () => {
    const sql = splitSql(listMigrations().find((m) => m.name.startsWith('0021_'))!.sql);
    const withdrawDuplicates = sql.find((s) => s.includes("SET status = 'withdrawn'"))!;
    const createIndex = sql.find((s) => s.includes('CREATE UNIQUE INDEX plans_one_open'))!;
    // Back to the state before 0021: no index, and a student with two drafts of the IEP.
    await db.exec('DROP INDEX plans_one_open');
    const [draft] = await db.query<{ id: string; studentId: string }>(
      `SELECT id::text AS id, student_id::text AS "studentId" FROM plans WHERE status = 'draft' AND type = 'iep' LIMIT 1`,
    );
    const older = '00000000-0000-4000-8000-0000000000a1';
    await db.query(
      `INSERT INTO plans (id, district_id, student_id, type, status, content, created_by, created_at, updated_at)
       SELECT $1::uuid, district_id, student_id, type, 'draft', content, created_by, now() - interval '2 days', now() - interval '2 days' FROM plans WHERE id = $2::uuid`,
      [older, draft!.id],
    );
    await db.query(withdrawDuplicates);
    await db.query(createIndex);
    const rows = await db.query<{ id: string; status: string; withdrawnFrom: string | null; reason: string | null }>(
      `SELECT id::text AS id, status, withdrawn_from AS "withdrawnFrom", withdrawn_reason AS reason FROM plans WHERE student_id = $1::uuid AND type = 'iep' AND id IN ($2::uuid, $3::uuid) ORDER BY status DESC`,
      [draft!.studentId, older, draft!.id],
    );
    expect(rows).toEqual([
      {
        id: older,
        status: 'withdrawn',
        withdrawnFrom: 'draft',
        reason: stringContaining('another open plan of this type'),
      },
      { id: draft!.id, status: 'draft', withdrawnFrom: null, reason: null },
    ]);
    await expect(
      db.query(
        `INSERT INTO plans (id, district_id, student_id, type, content, created_by) SELECT gen_random_uuid(), district_id, student_id, type, content, created_by FROM plans WHERE id = $1::uuid`,
        [draft!.id],
      ),
    ).rejects.toThrow(/plans_one_open/);
  });
});
