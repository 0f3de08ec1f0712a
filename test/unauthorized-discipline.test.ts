/**
 * Unauthorized access to the discipline record: other district, other caseload, parent of another child, teacher of
 * another class (and of this one: teachers do not keep the clock), provider not assigned, a student reading another
 * student, anonymous. Out of scope is 404 (never a 403 that reveals the record), the refusal is audited, and nothing
 * is written. Readers who may not record (parent, student, assigned provider) get 403 on every write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { startTestApp, type Client, type TestApp } from './support/app';
import { TEST_TODAY } from './support/env';
import { createCaseEvent, createRemoval, createStudent, createWorld, type World } from './support/factories';

describe.each(ENGINES)('discipline access on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let mayaId: string; // on the caseload, a removal and its decision on record, no family account, no class, no provider
  let camilaId: string; // the child: their parent, the teacher of their class, the provider who serves them
  let removalId: string; // Maya's removal (the decision)
  let camilaRemovalId: string;
  const outsiders: [string, (w: World) => string][] = [
    ['other district administrator', (w) => w.other.admin.email],
    ['other district case manager', (w) => w.other.caseManager.email],
    ['other district parent', (w) => w.other.parent.email],
    ['case manager of another caseload', (w) => w.caseManager2.email],
    ['parent of another child', (w) => w.parent2.email],
    ['teacher of another class', (w) => w.teacher2.email],
    ['provider not assigned', (w) => w.provider2.email],
    ['provider not assigned to this student', (w) => w.provider.email],
    ['a student (another student’s record)', (w) => w.student.email],
  ];
  const removal = { type: 'out_of_school_suspension', firstDay: TEST_TODAY, schoolDays: 1, behavior: 'Test.' };
  const writes = (studentId: string, recordId: string) =>
    [
      [`/api/v1/students/${studentId}/discipline/removals`, removal],
      [
        `/api/v1/students/${studentId}/discipline/placement-decisions`,
        {
          decidedOn: TEST_TODAY,
          removalIds: [recordId],
          pattern: false,
          substantiallySimilarBehavior: false,
          lengthOfRemovals: 'x',
          totalTimeRemoved: 'x',
          proximity: 'x',
          determinedBy: 'x',
        },
      ],
      [
        `/api/v1/students/${studentId}/discipline/notices`,
        { decisionId: recordId, notifiedOn: TEST_TODAY, method: 'phone', safeguardsNoticeProvided: true },
      ],
      [
        `/api/v1/students/${studentId}/discipline/mdrs`,
        { decisionId: recordId, heldOn: TEST_TODAY, causedByDisability: false, failureToImplementIep: false },
      ],
      [`/api/v1/discipline-records/${recordId}/void`, { reason: 'x' }],
    ] as const;
  const count = async (table: string) =>
    (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

  beforeAll(async () => {
    t = await startTestApp(engine);
    w = await createWorld(t.db);
    camilaId = w.studentId;
    const d = w.districtId;
    mayaId = await createStudent(t.db, d, { schoolId: w.schoolId, caseManagerId: w.caseManager.id });
    removalId = await createRemoval(t.db, {
      districtId: d,
      studentId: mayaId,
      firstDay: '2026-11-16',
      lastDay: '2026-12-07',
      behavior: 'Hit a classmate during lunch.',
    });
    await createCaseEvent(t.db, {
      districtId: d,
      studentId: mayaId,
      kind: 'discipline_notice',
      occurredOn: '2026-11-16',
      details: { decisionId: removalId, safeguardsNoticeProvided: true, method: 'phone' },
    });
    const cm = await t.signIn(w.caseManager.email);
    const maya = (await cm.get(`/api/v1/students/${mayaId}/discipline`)).json<{ decisions: { id: string }[] }>();
    expect(maya.decisions.map((x) => x.id)).toEqual([removalId]);
    const rec = await cm.post(`/api/v1/students/${camilaId}/discipline/removals`, {
      ...removal,
      behavior: 'Left the classroom.',
    });
    camilaRemovalId = rec.json<{ recorded: { id: string } }>().recorded.id;
  });
  afterAll(async () => t.close());

  it.each(outsiders)(
    '%s: 404 on every discipline route of a student they may not see, audited, nothing written',
    async (_who, who) => {
      const email = who(w);
      const c: Client = await t.signIn(email);
      const events = await count('case_events');
      const notes = await count('notifications');
      expect((await c.get(`/api/v1/students/${mayaId}/discipline`)).statusCode).toBe(404);
      for (const [url, body] of writes(mayaId, removalId)) expect((await c.post(url, body)).statusCode, url).toBe(404);
      expect(await count('case_events')).toBe(events);
      expect(await count('notifications')).toBe(notes);
      const denied = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_events WHERE student_id = $1 AND outcome = 'denied' AND actor_user_id = (SELECT id FROM users WHERE email = $2)`,
        [mayaId, email],
      );
      expect(denied[0]!.n).toBeGreaterThanOrEqual(5);
    },
  );

  it('a teacher of the student’s own class does not see it either (404)', async () => {
    const teacher = await t.signIn(w.teacher.email);
    expect((await teacher.get(`/api/v1/students/${camilaId}/discipline`)).statusCode).toBe(404);
    for (const [url, body] of writes(camilaId, camilaRemovalId))
      expect((await teacher.post(url, body)).statusCode, url).toBe(404);
    // And the student page tells the web app so: no discipline ability.
    expect(
      (await teacher.get(`/api/v1/students/${camilaId}`)).json<{ disciplineAbilities?: unknown }>().disciplineAbilities,
    ).toEqual({ view: false, record: false });
  });

  it('the parent, the student and the assigned provider read their own record but may not write (403), and nothing is written', async () => {
    const parent = await t.signIn(w.parent.email);
    const read = await parent.get(`/api/v1/students/${camilaId}/discipline`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ total: 1, abilities: { view: true, record: false } });
    const provider = await t.signIn(w.provider.email);
    expect((await provider.get(`/api/v1/students/${camilaId}/discipline`)).json()).toMatchObject({
      abilities: { view: true, record: false },
    });
    const student = await t.signIn(w.student.email);
    const own = (await student.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
    expect((await student.get(`/api/v1/students/${own}/discipline`)).statusCode).toBe(200);
    const events = await count('case_events');
    for (const c of [parent, provider])
      for (const [url, body] of writes(camilaId, camilaRemovalId))
        expect((await c.post(url, body)).statusCode, url).toBe(403);
    expect((await student.post(`/api/v1/students/${own}/discipline/removals`, removal)).statusCode).toBe(403);
    expect(await count('case_events')).toBe(events);
  });

  it('the district administrator records; the principal of another school does not see it (404)', async () => {
    const admin = await t.signIn(w.admin.email);
    expect((await admin.get(`/api/v1/students/${camilaId}/discipline`)).json()).toMatchObject({
      abilities: { view: true, record: true },
    });
    // The principal leads another school of the district.
    const principal = await t.signIn(w.principal.email);
    expect((await principal.get(`/api/v1/students/${camilaId}/discipline`)).statusCode).toBe(404);
    expect((await principal.post(`/api/v1/students/${camilaId}/discipline/removals`, removal)).statusCode).toBe(404);
  });

  it('anonymous: 401 on every discipline route', async () => {
    expect((await t.anonymous.get(`/api/v1/students/${mayaId}/discipline`)).statusCode).toBe(401);
    for (const [url, body] of writes(mayaId, removalId))
      expect((await t.anonymous.request({ method: 'POST', url, payload: body })).statusCode, url).toBe(401);
  });
});
