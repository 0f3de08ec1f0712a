/**
 * Federal reports API (IDEA 618 child count and environments, SPP/APR) on both engines. The expected numbers are
 * computed here straight from the demo database, independently of the report builders. Today is pinned to 2026-11-30,
 * so the default count date is 2026-10-01 (the first Thursday of October 2026).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import type { Database } from '../src/db/connect';
import { parseCsv } from './support/csv';

const FEDERAL: Record<string, string> = {
  autism: 'AUT',
  deaf_blindness: 'DB',
  deafness: 'HI',
  emotional_disturbance: 'EMN',
  hearing_impairment: 'HI',
  intellectual_disability: 'ID',
  multiple_disabilities: 'MD',
  orthopedic_impairment: 'OI',
  other_health_impairment: 'OHI',
  specific_learning_disability: 'SLD',
  speech_language_impairment: 'SLI',
  traumatic_brain_injury: 'TBI',
  visual_impairment: 'VI',
  developmental_delay: 'DD',
};

interface Expected {
  total: number;
  byCode: Map<string, number>;
  schoolAge: number;
  rc80: number;
  rc39: number;
  separate: number;
}

/** The demo data, counted the long way: SQL for the IEP in effect, then ages and minutes by hand. */
async function expected(db: Database, ncesId: string, date: string): Promise<Expected> {
  const rows = await db.query<{
    dob: string;
    grade: string;
    dis: string | null;
    setting: string | null;
    rc: number | null;
    day: number | null;
  }>(
    `SELECT to_char(s.date_of_birth, 'YYYY-MM-DD') AS dob, s.grade, s.primary_disability AS dis,
            p.content->'placement'->>'setting' AS setting,
            (p.content->'placement'->>'regularClassMinutesPerWeek')::int AS rc, (p.content->'placement'->>'schoolMinutesPerWeek')::int AS day
       FROM students s JOIN districts d ON d.id = s.district_id
       JOIN LATERAL (SELECT * FROM plans p WHERE p.student_id = s.id AND p.type = 'iep' AND p.status IN ('active','superseded','ended')
                       AND p.start_date <= $2::date AND (p.end_date >= $2::date OR (p.end_date IS NULL AND p.status = 'active'))
                     ORDER BY p.start_date DESC LIMIT 1) p ON true
      WHERE d.nces_id = $1 AND s.sped_status <> 'none'`,
    [ncesId, date],
  );
  const e: Expected = { total: 0, byCode: new Map(), schoolAge: 0, rc80: 0, rc39: 0, separate: 0 };
  for (const r of rows) {
    const [by, bm, bd] = r.dob.split('-').map(Number) as [number, number, number];
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
    if (age < 3 || age > 21) continue;
    e.total++;
    const code = r.dis ? FEDERAL[r.dis]! : 'NOT_RECORDED';
    e.byCode.set(code, (e.byCode.get(code) ?? 0) + 1);
    const schoolAge = age >= 6 || (age === 5 && r.grade !== 'PS' && r.grade !== 'UG');
    if (!schoolAge) continue;
    e.schoolAge++;
    if (r.setting === 'regular_school' && r.rc !== null && r.day) {
      if (r.rc * 10 >= r.day * 8) e.rc80++;
      else if (r.rc * 10 < r.day * 4) e.rc39++;
    }
    if (r.setting === 'separate_school' || r.setting === 'residential_facility' || r.setting === 'homebound_hospital')
      e.separate++;
  }
  return e;
}

const csvOf = (res: LightMyRequestResponse) => {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="[a-z-]+-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(res.body.endsWith('\r\n')).toBe(true);
  return parseCsv(res.body);
};

const sumTotals = (rows: string[][]) =>
  rows
    .slice(1)
    .filter((r) => r[3] === 'total')
    .reduce((s, r) => s + Number(r[5]), 0);

