/**
 * `openiep import`: the public OneRoster sample sets (test/fixtures/oneroster-samples, with their licence note; read
 * in place) imported into a new district on both engines: their real defects reported with
 * file and line, repeatable imports, dry runs, and isolation of the imported students.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRoster, type ImportResult } from '../src/features/roster/import-roster';
import type { Database } from '../src/db/connect';
import type { RosterIssue } from '../src/domain/roster';
import { readOneRosterDir } from '../src/features/roster/read-oneroster';
import { runImport } from '../src/cli/import';
import { hashPassword } from '../src/db/passwords';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type TestApp } from './support/app';
import { TEST_PASSWORD } from './support/env';
import { arrayContaining, objectContaining, stringContaining, stringMatching } from './support/match';

const SAMPLES = path.resolve(__dirname, 'fixtures/oneroster-samples');
const TABLES = [
  'schools',
  'students',
  'users',
  'guardians',
  'student_guardians',
  'staff_schools',
  'sections',
  'section_enrollments',
];

async function newDistrict(db: Database, name: string, ncesId: string | null = null): Promise<string> {
  const id = crypto.randomUUID();
  await db.query('INSERT INTO districts (id, name, nces_id) VALUES ($1, $2, $3)', [id, name, ncesId]);
  return id;
}
async function counts(db: Database, districtId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES)
    out[t] = (
      await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t} WHERE district_id = $1::uuid`, [districtId])
    )[0]!.n;
  return out;
}
async function fingerprint(db: Database, districtId: string): Promise<string> {
  const h = crypto.createHash('sha256');
  for (const t of TABLES) {
    const rows = await db.query<{ r: string }>(
      `SELECT row_to_json(x)::text AS r FROM ${t} x WHERE district_id = $1::uuid ORDER BY 1`,
      [districtId],
    );
    h.update(t + rows.map((r) => r.r).join('\n'));
  }
  return h.digest('hex');
}
const at = (r: ImportResult, file: string, line: number): RosterIssue[] =>
  r.issues.filter((i) => i.file === file && i.line === line);
const load = (set: string) => readOneRosterDir(path.join(SAMPLES, set));

/** The 1.1 full sample with its one fatal defect fixed (the missing parent school) and demographics added, in a temp folder. */
function fixedFullSet(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiep-roster-'));
  fs.cpSync(path.join(SAMPLES, 'Test_full_data_set'), dir, { recursive: true });
  fs.appendFileSync(
    path.join(dir, 'orgs.csv'),
    '\r\norg-sch-222-3456,active,2023-05-01,Springfield High School,school,,\r\n',
  );
  fs.writeFileSync(
    path.join(dir, 'demographics.csv'),
    'sourcedId,status,dateLastModified,birthDate,sex\r\nusr-222-66778899,,,2008-03-02,female\r\nusr-222-1234561232,,,2008-11-30,male\r\nusr-222-567891,,,2009-06-15,female\r\n',
  );
  const m = path.join(dir, 'manifest.csv');
  fs.writeFileSync(m, fs.readFileSync(m, 'utf8').replace('file.demographics,absent', 'file.demographics,bulk'));
  return dir;
}

