/** `openiep calendar import` and `openiep profile`, run in process against a fresh test database on both engines. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarCommand } from '../src/cli/calendar';
import { profileCommand } from '../src/cli/profile';
import type { Database } from '../src/db/connect';
import { loadActor } from '../src/server/sessions';
import { BUILT_IN_PROFILES, type StateProfileDefinition } from '../src/domain/state-profiles';
import { cloneTestDb, ENGINES } from './support/db';
import { TEST_TODAY } from './support/env';
import { stringContaining } from './support/match';

const FIXTURE = path.resolve('test/fixtures/calendars/lincoln-early-learning-2026-2027.csv');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'openiep-settings-cli-'));
const write = (name: string, text: string) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, text);
  return f;
};

describe.each(ENGINES)('openiep calendar and profile on %s', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;
  let early: string;
  const io = () => {
    const o = { stdout: '', stderr: '' };
    return {
      o,
      deps: {
        db,
        today: TEST_TODAY,
        stdout: (s: string) => void (o.stdout += `${s}\n`),
        stderr: (s: string) => void (o.stderr += `${s}\n`),
      },
    };
  };
  const calendar = async (args: string[]) => {
    const { o, deps } = io();
    return { code: await calendarCommand(args, deps), ...o };
  };
  const profile = async (args: string[]) => {
    const { o, deps } = io();
    return { code: await profileCommand(args, deps), ...o };
  };
  const years = async (schoolId: string) =>
    db.query<{ school_year: string; version: number; source: string }>(
      `SELECT school_year, version, source FROM school_calendars WHERE school_id = $1::uuid ORDER BY school_year`,
      [schoolId],
    );

  beforeAll(async () => {
    ({ db, drop } = await cloneTestDb(engine));
    early = (
      await db.query<{ id: string }>(`SELECT id::text AS id FROM schools WHERE name = 'Lincoln Early Learning Center'`)
    )[0]!.id;
  });
  afterAll(async () => drop());

  it('calendar import --dry-run checks the file and writes nothing', async () => {
    const r = await calendar(['import', '--school', early, FIXTURE, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Lincoln Early Learning Center');
    expect(r.stdout).toContain('dry run, nothing written');
    expect(r.stdout).toMatch(/2026-2027: 200 dates listed, \d+ school days \(2026-08-24 to 2027-05-28\)/);
    expect(await years(early)).toEqual([]);
  });

  it('a file with rejected rows: each listed as FILE:line field — reason, exit 1, nothing written', async () => {
    const bad = write(
      'bad.csv',
      'date,instructional,note\n2026-08-24,yes,\n2026-08-25,sometimes,\n08/26/2026,no,Closed\n2026-13-01,yes,\n',
    );
    const r = await calendar(['import', '--school', early, bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nothing was changed');
    expect(r.stderr).toContain(`${bad}:3 instructional — "sometimes" is not yes or no`);
    expect(r.stderr).toContain(`${bad}:5 date — "2026-13-01" is not a date`);
    expect(r.stderr).not.toContain(':4 ');
    expect(await years(early)).toEqual([]);
  });

  it('imports the file: the school year replaced in one transaction, audited as the district administrator via the CLI', async () => {
    const r = await calendar(['import', '--school', early, FIXTURE]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2026-2027: .*new; now version 1/);
    expect(await years(early)).toEqual([{ school_year: '2026-2027', version: 1, source: 'import' }]);
    const n = await db.query<{ n: number; school: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE instructional)::int AS school FROM school_calendar_days WHERE school_id = $1::uuid`,
      [early],
    );
    expect(n[0]!.n).toBe(365);
    const a = await db.query<{ actor_role: string; context: { via: string; source: string; schoolYear: string } }>(
      `SELECT actor_role, context FROM audit_events WHERE action = 'calendar.replace' ORDER BY id DESC LIMIT 1`,
    );
    expect(a[0]).toMatchObject({
      actor_role: 'district_admin',
      context: { via: 'cli', source: 'import', schoolYear: '2026-2027' },
    });
    // Again: the year is replaced (version 2), the same days.
    const again = await calendar(['import', '--school', early, FIXTURE]);
    expect(again.stdout).toMatch(/replaces version 1 \(365 days\); now version 2/);
  });

  it('refuses bad options, an unknown school and an unreadable file with exit 2', async () => {
    expect((await calendar([])).code).toBe(2);
    expect((await calendar(['import', FIXTURE])).code).toBe(2);
    const unknown = await calendar(['import', '--school', '00000000-0000-0000-0000-000000000000', FIXTURE]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no school');
    expect((await calendar(['import', '--school', early, path.join(tmp, 'missing.csv')])).code).toBe(2);
    const noHeader = await calendar(['import', '--school', early, write('nohead.csv', 'when,open\n2026-08-24,yes\n')]);
    expect(noHeader.code).toBe(2);
    expect(noHeader.stderr).toContain(':1 date — No date column');
    expect((await calendar(['--help'])).stdout).toContain('Usage: openiep calendar import');
  });

  it('profile list and show: the built-in profiles with their numbers; show prints JSON to start a new one from', async () => {
    const list = await profile(['list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(
      /CA\s+built-in\s+1 district\s+California — evaluation 60 days not counting breaks over 5 school days; meeting notice "early enough" \(district sets\)/,
    );
    expect(list.stdout).toMatch(
      /TX\s+built-in\s+1 district\s+Texas — evaluation 45 school days; meeting notice 5 school days; transition 14/,
    );
    const show = await profile(['show', 'TX']);
    expect(JSON.parse(show.stdout)).toEqual(BUILT_IN_PROFILES.TX);
    expect((await profile(['show', 'ZZ'])).code).toBe(2);
  });

  it('profile add: validated (each problem by path), stored in the database, audited; a code that exists needs --replace; built-in codes are not replaced', async () => {
    const ny = {
      ...(JSON.parse(JSON.stringify(BUILT_IN_PROFILES.federal)) as StateProfileDefinition),
      code: 'NY',
      name: 'New York',
      meetingNotice: { days: 5, counting: 'calendar' },
    };
    ny.citations = { ...ny.citations, meetingNotice: '8 NYCRR 200.5(c)(1)' };
    const invalid = await profile([
      'add',
      write(
        'bad.json',
        JSON.stringify({ ...ny, transitionAge: 18, citations: { ...ny.citations, ageOfMajority: '' } }),
      ),
    ]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('transitionAge — A whole number from 1 to 16');
    expect(invalid.stderr).toContain('citations.ageOfMajority — Text of 1 to 400 characters.');
    expect((await profile(['add', write('broken.json', '{ "code": ')])).code).toBe(2);

    const file = write('ny.json', `\uFEFF${JSON.stringify(ny)}`);
    const added = await profile(['add', file]);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('profile: NY (New York) added');
    const stored = await db.query<{ definition: { meetingNotice: unknown } }>(
      `SELECT definition FROM state_profiles WHERE code = 'NY'`,
    );
    expect(stored[0]!.definition.meetingNotice).toEqual({ days: 5, counting: 'calendar' });
    const audit = await db.query<{ context: { code: string; replaced: boolean }; actorRole: string }>(
      `SELECT context, actor_role AS "actorRole" FROM audit_events WHERE action = 'state_profile.add' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit[0]!.context).toMatchObject({
      code: 'NY',
      replaced: false,
      why: stringContaining('openiep profile add'),
    });
    expect(audit[0]!.actorRole).toBe('system');

    const exists = await profile(['add', file]);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('--replace');
    expect((await profile(['add', file, '--replace'])).stdout).toContain('replaced');
    const builtIn = await profile(['add', write('tx.json', JSON.stringify(BUILT_IN_PROFILES.TX))]);
    expect(builtIn.code).toBe(2);
    expect(builtIn.stderr).toContain('built in');

    // Every session now resolves it for a district that chooses it.
    const lincoln = (
      await db.query<{ id: string }>(`SELECT id::text AS id FROM users WHERE email = 'admin@lincoln.demo'`)
    )[0]!.id;
    await db.query(
      `UPDATE districts SET state_profile = 'NY', meeting_notice_days = NULL, meeting_notice_counting = NULL WHERE nces_id = '0600001'`,
    );
    const actor = await loadActor(db, lincoln);
    expect(actor!.profile).toMatchObject({
      code: 'NY',
      meetingNotice: { days: 5, counting: 'calendar', source: 'law', citation: '8 NYCRR 200.5(c)(1)' },
    });
    expect((await profile(['list'])).stdout).toMatch(/NY\s+added\s+1 district/);
  });
});
