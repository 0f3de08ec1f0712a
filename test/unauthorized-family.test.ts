/**
 * Unauthorized access to the family portal's routes: for every route, five outsiders to the parent's child — another district, another caseload, the parent of another child, a teacher of another class, and
 * another student — get 404 (problem+json, nothing about the student), nothing is written, and the refusal is
 * audited; anonymous callers get 401.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from './support/app';
import { ENGINES } from './support/db';
import { createFamilyInput, createMeeting, createMeetingRequest, createWorld, type World } from './support/factories';

const OUTSIDERS = ['otherDistrictAdmin', 'caseManager2', 'parent2', 'teacher2', 'student'] as const;
const emailOf = (w: World, who: (typeof OUTSIDERS)[number]) =>
  who === 'otherDistrictAdmin' ? w.other.admin.email : w[who].email;

describe.each(ENGINES)('unauthorized access to the family portal on %s', (engine) => {
  let t: TestApp;
  let child: { id: string; firstName: string; lastName: string };
  let inputId: string;
  let requestId: string;
  let meetingId: string;
  const clients = {} as Record<(typeof OUTSIDERS)[number], Client>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const w = await createWorld(t.db, { student: { firstName: 'Camila', lastName: 'Lopez' } });
    const parent = await t.signIn(w.parent.email);
    const id = w.studentId;
    child = (await parent.get(`/api/v1/students/${id}`)).json<typeof child>();
    const record = { districtId: w.districtId, studentId: id };
    inputId = await createFamilyInput(t.db, {
      ...record,
      authorUserId: w.parent.id,
      text: 'Mi hija entiende más de lo que puede decir.',
    });
    requestId = await createMeetingRequest(t.db, { ...record, requestedById: w.parent.id });
    meetingId = await createMeeting(t.db, { ...record, date: '2026-12-10', startTime: '15:30', location: 'Room 12' });
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
    for (const who of OUTSIDERS) clients[who] = await t.signIn(emailOf(w, who));
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
