/**
 * Unauthorized access to the indicator and exiting reports: only a district administrator makes them. Principal,
 * case manager, teacher, provider, parent and student get 404 (never a 403 that says the report exists), anonymous
 * 401; another district's administrator gets their own district, never a Lincoln child. Nothing is written but the
 * denial: no report.read, no student listed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { startTestApp, type TestApp } from './support/app';
import { createCaseEvent, createStudent, createWorld, type World } from './support/factories';

const NEW_KINDS = ['indicator-5', 'indicator-11', 'indicator-12', 'indicator-13', 'exiting'];

describe.each(ENGINES)('indicator and exiting report access on %s', (engine) => {
  let t: TestApp;
  let w: World;
  /** The local id of a student who left special education in 2025-2026 (counted on the exiting report). */
  let leaverLocalId: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    w = await createWorld(t.db);
    leaverLocalId = `X${String(Date.now()).slice(-6)}`;
    const leaver = await createStudent(t.db, w.districtId, {
      schoolId: w.schoolId,
      caseManagerId: w.caseManager.id,
      localId: leaverLocalId,
      spedStatus: 'exited',
      dateOfBirth: '2009-03-01',
      grade: '11',
    });
    await createCaseEvent(t.db, {
      districtId: w.districtId,
      studentId: leaver,
      kind: 'exit',
      occurredOn: '2026-06-05',
      details: {
        reason: 'no_longer_eligible',
        spedStatusBefore: 'eligible_iep',
        primaryDisability: 'speech_language_impairment',
        secondaryDisability: null,
      },
    });
  });
  afterAll(async () => t.close());

  it.each<[string, (w: World) => string]>([
    ['principal', (w) => w.principal.email],
    ['case manager', (w) => w.caseManager.email],
    ['teacher', (w) => w.teacher.email],
    ['provider', (w) => w.provider.email],
    ['parent', (w) => w.parent.email],
    ['student', (w) => w.student.email],
    ['other district case manager', (w) => w.other.caseManager.email],
  ])('a %s gets 404 for every new report kind, and nothing is recorded as read', async (_who, who) => {
    const c = await t.signIn(who(w));
    const count = () =>
      t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_events WHERE action IN ('report.read', 'report.student_listed')`,
      );
    const before = (await count())[0]!.n;
    for (const kind of NEW_KINDS) {
      const res = await c.get(`/api/v1/reports/${kind}.csv?schoolYear=2025-2026`);
      expect(res.statusCode, kind).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).not.toContain(leaverLocalId);
    }
    expect((await count())[0]!.n).toBe(before);
  });

  it('anonymous gets 401 for every new report kind', async () => {
    for (const kind of NEW_KINDS)
      expect((await t.anonymous.get(`/api/v1/reports/${kind}.csv`)).statusCode, kind).toBe(401);
  });

  it("another district's administrator gets only their own children: no local id of this district in any file", async () => {
    // The district's own administrator finds the leaver counted on the exiting report (rows after the header).
    const own = await (await t.signIn(w.admin.email)).get('/api/v1/reports/exiting.csv?schoolYear=2025-2026');
    expect(own.body.trim().split('\n').length).toBeGreaterThan(1);
    const r = await t.signIn(w.other.admin.email);
    for (const kind of NEW_KINDS) {
      for (const q of ['', '?schoolYear=2025-2026']) {
        const res = await r.get(`/api/v1/reports/${kind}.csv${q}`);
        expect(res.statusCode, kind).toBe(200);
        expect(res.body, kind).not.toContain(leaverLocalId);
      }
    }
    const ex = await r.get('/api/v1/reports/exiting.csv?schoolYear=2025-2026');
    expect(ex.body.trim().split('\n')).toHaveLength(1);
  });
});
