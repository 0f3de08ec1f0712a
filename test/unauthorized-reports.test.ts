/**
 * Unauthorized access to the indicator and exiting reports: only a district administrator makes them. Principal,
 * case manager, teacher, provider, parent and student get 404 (never a 403 that says the report exists), anonymous
 * 401; another district's administrator gets their own district, never a Lincoln child. Nothing is written but the
 * denial: no report.read, no student listed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type TestApp } from './support/app';

const NEW_KINDS = ['indicator-5', 'indicator-11', 'indicator-12', 'indicator-13', 'exiting'];

describe.each(ENGINES)('indicator and exiting report access on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  it.each([
    ['principal', DEMO.principal],
    ['case manager', DEMO.caseManager],
    ['teacher', DEMO.teacher],
    ['provider', DEMO.provider],
    ['parent', DEMO.parent],
    ['student', DEMO.student],
    ['other district case manager', DEMO.riversideCaseManager],
  ])('a %s gets 404 for every new report kind, and nothing is recorded as read', async (_who, email) => {
    const c = await t.signIn(email);
    const count = () =>
      t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_events WHERE action IN ('report.read', 'report.student_listed')`,
      );
    const before = (await count())[0]!.n;
    for (const kind of NEW_KINDS) {
      const res = await c.get(`/api/v1/reports/${kind}.csv?schoolYear=2025-2026`);
      expect(res.statusCode, kind).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).not.toMatch(/L10\d\d/);
    }
    expect((await count())[0]!.n).toBe(before);
  });

  it('anonymous gets 401 for every new report kind', async () => {
    for (const kind of NEW_KINDS)
      expect((await t.anonymous.get(`/api/v1/reports/${kind}.csv`)).statusCode, kind).toBe(401);
  });

  it("another district's administrator gets only their own children: no Lincoln local id in any file", async () => {
    const r = await t.signIn(DEMO.riversideAdmin);
    for (const kind of NEW_KINDS) {
      for (const q of ['', '?schoolYear=2025-2026']) {
        const res = await r.get(`/api/v1/reports/${kind}.csv${q}`);
        expect(res.statusCode, kind).toBe(200);
        expect(res.body, kind).not.toMatch(/\bL10\d\d\b/);
      }
    }
    const ex = await r.get('/api/v1/reports/exiting.csv?schoolYear=2025-2026');
    expect(ex.body.trim().split('\n')).toHaveLength(1);
  });
});
