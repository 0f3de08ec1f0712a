import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect, takeLock } from './connect';
import { listMigrations, migrate, splitSql } from './migrate';

describe('migrations', () => {
  it('split at top-level semicolons only, keeping $$ bodies, quotes and dropping comments', () => {
    const parts = splitSql(
      `-- a; comment\nCREATE TABLE a (x text DEFAULT ';');\nCREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RAISE 'x;y'; END; $$ LANGUAGE plpgsql;`,
    );
    expect(parts).toHaveLength(2);
    expect(parts[0]).toContain("DEFAULT ';'");
    expect(parts[1]).toContain("RAISE 'x;y'; END;");
  });

  it('are numbered, and apply once (a second run applies nothing)', async () => {
    expect(listMigrations().map((m) => m.name)).toEqual([...listMigrations().map((m) => m.name)].sort());
    const db = await connect({ memory: true });
    const first = await migrate(db);
    expect(first.length).toBe(listMigrations().length);
    expect(await migrate(db)).toEqual([]);
    await db.close();
  });
});

describe('the data directory lock', () => {
  it('refuses a second holder while the first is alive, and takes over a stale lock', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiep-lock-'));
    const release = takeLock(dir);
    // A lock held by a live process (this test's parent) is refused.
    fs.writeFileSync(path.join(dir, 'openiep.lock'), String(process.ppid));
    expect(() => takeLock(dir)).toThrow(/in use by process/);
    // A lock left by a process that no longer exists is taken over.
    fs.writeFileSync(path.join(dir, 'openiep.lock'), '999999999');
    const again = takeLock(dir);
    expect(fs.readFileSync(path.join(dir, 'openiep.lock'), 'utf8')).toBe(String(process.pid));
    again();
    release();
    expect(fs.existsSync(path.join(dir, 'openiep.lock'))).toBe(false);
  });
});
