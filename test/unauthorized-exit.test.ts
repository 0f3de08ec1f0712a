/**
 * Unauthorized access to summaries of performance (34 CFR 300.305(e)(3)) and to recording exits: other district,
 * other caseload, parent of another child, teacher of another class (and of this one), provider not assigned, a student
 * reading another student, anonymous. Out of scope is 404; nothing is written. The family reads only what was provided.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { startTestApp, type Client, type TestApp } from './support/app';
import { createWorld, type World } from './support/factories';

describe.each(ENGINES)('summaries of performance and exits: access on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let james: string; // the peer: sixteen, with the student account, on the caseload, in teacher2's class
  let camila: string; // the child: their parent, the teacher of their class, the provider who serves them
  let draftId: string;
  let draftVersion: number;
  const outsiders: [string, (w: World) => string][] = [
    ['other district administrator', (w) => w.other.admin.email],
    ['other district case manager', (w) => w.other.caseManager.email],
    ['other district parent', (w) => w.other.parent.email],
    ['case manager of another caseload', (w) => w.caseManager2.email],
    ['parent of another child', (w) => w.parent.email],
    ['teacher of another class', (w) => w.teacher.email],
    ['teacher of the student’s own class (not theirs to see)', (w) => w.teacher2.email],
    ['provider not assigned', (w) => w.provider2.email],
  ];
  const count = async (table: string) =>
    (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

  beforeAll(async () => {
    t = await startTestApp(engine);
    w = await createWorld(t.db);
    james = w.peerId;
    camila = w.studentId;
    const cm = await t.signIn(w.caseManager.email);
    const created = (await cm.post(`/api/v1/students/${james}/summaries-of-performance`, {})).json<{
      id: string;
      version: number;
    }>();
    draftId = created.id;
    draftVersion = created.version;
  });
  afterAll(async () => t.close());

  it.each(outsiders)('%s: 404 on every summary route, and nothing is written', async (_who, who) => {
    const email = who(w);
    const c: Client = await t.signIn(email);
    const before = [await count('summaries_of_performance'), await count('case_events')];
    expect((await c.get(`/api/v1/students/${james}/summaries-of-performance`)).statusCode).toBe(404);
    expect((await c.post(`/api/v1/students/${james}/summaries-of-performance`, {})).statusCode).toBe(404);
    expect((await c.get(`/api/v1/summaries-of-performance/${draftId}`)).statusCode).toBe(404);
    expect(
      (
        await c.patch(
          `/api/v1/summaries-of-performance/${draftId}`,
          { academicAchievement: 'x' },
          { 'if-match': `"${draftId}.${draftVersion}"` },
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await c.post(
          `/api/v1/summaries-of-performance/${draftId}/provide`,
          {},
          { 'if-match': `"${draftId}.${draftVersion}"` },
        )
      ).statusCode,
    ).toBe(404);
    expect((await c.get(`/api/v1/summaries-of-performance/${draftId}/document.pdf`)).statusCode).toBe(404);
    expect(
      (
        await c.post(`/api/v1/students/${james}/events`, {
          kind: 'exit',
          occurredOn: '2026-11-20',
          details: { reason: 'dropped_out' },
        })
      ).statusCode,
    ).toBe(404);
    expect([await count('summaries_of_performance'), await count('case_events')]).toEqual(before);
    const denied = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE outcome = 'denied' AND actor_user_id = (SELECT id FROM users WHERE email = $1) AND (student_id = $2 OR student_id IS NULL)`,
      [email, james],
    );
    expect(denied[0]!.n).toBeGreaterThanOrEqual(4);
  });

  it('a student reads only their own summaries; another student’s record is 404', async () => {
    const student = await t.signIn(w.student.email);
    expect((await student.get(`/api/v1/students/${camila}/summaries-of-performance`)).statusCode).toBe(404);
    // Their own: the draft is the team's work in progress, not theirs to read or change.
    expect(
      (await student.get(`/api/v1/students/${james}/summaries-of-performance`)).json<{ data: unknown[] }>().data,
    ).toEqual([]);
    expect((await student.get(`/api/v1/summaries-of-performance/${draftId}`)).statusCode).toBe(404);
    expect(
      (
        await student.patch(
          `/api/v1/summaries-of-performance/${draftId}`,
          { academicAchievement: 'x' },
          { 'if-match': `"${draftId}.${draftVersion}"` },
        )
      ).statusCode,
    ).toBe(404);
    expect((await student.post(`/api/v1/students/${james}/summaries-of-performance`, {})).statusCode).toBe(403);
    expect(
      (
        await student.post(`/api/v1/students/${james}/events`, {
          kind: 'exit',
          occurredOn: '2026-11-20',
          details: { reason: 'dropped_out' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('the assigned provider reads drafts but does not write; the parent of the child cannot start one', async () => {
    const parent = await t.signIn(w.parent.email);
    expect((await parent.post(`/api/v1/students/${camila}/summaries-of-performance`, {})).statusCode).toBe(403);
    const provider = await t.signIn(w.provider.email);
    const res = await provider.get(`/api/v1/students/${camila}/summaries-of-performance`);
    expect(res.statusCode).toBe(200);
    expect(res.json<{ abilities: { create: boolean } }>().abilities.create).toBe(false);
  });

  it('anonymous: 401 on every summary route', async () => {
    for (const [method, url] of [
      ['GET', `/api/v1/students/${james}/summaries-of-performance`],
      ['POST', `/api/v1/students/${james}/summaries-of-performance`],
      ['GET', `/api/v1/summaries-of-performance/${draftId}`],
      ['PATCH', `/api/v1/summaries-of-performance/${draftId}`],
      ['POST', `/api/v1/summaries-of-performance/${draftId}/provide`],
      ['GET', `/api/v1/summaries-of-performance/${draftId}/document.pdf`],
    ] as const) {
      const res = await t.anonymous.request({ method, url, payload: method === 'GET' ? undefined : {} });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });
});
