import { describe, expect, it } from 'vitest';
import {
  checkManifest,
  isFatal,
  mapGrade,
  multi,
  parseRoster,
  type CsvTable,
  type ParsedRoster,
  type RosterInput,
} from './roster';

/** A table from lines of simple cells ("|" separates cells, so values may hold commas). Line 1 is the header. */
function table(file: string, lines: string[]): CsvTable {
  const [head, ...rows] = lines;
  return { file, header: head!.split('|'), rows: rows.map((l, i) => ({ line: i + 2, cells: l.split('|') })) };
}

const ORGS = [
  'sourcedId|status|dateLastModified|name|type|identifier|parentSourcedId',
  'd1||2024-01-01|Demo USD|district||',
  's1|active|2024-01-01T10:00:00Z|North High|school||d1',
  'dep1|||Science|department||s1',
];
const USERS11 = [
  'sourcedId|status|dateLastModified|enabledUser|orgSourcedIds|role|username|userIds|givenName|familyName|middleName|identifier|email|sms|phone|agentSourcedIds|grades|password',
  'st1|||TRUE|dep1|student|a||Ana|Ruiz||S-1||||g1|09,10|',
  'st2|active||TRUE|s1|student|b||Ben|Cole||S-2|||||10|',
  't1|||TRUE|s1|teacher|t||Tess|Lee|||tess@x.org|||||',
  'g1|||TRUE|s1|parent|p||Paula|Ruiz|||paula@x.org|||||',
  'g2|||TRUE||guardian|q||Quinn|Cole||||||st2||',
  'a1|||TRUE|s1|aide|r||Rae|Aide|||rae@x.org|||||',
  'st3|tobedeleted||TRUE|s1|student|c||Cy|Old||S-3||||||',
];
const DEMO = [
  'sourcedId|status|dateLastModified|birthDate|sex|white|hispanicOrLatinoEthnicity',
  'st1|||2010-04-17|female|true|true',
  'st2|||04/17/2010|male||',
];
const SESS = [
  'sourcedId|status|dateLastModified|title|type|startDate|endDate|parentSourcedId|schoolYear',
  'T1|||Fall|term|2026-08-20|2026-12-20||2027',
];
const CLASSES = [
  'sourcedId|status|dateLastModified|title|grades|courseSourcedId|classCode|classType|location|schoolSourcedId|termSourcedIds',
  'c1|||Biology|09,10,11||BIO|scheduled||dep1|T1,T2',
  'c2|||Art|||ART|scheduled||s1|T1',
];
const ENR = [
  'sourcedId|status|dateLastModified|classSourcedId|schoolSourcedId|userSourcedId|role|primary|beginDate|endDate',
  'e1|||c1|s1|t1|teacher|true||',
  'e2|||c1|s1|st1|student|||',
  'e3|||c1|s1|st2|student|||',
  'e4|||c1|s1|nobody|student|||',
  'e5|||c2|s1|st1|student|||',
];

function input(extra: Partial<Record<string, string[]>> = {}): RosterInput {
  const t = (k: string, lines: string[] | undefined) => (lines ? table(`${k}.csv`, lines) : undefined);
  const all = {
    orgs: ORGS,
    users: USERS11,
    demographics: DEMO,
    academicSessions: SESS,
    classes: CLASSES,
    enrollments: ENR,
    ...extra,
  };
  return {
    manifest: { 'oneroster.version': '1.1' },
    tables: Object.fromEntries(
      Object.entries(all)
        .map(([k, v]) => [k, t(k, v)])
        .filter(([, v]) => v),
    ) as RosterInput['tables'],
  };
}
function ok(r: ReturnType<typeof parseRoster>): ParsedRoster {
  if (isFatal(r)) throw new Error(JSON.stringify(r.fatal));
  return r;
}
const issue = (r: ParsedRoster, file: string, line: number) =>
  r.issues.filter((i) => i.file === file && i.line === line);

