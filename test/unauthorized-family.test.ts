/**
 * Unauthorized access to the family portal's routes: for every route, five outsiders to L1001 (the parent's
 * child) — another district, another caseload, the parent of another child, a teacher of another class, and
 * another student — get 404 (problem+json, nothing about the student), nothing is written, and the refusal is
 * audited; anonymous callers get 401.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { ENGINES } from './support/db';

const OUTSIDERS = ['riversideAdmin', 'caseManager2', 'parent2', 'teacher2', 'student'] as const;

describe.each(ENGINES)('unauthorized access to the family portal on %s', (engine) => {
  let t: TestApp;
  let child: { id: string; firstName: string; lastName: string };
  let inputId: string;
  let requestId: string;
  let meetingId: string;
  const clients = {} as Record<(typeof OUTSIDERS)[number], Client>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const parent = await t.signIn(DEMO.parent);
    const id = (await parent.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
    child = (await parent.get(`/api/v1/students/${id}`)).json<typeof child>();
    inputId = (
      await t.db.query<{ id: string }>(`SELECT id::text AS id FROM family_input WHERE student_id = $1::uuid`, [id])
    )[0]!.id;
    requestId = (
      await t.db.query<{ id: string }>(`SELECT id::text AS id FROM meeting_requests WHERE student_id = $1::uuid`, [id])
    )[0]!.id;
    meetingId = crypto.randomUUID();
    await t.db.query(
      `INSERT INTO meetings (id, district_id, student_id, purpose, meeting_date, start_time, starts_at, time_zone, location, created_by_name)
       SELECT $1::uuid, s.district_id, s.id, 'annual', '2026-12-10', '15:30', '2026-12-10T23:30:00Z', 'America/Los_Angeles', 'Room 12', 'Test' FROM students s WHERE s.id = $2::uuid`,
      [meetingId, id],
    );
    // The parent's own checklist exists, so a refusal cannot be "there is nothing here".
    expect(
      (
        await parent.request({
          method: 'PUT',
          url: `/api/v1/meetings/${meetingId}/preparation`,
          payload: { version: 0, items: ['list_questions'], notes: { concerns: 'Privado' } },
        })
      ).statusCode,
    ).toBe(200);
    expect((await parent.post(`/api/v1/meetings/${meetingId}/preparation/share`)).statusCode).toBe(200);
    for (const who of OUTSIDERS) clients[who] = await t.signIn(DEMO[who]);
  });
  afterAll(async () => t.close());

  const routes = () =>
    [
      ['GET', `/api/v1/students/${child.id}/family-input`, undefined],
      ['POST', `/api/v1/students/${child.id}/family-input`, { text: 'Not my child' }],
      ['POST', `/api/v1/family-input/${inputId}/add-to-draft`, undefined],
      ['POST', `/api/v1/family-input/${inputId}/acknowledge`, undefined],
      ['GET', `/api/v1/students/${child.id}/records-requests`, undefined],
      ['POST', `/api/v1/students/${child.id}/records-requests`, { scope: 'everything' }],
      ['GET', `/api/v1/students/${child.id}/meeting-requests`, undefined],
      ['POST', `/api/v1/students/${child.id}/meeting-requests`, { reason: 'Let me in' }],
      ['PATCH', `/api/v1/meeting-requests/${requestId}`, { status: 'closed' }],
      ['GET', `/api/v1/meetings/${meetingId}/preparation`, undefined],
      ['PUT', `/api/v1/meetings/${meetingId}/preparation`, { version: 0, items: [], notes: {} }],
      ['POST', `/api/v1/meetings/${meetingId}/preparation/share`, undefined],
      ['GET', `/api/v1/meetings/${meetingId}/preparations`, undefined],
      ['GET', `/api/v1/procedural-safeguards.pdf?lang=en&studentId=${child.id}`, undefined],
    ] as const;

  const counts = async () =>
    (
      await t.db.query<{ fi: number; mr: number; mp: number; ev: number; ack: number; open: number }>(
        `SELECT (SELECT count(*)::int FROM family_input) AS fi, (SELECT count(*)::int FROM meeting_requests) AS mr,
                (SELECT count(*)::int FROM meeting_preparations) AS mp, (SELECT count(*)::int FROM case_events) AS ev,
                (SELECT count(*)::int FROM family_input WHERE acknowledged_at IS NOT NULL) AS ack,
                (SELECT count(*)::int FROM meeting_requests WHERE status = 'open') AS open`,
      )
    )[0]!;

  it.each(OUTSIDERS)('%s gets 404 on every route, learns nothing, changes nothing, and is audited', async (who) => {
    const before = await counts();
    const deniedBefore = (
      await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE outcome = 'denied'`)
    )[0]!.n;
    for (const [method, url, payload] of routes()) {
      const res = await clients[who].request({ method, url, payload: payload });
      expect([who, method, url, res.statusCode]).toEqual([who, method, url, 404]);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).not.toContain(child.lastName);
      expect(res.body).not.toContain('Privado');
    }
    expect(await counts()).toEqual(before);
    const deniedAfter = (
      await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE outcome = 'denied'`)
    )[0]!.n;
    expect(deniedAfter - deniedBefore).toBe(routes().length);
  });

  it('anonymous callers get 401 on every route', async () => {
    for (const [method, url, payload] of routes()) {
      const res = await t.anonymous.request({ method, url, payload: payload });
      expect([method, url, res.statusCode]).toEqual([method, url, 401]);
    }
  });

  it("a parent's list for their own child never holds another family's input", async () => {
    const parent2 = clients.parent2;
    const own = (await parent2.get('/api/v1/students')).json<{ data: { id: string }[] }>().data.map((s) => s.id);
    expect(own).not.toContain(child.id);
    const theirs = (await parent2.get(`/api/v1/students/${own[0]}/family-input`)).json<{
      data: { text: string }[];
    }>();
    expect(theirs.data.every((i) => !i.text.includes('Mi hija'))).toBe(true);
  });
});