describe.each(ENGINES)('federal reports on %s', (engine) => {
  let t: TestApp;
  let admin: Client;
  let lincoln: Expected;

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn(DEMO.admin);
    lincoln = await expected(t.db, '0600001', '2026-10-01');
  });
  afterAll(async () => t.close());

  it('the child count: one header row, the demo numbers by disability, the default count date 2026-10-01', async () => {
    expect(lincoln.total).toBeGreaterThanOrEqual(3); // the demo has IEPs in effect on the count date
    const res = await admin.get('/api/v1/reports/child-count.csv');
    const rows = csvOf(res);
    expect(res.headers['content-disposition']).toBe('attachment; filename="child-count-2026-10-01.csv"');
    expect(rows[0]).toEqual(['count_date', 'age_group', 'disability_code', 'dimension', 'value', 'students']);
    expect(rows.slice(1).every((r) => r.length === 6 && r[0] === '2026-10-01')).toBe(true);
    expect(sumTotals(rows)).toBe(lincoln.total);
    const byCode = new Map<string, number>();
    for (const r of rows.slice(1)) if (r[3] === 'total') byCode.set(r[2]!, (byCode.get(r[2]!) ?? 0) + Number(r[5]));
    expect(byCode).toEqual(lincoln.byCode);
    // Every dimension adds up to the same total (each child once per dimension).
    for (const dim of ['age', 'race_ethnicity', 'sex', 'english_learner']) {
      expect(
        rows
          .slice(1)
          .filter((r) => r[3] === dim)
          .reduce((s, r) => s + Number(r[5]), 0),
      ).toBe(lincoln.total);
    }
    const ages = rows
      .slice(1)
      .filter((r) => r[3] === 'age')
      .map((r) => Number(r[4]));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...ages)).toBeLessThanOrEqual(21);
  });

  it('environments and SPP indicator 5 match the placements of the IEPs in effect', async () => {
    const env = csvOf(await admin.get('/api/v1/reports/environments.csv?date=2026-10-01'));
    expect(env[0]).toEqual(['count_date', 'age_group', 'environment_code', 'disability_code', 'students']);
    const sa = env.slice(1).filter((r) => r[1] === 'SA');
    const n = (codes: string[]) => sa.filter((r) => codes.includes(r[2]!)).reduce((s, r) => s + Number(r[4]), 0);
    expect(n(['RC80', 'RC79TO40', 'RC39', 'SS', 'RF', 'HH', 'CF', 'PPPS', 'NOT_RECORDED'])).toBe(lincoln.schoolAge);
    expect(n(['RC80'])).toBe(lincoln.rc80);
    expect(n(['RC39'])).toBe(lincoln.rc39);
    expect(env.slice(1).reduce((s, r) => s + Number(r[4]), 0)).toBe(lincoln.total);

    const spp = csvOf(await admin.get('/api/v1/reports/spp.csv?date=2026-10-01'));
    expect(spp[0]).toEqual(['indicator', 'description', 'numerator', 'denominator', 'percent', 'as_of', 'citation']);
    expect(spp.slice(1).map((r) => r[0])).toEqual(['5A', '5B', '5C', '11', '12', '13']);
    const row = (id: string) => spp.find((r) => r[0] === id)!;
    const pct = (a: number, b: number) => (b === 0 ? '' : String(Math.round((a / b) * 1000) / 10));
    expect(row('5A').slice(2, 6)).toEqual([
      String(lincoln.rc80),
      String(lincoln.schoolAge),
      pct(lincoln.rc80, lincoln.schoolAge),
      '2026-10-01',
    ]);
    expect(row('5B').slice(2, 5)).toEqual([
      String(lincoln.rc39),
      String(lincoln.schoolAge),
      pct(lincoln.rc39, lincoln.schoolAge),
    ]);
    expect(row('5C').slice(2, 5)).toEqual([
      String(lincoln.separate),
      String(lincoln.schoolAge),
      pct(lincoln.separate, lincoln.schoolAge),
    ]);
    expect(row('5C')[1]).toContain('separate schools, residential facilities'); // a quoted field with commas survives
    // 11, 12, 13 are the compliance summary's, as of today.
    const summary = (await admin.get('/api/v1/compliance/summary')).json<{
      indicators: { id: string; numerator: number; denominator: number }[];
    }>();
    for (const i of summary.indicators) {
      const r = row(i.id.replace('spp', ''));
      expect([r[2], r[3], r[5]]).toEqual([String(i.numerator), String(i.denominator), '2026-11-30']);
    }
  });

  it('an IEP whose end date is the day before the count date is not counted; one starting after it is not either', async () => {
    // The demo's overdue IEP ends 2026-10-01; the transition IEP starts 2026-10-05.
    const oct2 = await expected(t.db, '0600001', '2026-10-02');
    const oct5 = await expected(t.db, '0600001', '2026-10-05');
    expect(oct2.total).toBe(lincoln.total - 1);
    expect(oct5.total).toBe(oct2.total + 1);
    expect(sumTotals(csvOf(await admin.get('/api/v1/reports/child-count.csv?date=2026-10-02')))).toBe(oct2.total);
    expect(sumTotals(csvOf(await admin.get('/api/v1/reports/child-count.csv?date=2026-10-05')))).toBe(oct5.total);
  });

  it('an IEP ended early (the family moved) is counted until the day before it was ended, not to the end of its term', async () => {
    const cm = await t.signIn(DEMO.caseManager);
    const camila = (await admin.get('/api/v1/students?q=L1001')).json<{ data: { id: string }[] }>().data[0]!.id;
    const plan = (await cm.get(`/api/v1/students/${camila}/plans`))
      .json<{
        data: { id: string; status: string; type: string }[];
      }>()
      .data.find((p) => p.type === 'iep' && p.status === 'active')!;
    const count = async (date: string) =>
      sumTotals(csvOf(await admin.get(`/api/v1/reports/child-count.csv?date=${date}`)));
    const nov29 = await count('2026-11-29');
    const dec1 = await count('2026-12-01');
    expect(
      (await cm.post(`/api/v1/plans/${plan.id}/end`, { reason: 'moved', note: 'Moved out of state.' })).statusCode,
    ).toBe(200); // today: 2026-11-30
    expect(await count('2026-11-29')).toBe(nov29);
    expect(await count('2026-12-01')).toBe(dec1 - 1);
  });

  it('another count date counts the IEPs in effect then (none in 1990)', async () => {
    const rows = csvOf(await admin.get('/api/v1/reports/child-count.csv?date=1990-10-04'));
    expect(rows).toEqual([['count_date', 'age_group', 'disability_code', 'dimension', 'value', 'students']]);
  });

  it('is audited as report.read, with the kind and count date, naming no student', async () => {
    await admin.get('/api/v1/reports/environments.csv?date=2026-10-01');
    const a = await t.db.query<{
      student_id: string | null;
      context: { kind: string; countDate: string; via: string };
    }>(`SELECT student_id::text, context FROM audit_events WHERE action = 'report.read' ORDER BY id DESC LIMIT 1`);
    expect(a[0]).toMatchObject({
      student_id: null,
      context: { kind: 'environments', countDate: '2026-10-01', via: 'api' },
    });
  });

  it("Riverside's administrator gets Riverside's numbers, never Lincoln's", async () => {
    const rAdmin = await t.signIn(DEMO.riversideAdmin);
    const rows = csvOf(await rAdmin.get('/api/v1/reports/child-count.csv'));
    const exp = await expected(t.db, '4800001', '2026-10-01');
    expect(sumTotals(rows)).toBe(exp.total);
    expect(exp.total).not.toBe(lincoln.total);
  });

  it.each([
    ['principal', DEMO.principal],
    ['case manager', DEMO.caseManager],
    ['teacher', DEMO.teacher],
    ['provider', DEMO.provider],
    ['parent', DEMO.parent],
    ['student', DEMO.student],
  ])('a %s gets 404', async (_role, email) => {
    const c = await t.signIn(email);
    for (const kind of ['child-count', 'environments', 'spp']) {
      const res = await c.get(`/api/v1/reports/${kind}.csv`);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).not.toContain('count_date');
    }
  });

  it('anonymous gets 401', async () => {
    const res = await t.anonymous.get('/api/v1/reports/child-count.csv');
    expect(res.statusCode).toBe(401);
  });

  it.each([
    ['/api/v1/reports/child-count.csv?date=2026-02-30', 'date'],
    ['/api/v1/reports/child-count.csv?date=10/01/2026', 'date'],
    ['/api/v1/reports/headcount.csv', 'kind'],
    ['/api/v1/reports/child-count.json', 'kind'],
  ])('%s → 400 naming %s', async (url, field) => {
    const res = await admin.get(url);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json<{ errors: { path: string; message: string }[] }>();
    expect(body.errors.map((e) => e.path)).toEqual([field]);
  });
});