describe('parseRoster (OneRoster 1.1 / 1.2 CSV)', () => {
  it('maps schools, resolves departments to their school, and uses the district org', () => {
    const r = ok(parseRoster(input()));
    expect(r.schools.map((s) => s.sourceId)).toEqual(['s1']);
    expect(r.counts['orgs.csv']).toMatchObject({ rows: 3, used: 2, rejected: 0 });
    expect(r.students.find((s) => s.sourceId === 'st1')).toMatchObject({
      schoolSourceId: 's1',
      grade: '09',
      dateOfBirth: '2010-04-17',
      sex: 'F',
      races: ['white'],
      hispanicLatino: true,
      localId: 'S-1',
    });
  });

  it('rejects a non-ISO birthDate at its demographics line and the student with it', () => {
    const r = ok(parseRoster(input()));
    expect(issue(r, 'demographics.csv', 3)).toEqual([
      expect.objectContaining({
        field: 'birthDate',
        severity: 'rejected',
        reason: expect.stringContaining('04/17/2010') as unknown,
      }),
    ]);
    expect(issue(r, 'users.csv', 3)).toEqual([expect.objectContaining({ field: 'birthDate', severity: 'rejected' })]);
    expect(r.students.some((s) => s.sourceId === 'st2')).toBe(false);
  });

  it('skips tobedeleted rows, rejects unknown roles, and links guardians from either side', () => {
    const r = ok(parseRoster(input()));
    expect(issue(r, 'users.csv', 8)).toEqual([expect.objectContaining({ field: 'status', severity: 'skipped' })]);
    expect(issue(r, 'users.csv', 7)).toEqual([
      expect.objectContaining({
        field: 'role',
        severity: 'rejected',
        reason: expect.stringContaining('aide') as unknown,
      }),
    ]);
    expect(r.links).toEqual([
      { studentSourceId: 'st1', guardianSourceId: 'g1', relationship: 'parent', educationalRights: true },
    ]);
    // g2 names st2, who was rejected: g2 has no student and is rejected too (after a warning for the link)
    expect(issue(r, 'users.csv', 6).map((i) => i.severity)).toEqual(['warning', 'rejected']);
    expect(r.staff).toEqual([
      expect.objectContaining({ sourceId: 't1', role: 'teacher', email: 'tess@x.org', schoolSourceIds: ['s1'] }),
    ]);
  });

  it('splits quoted multi-value cells and takes the first term for the school year', () => {
    const r = ok(parseRoster(input()));
    expect(r.sections).toEqual([
      expect.objectContaining({
        sourceId: 'c1',
        grades: ['09', '10', '11'],
        schoolYear: '2026-2027',
        teacherSourceId: 't1',
        schoolSourceId: 's1',
        courseCode: 'BIO',
      }),
    ]);
    expect(multi(' a, b ,,c')).toEqual(['a', 'b', 'c']);
  });

  it('rejects a class without a teacher and every enrollment that points at a rejected or missing record', () => {
    const r = ok(parseRoster(input()));
    expect(issue(r, 'classes.csv', 3)).toEqual([
      expect.objectContaining({ field: 'enrollments', severity: 'rejected' }),
    ]);
    expect(issue(r, 'enrollments.csv', 4)).toEqual([
      expect.objectContaining({
        field: 'userSourcedId',
        reason: expect.stringContaining('was rejected (users.csv:3)') as unknown,
      }),
    ]);
    expect(issue(r, 'enrollments.csv', 5)).toEqual([
      expect.objectContaining({ field: 'userSourcedId', reason: 'user "nobody" is not in users.csv' }),
    ]);
    expect(issue(r, 'enrollments.csv', 6)).toEqual([
      expect.objectContaining({ field: 'classSourcedId', reason: expect.stringContaining('classes.csv:3') as unknown }),
    ]);
    expect(r.enrollments).toEqual([expect.objectContaining({ sectionSourceId: 'c1', studentSourceId: 'st1' })]);
  });

  it('reads 1.2: roles.csv gives the role, primaryOrgSourcedId the school; misspelled columns are warned about', () => {
    const users12 = [
      'sourcedId|status|dateLastModified|enabledUser|username|givenName|familyName|identifier|email|agentSourcedIds|grades|prefferedGivenName|primaryOrgSourcedId',
      't1|||TRUE|t|Tess|Lee||tess@x.org|||Tee|s1',
      'st1|||TRUE|a|Ana|Ruiz|S-1|||KG||s1',
    ];
    const roles = [
      'sourcedId|status|dataLastModified|userSourcedId|roleType|role|beginDate|endDate|orgSourcedId|',
      'r1|||t1|secondary|guardian|||s1',
      'r2|||t1|primary|teacher|||s1',
      'r3|||st1|primary|student|||s1',
    ];
    const r = ok(
      parseRoster(input({ users: users12, roles, demographics: ['sourcedId|birthDate', 'st1|2020-01-31'] })),
    );
    expect(r.staff.map((s) => [s.sourceId, s.role])).toEqual([['t1', 'teacher']]);
    expect(r.students).toEqual([expect.objectContaining({ sourceId: 'st1', grade: 'KG', sex: 'X' })]);
    expect(issue(r, 'users.csv', 1)).toEqual([
      expect.objectContaining({
        field: 'prefferedGivenName',
        severity: 'warning',
        reason: expect.stringContaining('"preferredGivenName"') as unknown,
      }),
    ]);
    expect(issue(r, 'roles.csv', 1).map((i) => i.field)).toEqual(['dataLastModified', 'column 10']);
  });

  it('a required column that is missing or misspelled makes the input unusable', () => {
    const bad = [...USERS11];
    bad[0] = bad[0]!.replace('givenName', 'givenNmae');
    const r = parseRoster(input({ users: bad }));
    expect(isFatal(r) && r.fatal).toEqual([
      expect.objectContaining({
        file: 'users.csv',
        line: 1,
        field: 'givenName',
        reason: expect.stringContaining('"givenNmae"') as unknown,
      }),
    ]);
  });

  it('rejects rows that collide with records already in the database', () => {
    const r = ok(
      parseRoster(input(), {
        studentLocalIds: { 's-1': null },
        emails: { 'tess@x.org': { sourceId: null, otherDistrict: true } },
      }),
    );
    expect(issue(r, 'users.csv', 2)).toEqual([expect.objectContaining({ field: 'identifier', severity: 'rejected' })]);
    expect(issue(r, 'users.csv', 4)).toEqual([expect.objectContaining({ field: 'email', severity: 'rejected' })]);
    // the same source id holding them is the same record: no conflict
    const again = ok(
      parseRoster(input(), {
        studentLocalIds: { 's-1': 'st1' },
        emails: { 'tess@x.org': { sourceId: 't1', otherDistrict: false } },
      }),
    );
    expect(again.students.map((s) => s.sourceId)).toContain('st1');
  });

  it('maps CEDS grade codes; 13 and Other have no OpenIEP grade', () => {
    expect([
      mapGrade('PK'),
      mapGrade('KG'),
      mapGrade('1'),
      mapGrade('12'),
      mapGrade('13'),
      mapGrade('Other'),
      mapGrade('UG'),
    ]).toEqual(['PS', 'KG', '01', '12', null, null, 'UG']);
  });

  it('the manifest must exist, name a known version, and list files that are there', () => {
    expect(checkManifest(null, new Set())[0]).toMatchObject({
      file: 'manifest.csv',
      reason: expect.stringContaining('missing') as unknown,
    });
    const f = checkManifest(
      { 'oneroster.version': '1.2', 'file.orgs': 'bulk', 'file.users': 'bulk', 'file.classes': 'delta' },
      new Set(['orgs', 'users']),
    );
    expect(f.map((i) => i.field)).toEqual(['file.classes']);
    expect(checkManifest({ 'oneroster.version': '2.0' }, new Set(['orgs', 'users'])).map((i) => i.field)).toEqual([
      'oneroster.version',
    ]);
  });
});
