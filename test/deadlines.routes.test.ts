import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type TestApp } from './support/app';

describe.each(ENGINES)('deadline calculator on %s', (engine) => {
  let t: TestApp;
  let middle: string;
  let riversideSchool: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    middle = (
      await t.db.query<{ id: string }>(`SELECT id::text AS id FROM schools WHERE name = 'Lincoln Middle School'`)
    )[0]!.id;
    riversideSchool = (
      await t.db.query<{ id: string }>(`SELECT id::text AS id FROM schools WHERE name = 'Riverside Academy'`)
    )[0]!.id;
  });
  afterAll(async () => t.close());

  it('requires authentication', async () => {
    expect((await t.anonymous.get('/api/v1/deadlines/calculate?rule=annual-review&from=2026-09-10')).statusCode).toBe(
      401,
    );
  });

  it("uses the district's profile and the school's calendar (Lincoln: California, winter break not counted)", async () => {
    const cm = await t.signIn(DEMO.caseManager);
    const ca = await cm.get(`/api/v1/deadlines/calculate?rule=initial-evaluation&from=2026-12-01&schoolId=${middle}`);
    expect(ca.statusCode).toBe(200);
    expect(ca.json()).toMatchObject({
      due: '2027-02-15',
      profile: 'CA',
      citation: '34 CFR 300.301(c)(1); Cal. Ed. Code 56043(c), 56344(a)',
      estimated: false,
    });
    const fed = await cm.get(`/api/v1/deadlines/calculate?rule=initial-evaluation&from=2026-12-01&profile=federal`);
    expect(fed.json()).toMatchObject({ due: '2027-01-30', profile: 'federal' });
    const tx = await cm.get(`/api/v1/deadlines/calculate?rule=mdr&from=2026-11-20&schoolId=${middle}`);
    expect(tx.json()).toMatchObject({ due: '2026-12-11' });
  });

  it('refuses a bad rule, date, profile or another district’s school, naming the field', async () => {
    const cm = await t.signIn(DEMO.caseManager);
    const cases: [string, string][] = [
      ['rule=soon&from=2026-01-01', 'query.rule'],
      ['rule=annual-review&from=2027-02-30', 'query.from'],
      ['rule=annual-review&from=2026-01-01&profile=ZZ', 'query.profile'],
      [`rule=annual-review&from=2026-01-01&schoolId=${riversideSchool}`, 'query.schoolId'],
    ];
    for (const [query, path] of cases) {
      const res = await cm.get(`/api/v1/deadlines/calculate?${query}`);
      expect([query, res.statusCode]).toEqual([query, 400]);
      expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain(path);
    }
  });
});
