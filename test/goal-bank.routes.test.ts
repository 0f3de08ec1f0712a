import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { startTestApp, type TestApp } from './support/app';
import { createAccount, createCaseload, createDistrict, type Caseload } from './support/factories';

type Bank = { data: { id: string; area: string; gradeBand: string; text: string; source: string }[] };

describe.each(ENGINES)('goal bank on %s', (engine) => {
  let t: TestApp;
  /** A district of its own (a case manager, a parent, a teacher) and an administrator of another district. */
  let w: Caseload;
  let teacherEmail: string;
  let otherAdmin: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    w = await createCaseload(t.db);
    teacherEmail = (await createAccount(t.db, w.districtId, { role: 'teacher', schools: [w.schoolId] })).email;
    otherAdmin = (await createAccount(t.db, await createDistrict(t.db), { role: 'district_admin' })).email;
  });
  afterAll(async () => t.close());

  it('requires authentication', async () => {
    expect((await t.anonymous.get('/api/v1/goal-bank')).statusCode).toBe(401);
    expect((await t.anonymous.post('/api/v1/goal-bank', {})).statusCode).toBe(401);
  });

  it('finds starter goals by area, grade band and words', async () => {
    const cm = await t.signIn(w.caseManager.email);
    const res = (await cm.get('/api/v1/goal-bank?area=reading&gradeBand=3-5')).json<Bank>();
    expect(res.data.length).toBeGreaterThan(0);
    expect(res.data.every((g) => g.area === 'reading' && g.gradeBand === '3-5' && g.source === 'starter')).toBe(true);
    const words = (await cm.get('/api/v1/goal-bank?q=fractions')).json<Bank>();
    expect(words.data.map((g) => g.id)).toEqual(['starter:math-68-fractions']);
    expect((await cm.get('/api/v1/goal-bank?area=astrology')).statusCode).toBe(400);
  });

  it("adds a measurable goal to the district's bank only; a vague one is refused with the reason", async () => {
    const cm = await t.signIn(w.caseManager.email);
    const text =
      'Given a bus schedule, the student will identify the departure time for a trip in 4 of 5 trials by the annual review.';
    const added = await cm.post('/api/v1/goal-bank', {
      area: 'transition',
      gradeBand: '9-12',
      text,
      measurement: 'Community-based instruction data',
    });
    expect(added.statusCode).toBe(201);
    const mine = (await cm.get('/api/v1/goal-bank?area=transition')).json<Bank>();
    expect(mine.data.find((g) => g.text === text)?.source).toBe('district');
    const other = await t.signIn(otherAdmin);
    expect((await other.get('/api/v1/goal-bank?area=transition')).json<Bank>().data.some((g) => g.text === text)).toBe(
      false,
    );
    const vague = await cm.post('/api/v1/goal-bank', {
      area: 'reading',
      gradeBand: '3-5',
      text: 'Will understand reading.',
    });
    expect(vague.statusCode).toBe(422);
    expect(vague.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('text');
  });

  it('families do not see the bank; teachers read but do not add', async () => {
    const parent = await t.signIn(w.parent.email);
    expect((await parent.get('/api/v1/goal-bank')).statusCode).toBe(404);
    const teacher = await t.signIn(teacherEmail);
    expect((await teacher.get('/api/v1/goal-bank')).statusCode).toBe(200);
    const add = await teacher.post('/api/v1/goal-bank', {
      area: 'math',
      gradeBand: '3-5',
      text: 'Given 10 problems, the student will solve 8 of 10 by June 2027.',
    });
    expect(add.statusCode).toBe(403);
  });
});