describe.each(ENGINES)('openiep import (OneRoster) [%s]', (engine) => {
  let t: TestApp;
  let fixed: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    fixed = fixedFullSet();
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(fixed, { recursive: true, force: true });
  });

  it('1.1 full set: the dangling parent org rejects the department and everything under it, row by row', async () => {
    const d = await newDistrict(t.db, 'Sample 1.1 full');
    const r = await importRoster(t.db, d, load('Test_full_data_set'));
    expect(r.records).toEqual({ schools: 0, students: 0, staff: 0, guardians: 0, sections: 0, enrollments: 0 });
    expect(at(r, 'orgs.csv', 2)).toEqual([
      expect.objectContaining({
        field: 'parentSourcedId',
        severity: 'rejected',
        reason: 'org "org-sch-222-3456" is not in orgs.csv',
      }),
    ]);
    // empty status (Mary, line 3) is accepted: her row is rejected for its org, not for its status
    expect(at(r, 'users.csv', 3)).toEqual([
      expect.objectContaining({ field: 'orgSourcedIds', reason: 'org "org-sch-222-456" was rejected (orgs.csv:2)' }),
    ]);
    expect(at(r, 'classes.csv', 3)).toEqual([expect.objectContaining({ field: 'status', severity: 'skipped' })]);
    expect(at(r, 'academicSessions.csv', 2)).toEqual([
      objectContaining({ field: 'status', severity: 'skipped', reason: stringContaining('tobedeleted') }),
    ]);
    expect(at(r, 'academicSessions.csv', 4)).toEqual([
      objectContaining({ field: 'status', severity: 'skipped', reason: stringContaining('inactive') }),
    ]);
    // no trailing newline: the last enrollment (line 7) is still read and reported
    expect(at(r, 'enrollments.csv', 7)).toEqual([
      expect.objectContaining({
        field: 'classSourcedId',
        reason: 'class "cls-222-123478" was not imported (classes.csv:3)',
      }),
    ]);
    expect(r.files['users.csv']).toMatchObject({ rows: 6, created: 0, rejected: 6 });
    expect(r.files['enrollments.csv']).toMatchObject({ rows: 6, rejected: 6 });
    expect(Object.values(await counts(t.db, d)).every((n) => n === 0)).toBe(true);
  });

  it('1.1 minimal set: a department with no parent is rejected', async () => {
    const d = await newDistrict(t.db, 'Sample 1.1 minimal');
    const r = await importRoster(t.db, d, load('Test_minimal_data_set'));
    expect(at(r, 'orgs.csv', 2)).toEqual([
      expect.objectContaining({
        field: 'parentSourcedId',
        reason: stringContaining('parentSourcedId is empty'),
      }),
    ]);
    expect(r.files['users.csv']).toMatchObject({ rows: 6, rejected: 6 });
    expect(r.files['academicSessions.csv']).toMatchObject({ rows: 5, used: 5 });
  });

  it('1.2 full set: misspelled headers, non-ISO dates and the roles file are reported with their lines', async () => {
    const d = await newDistrict(t.db, 'Sample 1.2 full');
    const r = await importRoster(t.db, d, load('v1p2_full_dataset'));
    expect(r.version).toBe('1.2');
    expect(at(r, 'users.csv', 1).map((i) => i.field)).toEqual([
      'prefferedGivenName',
      'prefferedMiddleName',
      'prefferedFamilyName',
    ]);
    expect(at(r, 'roles.csv', 1).map((i) => i.field)).toEqual(['dataLastModified', 'column 10', 'column 11']);
    expect(at(r, 'users.csv', 7)).toContainEqual(
      expect.objectContaining({
        field: 'dateLastModified',
        severity: 'warning',
        reason: stringContaining('15/06/2023'),
      }),
    );
    // 1.2 users.csv has no orgSourcedIds: the school comes from primaryOrgSourcedId (here the rejected department)
    expect(at(r, 'users.csv', 2)).toContainEqual(
      expect.objectContaining({ field: 'primaryOrgSourcedId', severity: 'rejected' }),
    );
    expect(r.files['roles.csv']).toMatchObject({ rows: 7, used: 7 });
  });

  it('1.2 delta set: the school is imported; a student with no grade and a class with no teacher are rejected', async () => {
    const d = await newDistrict(t.db, 'Sample 1.2 delta');
    const r = await importRoster(t.db, d, load('oneroster_test_data'));
    expect(r.files['orgs.csv']).toMatchObject({ created: 1 });
    expect(
      await t.db.query<{ name: string; source_id: string }>(
        'SELECT name, source_id FROM schools WHERE district_id = $1',
        [d],
      ),
    ).toEqual([{ name: 'Gotham High School', source_id: 'ORG_1' }]);
    expect(at(r, 'users.csv', 2)).toEqual([expect.objectContaining({ field: 'grades', severity: 'rejected' })]);
    expect(at(r, 'classes.csv', 2)).toEqual([expect.objectContaining({ field: 'enrollments', severity: 'rejected' })]);
    expect(at(r, 'enrollments.csv', 2)).toEqual([
      expect.objectContaining({ field: 'userSourcedId', reason: 'user "USER_0" was rejected (users.csv:2)' }),
    ]);
  });

  it('the 1.1 full set with its parent school fixed imports; a dry run writes nothing; a second run changes nothing', async () => {
    const d = await newDistrict(t.db, 'Springfield', `NCES-${engine}`);
    const input = readOneRosterDir(fixed);
    const dry = await importRoster(t.db, `NCES-${engine}`, input, { dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.files['users.csv']).toMatchObject({ created: 6 });
    expect(Object.values(await counts(t.db, d)).every((n) => n === 0)).toBe(true);
    expect((await t.db.query('SELECT 1 FROM audit_events WHERE district_id = $1', [d])).length).toBe(0);

    const first = await importRoster(t.db, d, input);
    expect(first.records).toEqual({ schools: 1, students: 3, staff: 2, guardians: 1, sections: 1, enrollments: 1 });
    expect(first.files).toMatchObject({
      'orgs.csv': { rows: 2, created: 1, used: 1, rejected: 0 },
      'users.csv': { rows: 6, created: 6, rejected: 0 },
      'classes.csv': { rows: 2, created: 1, skipped: 1 },
      'enrollments.csv': { rows: 6, created: 1, used: 1, rejected: 4 },
    });
    expect(first.files).toEqual(dry.files);
    // Jim Smith is a teacher enrolled as a student
    expect(at(first, 'enrollments.csv', 3)).toEqual([
      expect.objectContaining({ field: 'userSourcedId', reason: 'user "usr-222-987654" is not a student' }),
    ]);
    // Mary's agent is a teacher, not a guardian: warned, not linked
    expect(at(first, 'users.csv', 3)).toEqual([
      expect.objectContaining({ field: 'agentSourcedIds', severity: 'warning' }),
    ]);
    expect(at(first, 'classes.csv', 2)).toEqual([
      expect.objectContaining({ field: 'courseSourcedId', severity: 'warning' }),
    ]);
    const c1 = await counts(t.db, d);
    expect(c1).toEqual({
      schools: 1,
      students: 3,
      users: 3,
      guardians: 1,
      student_guardians: 1,
      staff_schools: 2,
      sections: 1,
      section_enrollments: 1,
    });
    const staff = await t.db.query<{ email: string; role: string; password_hash: string | null }>(
      'SELECT email, role, password_hash FROM users WHERE district_id = $1 ORDER BY email',
      [d],
    );
    expect(staff).toEqual([
      { email: 'jim.smith@myschool.com', role: 'teacher', password_hash: null },
      { email: 'john.doe@myschool.com', role: 'teacher', password_hash: null },
      { email: 'thomas.jones@testemail.com', role: 'guardian', password_hash: null },
    ]);
    const section = await t.db.query<{ school_year: string; name: string }>(
      'SELECT school_year, name FROM sections WHERE district_id = $1',
      [d],
    );
    expect(section).toEqual([{ school_year: '2022-2023', name: 'Introduction to Physics' }]);
    const audits = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE district_id = $1 AND action = 'roster.import'",
      [d],
    );
    expect(audits[0]!.n).toBe(4); // the run, and one per student created
    // Made through the system handle: each row names the tool, the system role and the reason for the elevation.
    const whys = await t.db.query<{ actorRole: string; actorName: string; why: string }>(
      `SELECT DISTINCT actor_role AS "actorRole", actor_name AS "actorName", context->>'why' AS why FROM audit_events WHERE district_id = $1 AND action = 'roster.import'`,
      [d],
    );
    expect(whys).toEqual([
      {
        actorRole: 'system',
        actorName: 'openiep import (OneRoster)',
        why: stringMatching(/^openiep import: apply a OneRoster roster to /),
      },
    ]);

    const print = await fingerprint(t.db, d);
    const second = await importRoster(t.db, d, readOneRosterDir(fixed));
    for (const f of Object.values(second.files)) expect([f.created, f.updated]).toEqual([0, 0]);
    expect(second.files['users.csv']).toMatchObject({ unchanged: 6 });
    expect(await counts(t.db, d)).toEqual(c1);
    expect(await fingerprint(t.db, d)).toBe(print);

    // a change in the file is an update of the same row, not a new one
    const users = path.join(fixed, 'users.csv');
    const before = fs.readFileSync(users, 'utf8');
    fs.writeFileSync(users, before.replace(',Anna,Brown,', ',Annabel,Brown,'));
    try {
      const third = await importRoster(t.db, d, readOneRosterDir(fixed));
      expect(third.files['users.csv']).toMatchObject({ created: 0, updated: 1, unchanged: 5 });
      const anna = await t.db.query<{ first_name: string; version: number }>(
        "SELECT first_name, version FROM students WHERE district_id = $1 AND source_id = 'usr-222-567891'",
        [d],
      );
      expect(anna).toEqual([{ first_name: 'Annabel', version: 2 }]);
    } finally {
      fs.writeFileSync(users, before);
    }

    // the district admin sees the imported students through the API; another district does not
    await t.db.query(
      "INSERT INTO users (id, district_id, email, password_hash, role, first_name, last_name) VALUES ($1, $2, $3, $4, 'district_admin', 'Sam', 'Admin')",
      [crypto.randomUUID(), d, `admin-${engine}@springfield.test`, await hashPassword(TEST_PASSWORD)],
    );
    const admin = await t.signIn(`admin-${engine}@springfield.test`);
    const list = await admin.get('/api/v1/students');
    expect(list.statusCode).toBe(200);
    const names = list.json<{
      data: { firstName: string; lastName: string; id: string; grade: string; dateOfBirth: string }[];
    }>().data;
    expect(names.map((s) => `${s.firstName} ${s.lastName}`).sort()).toEqual([
      'Annabel Brown',
      'Mary Jones',
      'mmichel Jones',
    ]);
    const mary = names.find((s) => s.firstName === 'Mary')!;
    expect(mary).toMatchObject({ grade: '12', dateOfBirth: '2008-03-02' });
    const other = await t.signIn(DEMO.riversideAdmin);
    expect((await other.get(`/api/v1/students/${mary.id}`)).statusCode).toBe(404);
    const theirs = (await other.get('/api/v1/students')).json<{ data: { id: string }[] }>();
    expect(theirs.data.some((s) => names.some((n) => n.id === s.id))).toBe(false);
  });

  it('the CLI: exit 2 on unusable input, 1 on an unknown district, 0 with the rejected rows listed', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const d = await newDistrict(t.db, 'CLI district');
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'openiep-roster-empty-'));
    try {
      expect(
        await runImport(
          t.db,
          d,
          empty,
          false,
          (l) => out.push(l),
          (l) => err.push(l),
        ),
      ).toBe(2);
      expect(err.join('\n')).toContain('manifest.csv');
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
    expect(
      await runImport(
        t.db,
        'no-such-district',
        path.join(SAMPLES, 'Test_full_data_set'),
        false,
        (l) => out.push(l),
        (l) => err.push(l),
      ),
    ).toBe(1);
    out.length = 0;
    expect(
      await runImport(
        t.db,
        d,
        path.join(SAMPLES, 'Test_full_data_set'),
        true,
        (l) => out.push(l),
        (l) => err.push(l),
      ),
    ).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/users\.csv\s+6\s+0\s+0\s+0\s+0\s+0\s+6/);
    expect(text).toContain('orgs.csv:2 parentSourcedId — org "org-sch-222-3456" is not in orgs.csv');
    expect(text).toContain('dry run, nothing written');

    // a file the manifest lists but that is not there, and a file that is not CSV: unusable (2), named
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'openiep-roster-broken-'));
    try {
      fs.cpSync(path.join(SAMPLES, 'Test_minimal_data_set'), broken, { recursive: true });
      fs.rmSync(path.join(broken, 'enrollments.csv'));
      fs.writeFileSync(
        path.join(broken, 'users.csv'),
        'sourcedId,givenName,familyName,role\r\nu1,"Ann,Lee,student\r\n',
      );
      err.length = 0;
      expect(
        await runImport(
          t.db,
          d,
          broken,
          false,
          (l) => out.push(l),
          (l) => err.push(l),
        ),
      ).toBe(2);
      expect(err.join('\n')).toMatch(/users\.csv.* csv — cannot be read as CSV/);
      expect(err.join('\n')).toContain(
        'enrollments.csv file.enrollments — the manifest lists this file but it is not in the folder',
      );
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
    expect(await counts(t.db, d)).toEqual(Object.fromEntries(TABLES.map((x) => [x, 0])));
  });
});

describe('reading the sample CSV files (csv-parse)', () => {
  it('keeps quoted multi-value cells whole and counts lines with CRLF and no trailing newline', () => {
    const full = load('Test_full_data_set');
    const classes = full.tables.classes!;
    expect(classes.header[4]).toBe('grades');
    expect(classes.rows.map((r) => [r.line, r.cells[4], r.cells[10], r.cells[13]])).toEqual([
      [2, '09,10,11', 'as-trm-222-1234', '1'],
      [3, '10', 'as-trm-222-1234,as-trm-222-1235', '1,2,3'],
    ]);
    const users = full.tables.users!;
    expect(users.rows.find((r) => r.line === 4)!.cells[7]).toBe('{LDAP:12},{LTI:15},{Fed:23}');
    expect(full.tables.enrollments!.rows.at(-1)).toMatchObject({
      line: 7,
      cells: arrayContaining(['enr-s-222-12345-985321']),
    });
    // 1.2: userprofiles.csv (lower case) is not a file the import reads; roles.csv rows are shorter than its header
    const v12 = load('v1p2_full_dataset');
    expect(v12.tables.roles!.rows[0]!.cells).toHaveLength(9);
  });
});
