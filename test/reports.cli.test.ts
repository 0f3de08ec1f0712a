/** `openiep report`, run in process against a fresh test database (the same use case as the API). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../src/cli/report';
import type { Database } from '../src/db/connect';
import { cloneTestDb, ENGINES } from './support/db';
import { TEST_TODAY } from './support/env';
import { parseCsv } from './support/csv';

describe.each(ENGINES)('openiep report on %s', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;
  let lincolnId: string;
  const run = async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await reportCommand(args, {
      db,
      today: TEST_TODAY,
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
    });
    return { code, stdout, stderr };
  };

  beforeAll(async () => {
    ({ db, drop } = await cloneTestDb(engine));
    lincolnId = (await db.query<{ id: string }>(`SELECT id::text AS id FROM districts WHERE nces_id = '0600001'`))[0]!
      .id;
  });
  afterAll(async () => drop());

  it('writes the child count to stdout, by NCES id or by id, the same CSV', async () => {
    const byNces = await run(['--kind', 'child-count', '--district', '0600001', '--date', '2026-10-01']);
    expect(byNces.code).toBe(0);
    const rows = parseCsv(byNces.stdout);
    expect(rows[0]).toEqual(['count_date', 'age_group', 'disability_code', 'dimension', 'value', 'students']);
    expect(
      rows
        .slice(1)
        .filter((r) => r[3] === 'total')
        .reduce((s, r) => s + Number(r[5]), 0),
    ).toBe(3);
    const byId = await run(['--kind', 'child-count', '--district', lincolnId, '--date', '2026-10-01']);
    expect(byId.stdout).toBe(byNces.stdout);
  });

  it('writes to --out, defaults the count date, and is audited as the administrator with via=cli', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'openiep-report-')), 'spp.csv');
    const r = await run(['--kind', 'spp', '--district', '0600001', '--out', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('2026-10-01');
    const rows = parseCsv(fs.readFileSync(file, 'utf8'));
    expect(rows.slice(1).map((x) => x[0])).toEqual(['5A', '5B', '5C', '11', '12', '13']);
    const a = await db.query<{ actor_role: string; context: { kind: string; via: string; countDate: string } }>(
      `SELECT actor_role, context FROM audit_events WHERE action = 'report.read' ORDER BY id DESC LIMIT 1`,
    );
    expect(a[0]).toMatchObject({
      actor_role: 'district_admin',
      context: { kind: 'spp', via: 'cli', countDate: '2026-10-01' },
    });
  });

  it('writes the exiting report (FS009) for --year, and indicator 12 child by child; audited with the school year', async () => {
    const r = await run(['--kind', 'exiting', '--district', '0600001', '--year', '2025-2026']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]![0]).toBe('school_year');
    expect(rows.filter((x) => x[1] === 'total').map((x) => [x[2], x[8]])).toEqual([
      ['GHS', '1'],
      ['MKC', '1'],
      ['DROPOUT', '1'],
    ]);
    const a = await db.query<{ context: { kind: string; via: string; schoolYear: string; children: number } }>(
      `SELECT context FROM audit_events WHERE action = 'report.read' ORDER BY id DESC LIMIT 1`,
    );
    expect(a[0]!.context).toMatchObject({ kind: 'exiting', via: 'cli', schoolYear: '2025-2026', children: 3 });
    const i12 = parseCsv(
      (await run(['--kind', 'indicator-12', '--district', '0600001', '--year', '2025-2026'])).stdout,
    );
    expect(i12.filter((x) => x[0] === 'child').map((x) => [x[3], x[1]])).toEqual([
      ['L1046', 'c'],
      ['L1047', 'e'],
      ['L1048', 'b'],
    ]);
  });

  it('refuses a malformed --year with exit code 2, naming it', async () => {
    const bad = await run(['--kind', 'exiting', '--district', '0600001', '--year', '2025']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--year');
  });

  it('refuses bad input with exit code 2, naming the option', async () => {
    const bad = await run(['--kind', 'headcount', '--district', '0600001']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--kind');
    const date = await run(['--kind', 'environments', '--district', '0600001', '--date', '2026-13-01']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--date');
    const none = await run(['--kind', 'environments', '--district', '9999999']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no district');
    expect((await run(['--kind', 'spp'])).code).toBe(2);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: openiep report');
  });
});
