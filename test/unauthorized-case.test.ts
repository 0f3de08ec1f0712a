/**
 * Unauthorized access to the case clock: other district, other caseload, parent of another child, teacher of
 * another class (and of this one: teachers do not keep the clock), provider not assigned, a student reading
 * another student, anonymous. Out of scope is 404 (never a 403 that reveals the record); nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { startTestApp, type Client, type TestApp } from './support/app';
import { TEST_TODAY } from './support/env';
import { createStudent, createWorld, type World } from './support/factories';

describe.each(ENGINES)('case clock access on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let naomiId: string; // on the caseload; no family account, no class, no provider
  let camilaId: string; // the child: their parent, the teacher of their class, the provider who serves them
  let eventId: string;
  const outsiders: [string, (w: World) => string][] = [
    ['other district administrator', (w) => w.other.admin.email],
    ['other district case manager', (w) => w.other.caseManager.email],
    ['other district parent', (w) => w.other.parent.email],
    ['case manager of another caseload', (w) => w.caseManager2.email],
    ['parent of another child', (w) => w.parent2.email],
    ['teacher of another class', (w) => w.teacher2.email],
    ['provider not assigned', (w) => w.provider2.email],
    ['a student (another student’s record)', (w) => w.student.email],
  ];

  beforeAll(async () => {
    t = await startTestApp(engine);
    w = await createWorld(t.db);
    camilaId = w.studentId;
    naomiId = await createStudent(t.db, w.districtId, { schoolId: w.schoolId, caseManagerId: w.caseManager.id });
    const cm = await t.signIn(w.caseManager.email);
    const e = await cm.post(`/api/v1/students/${naomiId}/events`, {
      kind: 'referral',
      occurredOn: TEST_TODAY,
      details: { source: 'parent' },
    });
    expect(e.statusCode).toBe(201);
    eventId = e.json<{ id: string }>().id;
  });
  afterAll(async () => t.close());

  it.each(outsiders)(
    '%s: 404 on every case route of a student they may not see, and nothing is written',
    async (_who, who) => {
      const email = who(w);
      const c: Client = await t.signIn(email);
      const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_events');
      expect((await c.get(`/api/v1/students/${naomiId}/deadlines`)).statusCode).toBe(404);
      expect((await c.get(`/api/v1/students/${naomiId}/events`)).statusCode).toBe(404);
      expect(
        (
          await c.post(`/api/v1/students/${naomiId}/events`, {
            kind: 'safeguards_notice',
            occurredOn: TEST_TODAY,
            details: {},
          })
        ).statusCode,
      ).toBe(404);
      expect((await c.post(`/api/v1/case-events/${eventId}/void`, { reason: 'x' })).statusCode).toBe(404);
      const list = (await c.get('/api/v1/deadlines?status=overdue,due_soon,delayed,upcoming,met,met_late')).json<{
        data: { studentId: string }[];
      }>();
      expect(list.data.some((d) => d.studentId === naomiId)).toBe(false);
      const after = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_events');
      expect(after[0]!.n).toBe(before[0]!.n);
      // The refused reads are in the audit log as denied.
      const denied = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_events WHERE student_id = $1 AND outcome = 'denied' AND actor_name IS NOT NULL AND actor_user_id = (SELECT id FROM users WHERE email = $2)`,
        [naomiId, email],
      );
      expect(denied[0]!.n).toBeGreaterThanOrEqual(3);
    },
  );

  it('a teacher of the student’s own class does not keep the clock (404), and sees nothing on the list', async () => {
    const teacher = await t.signIn(w.teacher.email);
    expect((await teacher.get(`/api/v1/students/${camilaId}/deadlines`)).statusCode).toBe(404);
    expect((await teacher.get(`/api/v1/students/${camilaId}/events`)).statusCode).toBe(404);
    expect((await teacher.get('/api/v1/deadlines')).json<{ data: unknown[] }>().data).toEqual([]);
  });

  it('the family reads their own child’s clock but cannot record or void events (403)', async () => {
    for (const email of [w.parent.email]) {
      const c = await t.signIn(email);
      expect((await c.get(`/api/v1/students/${camilaId}/deadlines`)).statusCode).toBe(200);
      expect((await c.get(`/api/v1/students/${camilaId}/events`)).statusCode).toBe(200);
      expect(
        (
          await c.post(`/api/v1/students/${camilaId}/events`, {
            kind: 'safeguards_notice',
            occurredOn: TEST_TODAY,
            details: {},
          })
        ).statusCode,
      ).toBe(403);
    }
    const student = await t.signIn(w.student.email);
    const own = (await student.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
    expect((await student.get(`/api/v1/students/${own}/deadlines`)).statusCode).toBe(200);
    expect(
      (
        await student.post(`/api/v1/students/${own}/events`, {
          kind: 'safeguards_notice',
          occurredOn: TEST_TODAY,
          details: {},
        })
      ).statusCode,
    ).toBe(403);
  });

  it('the compliance summary: only administrators and principals; another district counts only its own students', async () => {
    for (const email of [w.caseManager.email, w.teacher.email, w.provider.email, w.parent.email, w.student.email]) {
      expect((await (await t.signIn(email)).get('/api/v1/compliance/summary')).statusCode, email).toBe(404);
    }
    const own = (await (await t.signIn(w.admin.email)).get('/api/v1/compliance/summary')).json<{
      bySchool: { schoolName: string }[];
    }>();
    expect(own.bySchool.some((s) => s.schoolName === w.schoolName)).toBe(true);
    const other = (await (await t.signIn(w.other.admin.email)).get('/api/v1/compliance/summary')).json<{
      bySchool: { schoolName: string }[];
    }>();
    expect(other.bySchool.every((s) => s.schoolName !== w.schoolName)).toBe(true);
    const foreign = await (
      await t.signIn(w.other.admin.email)
    ).get(`/api/v1/compliance/summary?schoolId=${w.schoolId}`);
    expect(foreign.statusCode).toBe(200);
    expect(foreign.json<{ students: number }>().students).toBe(0);
  });

  it('anonymous: 401 on every case route', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/deadlines'],
      ['GET', `/api/v1/students/${naomiId}/deadlines`],
      ['GET', `/api/v1/students/${naomiId}/events`],
      ['POST', `/api/v1/students/${naomiId}/events`],
      ['POST', `/api/v1/case-events/${eventId}/void`],
      ['GET', '/api/v1/compliance/summary'],
    ] as const) {
      const res = await t.anonymous.request({ method, url, payload: method === 'POST' ? {} : undefined });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });
});
