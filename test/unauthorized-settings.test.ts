/**
 * Unauthorized access to the district settings and the schools' calendars: the other district's administrator,
 * a principal, a case manager, a teacher, a provider, a parent, a student — every route answers 404 (never a 403 that
 * reveals the settings exist), each refusal is audited as denied, and nothing is written. Anonymous: 401.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { startTestApp, type Client, type TestApp } from './support/app';
import { createSchool, createWorld, type World } from './support/factories';

describe.each(ENGINES)('district settings access on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let districtId: string;
  /** A school with no calendar yet, and one with the sample year's. */
  let early: string;
  let middle: string;
  let etag: string;
  const csv = 'date,instructional,note\n2026-08-24,yes,First day\n';

  const routes = (): [string, string, unknown?, Record<string, string>?][] => [
    ['GET', '/api/v1/district/settings'],
    [
      'PATCH',
      '/api/v1/district/settings',
      { childCountDate: '12-01', stateProfile: 'TX', meetingNoticeDefault: null },
      { 'if-match': etag },
    ],
    ['GET', `/api/v1/schools/${middle}/calendars`],
    ['GET', `/api/v1/schools/${middle}/calendars/2026-2027`],
    [
      'PUT',
      `/api/v1/schools/${early}/calendars/2026-2027`,
      { firstDay: '2026-08-24', lastDay: '2027-05-28', closures: [] },
    ],
    ['POST', `/api/v1/schools/${early}/calendars/import`, { csv }],
    ['POST', `/api/v1/schools/${early}/calendars/import`, { csv, dryRun: true }],
  ];

  /** Everything a refused request could have changed. */
  const state = async () => ({
    districts: await t.db.query(
      `SELECT id, state_profile, child_count_date, meeting_notice_days, meeting_notice_counting, settings_version FROM districts ORDER BY id`,
    ),
    calendars: await t.db.query(
      `SELECT school_id, school_year, version FROM school_calendars ORDER BY school_id, school_year`,
    ),
    days: await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM school_calendar_days`),
  });

  beforeAll(async () => {
    t = await startTestApp(engine);
    w = await createWorld(t.db);
    early = await createSchool(t.db, w.districtId, {
      name: 'Test Early Learning Center',
      gradeLow: 'PK',
      gradeHigh: 'KG',
    });
    middle = w.schoolId;
    const admin = await t.signIn(w.admin.email);
    const res = await admin.get('/api/v1/district/settings');
    etag = res.headers.etag as string;
    const s = res.json<{ districtId: string; schools: { id: string }[] }>();
    districtId = s.districtId;
    expect(districtId).toBe(w.districtId);
    expect(s.schools.map((x) => x.id)).toEqual(expect.arrayContaining([early, middle]));
  });
  afterAll(async () => t.close());

  it.each<[string, (w: World) => string]>([
    ['a principal', (w) => w.principal.email],
    ['a case manager', (w) => w.caseManager.email],
    ['a teacher', (w) => w.teacher.email],
    ['a provider', (w) => w.provider.email],
    ['a parent', (w) => w.parent.email],
    ['a student', (w) => w.student.email],
    ['the other district’s case manager', (w) => w.other.caseManager.email],
  ])('%s: 404 on every settings and calendar route, each audited as denied; nothing written', async (_who, who) => {
    const email = who(w);
    const c: Client = await t.signIn(email);
    const before = await state();
    const deniedBefore = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'district.settings.denied' AND outcome = 'denied' AND actor_user_id = (SELECT id FROM users WHERE email = $1)`,
      [email],
    );
    for (const [method, url, body, headers] of routes()) {
      const res = await c.request({
        method: method,
        url,
        payload: body as object | undefined,
        headers: headers ?? {},
      });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await state()).toEqual(before);
    const denied = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'district.settings.denied' AND outcome = 'denied' AND actor_user_id = (SELECT id FROM users WHERE email = $1)`,
      [email],
    );
    expect(denied[0]!.n - deniedBefore[0]!.n).toBe(routes().length);
    const me = (await c.get('/api/v1/me')).json<{ user: { abilities: { manageDistrictSettings: boolean } } }>();
    expect(me.user.abilities.manageDistrictSettings).toBe(false);
  });

  it('the other district’s administrator: its own settings only; 404 on every calendar of this district’s schools, nothing written', async () => {
    const c = await t.signIn(w.other.admin.email);
    const before = await state();
    for (const [method, url, body] of routes().filter(([, url]) => url.includes('/schools/'))) {
      const res = await c.request({ method: method, url, payload: body as object | undefined });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    // Its own settings are its own district's: changing them leaves this district's alone.
    const own = await c.get('/api/v1/district/settings');
    expect(own.json<{ districtId: string }>().districtId).toBe(w.other.districtId);
    expect(
      (
        await c.request({
          method: 'PATCH',
          url: '/api/v1/district/settings',
          payload: { childCountDate: '11-01' },
          headers: { 'if-match': etag },
        })
      ).statusCode,
    ).toBe(412); // this district's ETag names another district
    expect(await state()).toEqual(before);
    const denied = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'district.settings.denied' AND actor_user_id = (SELECT id FROM users WHERE email = $1)`,
      [w.other.admin.email],
    );
    expect(denied[0]!.n).toBeGreaterThanOrEqual(5);
  });

  it('anonymous: 401 on every settings and calendar route, nothing written', async () => {
    const before = await state();
    for (const [method, url, body] of routes()) {
      const res = await t.anonymous.request({ method: method, url, payload: body as object | undefined });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
    expect(await state()).toEqual(before);
  });
});
