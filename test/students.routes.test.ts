import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type TestApp } from './support/app';

describe.each(ENGINES)('students routes on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  it('requires authentication', async () => {
    for (const url of ['/api/v1/students', '/api/v1/me', '/api/v1/schools']) {
      const res = await t.anonymous.get(url);
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it("lists the case manager's caseload and audits each student shown", async () => {
    const cm = await t.signIn(DEMO.caseManager);
    const res = await cm.get('/api/v1/students?limit=200');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ data: { id: string; caseManagers: { name: string }[] }[] }>();
    expect(body.data.length).toBeGreaterThan(10);
    for (const s of body.data) expect(s.caseManagers.map((c) => c.name)).toContain('Maria Alvarez');
    const audited = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'student.list' AND actor_name = 'Maria Alvarez'`,
    );
    expect(audited[0]!.n).toBe(body.data.length);
  });
});
