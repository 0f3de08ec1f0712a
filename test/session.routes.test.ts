import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type TestApp } from './support/app';
import { TEST_PASSWORD } from './support/env';
import { createAccount, createDistrict, createSchool, createStudent } from './support/factories';

describe.each(ENGINES)('sessions on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  it('requires authentication for /me and sign-out', async () => {
    expect((await t.anonymous.get('/api/v1/me')).statusCode).toBe(401);
    expect((await t.anonymous.delete('/api/v1/session')).statusCode).toBe(401);
  });

  it("refuses a student account below the state profile's portal age (14), and admits it from the 14th birthday", async () => {
    // A California student and their account; today is pinned to 2026-11-30.
    const districtId = await createDistrict(t.db, { stateProfile: 'CA' });
    const schoolId = await createSchool(t.db, districtId);
    const studentId = await createStudent(t.db, districtId, { schoolId, grade: '08', dateOfBirth: '2012-12-01' }); // turns 14 tomorrow
    const { email } = await createAccount(t.db, districtId, { role: 'student', studentId });
    const signIn = () =>
      t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password: TEST_PASSWORD } });
    const refused = await signIn();
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.cookies.find((c) => c.name === 'openiep_session')).toBeUndefined();
    const audit = await t.db.query<{ context: { reason: string } }>(
      `SELECT context FROM audit_events WHERE action = 'auth.sign_in_failed' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit[0]!.context.reason).toBe('below_portal_age');
    await t.db.query(`UPDATE students SET date_of_birth = '2012-11-30' WHERE id = $1::uuid`, [studentId]); // 14 today
    expect((await signIn()).statusCode).toBe(200);
  });

  it('answers /healthz once the database answers', async () => {
    const res = await t.anonymous.get('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('signs in with an httpOnly SameSite cookie and returns the CSRF token; /me returns the same token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'CaseManager@Lincoln.demo', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'openiep_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.path).toBe('/');
    const body = res.json<{ csrfToken: string; user: { role: string; name: string } }>();
    expect(body.user).toMatchObject({ role: 'case_manager', name: 'Maria Alvarez' });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `openiep_session=${cookie.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json<{ csrfToken: string }>().csrfToken).toBe(body.csrfToken);
    // Only a hash of the token is stored.
    const stored = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions WHERE token_hash = $1', [
      cookie.value,
    ]);
    expect(stored[0]!.n).toBe(0);
  });

  it('refuses a wrong password with the same message as an unknown email', async () => {
    const wrong = await t.anonymous.post('/api/v1/session', { email: DEMO.teacher, password: 'nope' });
    const unknown = await t.anonymous.post('/api/v1/session', { email: 'nobody@lincoln.demo', password: 'nope' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<{ detail: string }>().detail).toBe(unknown.json<{ detail: string }>().detail);
  });

  it('signs out: the session is revoked and its cookie no longer works', async () => {
    const c = await t.signIn(DEMO.provider);
    expect((await c.get('/api/v1/me')).statusCode).toBe(200);
    const out = await c.delete('/api/v1/session');
    expect(out.statusCode).toBe(204);
    const after = await c.get('/api/v1/me');
    expect(after.statusCode).toBe(401);
    const audit = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'auth.sign_out' AND actor_role = 'provider'`,
    );
    expect(audit[0]!.n).toBe(1);
  });
});

describe.each(ENGINES)('editing a student on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  it('requires authentication', async () => {
    const res = await t.anonymous.patch('/api/v1/students/00000000-0000-4000-8000-000000000000', {
      grade: '05',
      version: 1,
    });
    expect(res.statusCode).toBe(401);
  });

  it('applies an edit carrying the current ETag, returns the new ETag, and refuses the old one', async () => {
    const cm = await t.signIn(DEMO.caseManager);
    const list = (await cm.get('/api/v1/students?status=referred')).json<{ data: { id: string }[] }>();
    const id = list.data[0]!.id;
    const first = await cm.get(`/api/v1/students/${id}`);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f-]{36}\.\d+"$/);
    const res = await cm.patch(
      `/api/v1/students/${id}`,
      { spedStatus: 'evaluating', englishLearner: true },
      { 'if-match': etag },
    );
    expect(res.statusCode).toBe(200);
    const body = res.json<{ spedStatus: string; englishLearner: boolean; version: number }>();
    expect(body).toMatchObject({ spedStatus: 'evaluating', englishLearner: true });
    expect(res.headers.etag).not.toBe(etag);
    const stale = await cm.patch(`/api/v1/students/${id}`, { englishLearner: false }, { 'if-match': etag });
    expect(stale.statusCode).toBe(412);
    const reread = (await cm.get(`/api/v1/students/${id}`)).json<{ englishLearner: boolean }>();
    expect(reread.englishLearner).toBe(true);
  });

  it('makes a student IEP-eligible only with a primary category, and clears categories when they leave eligibility', async () => {
    const cm = await t.signIn(DEMO.caseManager);
    const list = (await cm.get('/api/v1/students?status=evaluating')).json<{ data: { id: string }[] }>();
    const id = list.data[0]!.id;
    let s = (await cm.get(`/api/v1/students/${id}`)).json<{ version: number }>();
    const bad = await cm.patch(`/api/v1/students/${id}`, { version: s.version, spedStatus: 'eligible_iep' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('primaryDisability');
    const ok = await cm.patch(`/api/v1/students/${id}`, {
      version: s.version,
      spedStatus: 'eligible_iep',
      primaryDisability: 'autism',
    });
    expect(ok.statusCode).toBe(200);
    s = ok.json<{ version: number }>();
    const exit = await cm.patch(`/api/v1/students/${id}`, { version: s.version, spedStatus: 'exited' });
    expect(exit.statusCode).toBe(200);
    expect(exit.json()).toMatchObject({ spedStatus: 'exited', primaryDisability: null, secondaryDisability: null });
  });
});

describe.each(ENGINES)('sign-in rate limit on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { OPENIEP_SIGNIN_RATE_LIMIT: '3' });
  });
  afterAll(async () => t.close());

  it('answers 429 problem+json past the per-IP limit, even with the right password', async () => {
    for (let i = 0; i < 3; i++)
      expect((await t.anonymous.post('/api/v1/session', { email: DEMO.teacher, password: 'wrong' })).statusCode).toBe(
        401,
      );
    const res = await t.anonymous.post('/api/v1/session', { email: DEMO.teacher, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
  });
});
