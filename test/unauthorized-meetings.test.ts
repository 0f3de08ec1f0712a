/**
 * Unauthorized access to meetings, on both engines: every meeting route, for someone in another district, on
 * another caseload, the parent of another child, a teacher of another class, a student reading another student's
 * meetings — 404, as if the meeting did not exist (never 403) — and anonymous (401). Team members who may read a
 * meeting may not change it (403), and nothing is written by any refused request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameUuid } from '../src/db/ids';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';

const LOPEZ_AMENDMENT = nameUuid('demo:meeting:lopez-amendment');
const LOPEZ_PARENT = nameUuid('demo:meeting:lopez-amendment:parent');
const DAVIS_ANNUAL = nameUuid('demo:meeting:davis-annual');
const DAVIS_REP = nameUuid('demo:meeting:davis-annual:rep');

type Call = [label: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown];

/** Every meeting route, pointed at one meeting (and one of its participants) of a student. */
function calls(studentId: string, meetingId: string, participantId: string): Call[] {
  const m = `/api/v1/meetings/${meetingId}`;
  return [
    ['list', 'GET', `/api/v1/students/${studentId}/meetings`],
    [
      'schedule',
      'POST',
      `/api/v1/students/${studentId}/meetings`,
      { purpose: 'annual', date: '2027-01-20', startTime: '15:00', location: 'Room 1' },
    ],
    ['read', 'GET', m],
    ['update', 'PATCH', m, { version: 1, location: 'Elsewhere' }],
    ['invitable', 'GET', `${m}/invitable`],
    ['add participant', 'POST', `${m}/participants`, { role: 'other', name: 'Someone' }],
    ['update participant', 'PATCH', `${m}/participants/${participantId}`, { name: 'Someone else' }],
    ['remove participant', 'DELETE', `${m}/participants/${participantId}`],
    ['excusal', 'POST', `${m}/participants/${participantId}/excusal`, { excused: true, excusalAgreedOn: '2026-11-25' }],
    ['contact attempt', 'POST', `${m}/contact-attempts`, { date: '2026-11-25', method: 'phone', outcome: 'no_answer' }],
    ['notice', 'POST', `${m}/notice`, { method: 'mail' }],
    ['shorter notice', 'POST', `${m}/shorter-notice`, { agreedOn: '2026-11-25' }],
    ['notice pdf', 'GET', `${m}/notice.pdf?lang=en`],
    ['hold', 'POST', `${m}/hold`, { version: 1 }],
    ['cancel', 'POST', `${m}/cancel`, { reason: 'No.' }],
    ['response', 'POST', `${m}/response`, { response: 'accepted' }],
  ];
}

async function send(c: Client, [, method, url, body]: Call) {
  return c.request({ method, url, ...(body === undefined ? {} : { payload: body as Record<string, unknown> }) });
}

describe.each(ENGINES)('unauthorized access to meetings on %s', (engine) => {
  let t: TestApp;
  let childId: string;
  let davisId: string;
  const state = async () =>
    (
      await t.db.query<{ v: string }>(
        `SELECT string_agg(id::text || ':' || version::text || ':' || status, ',' ORDER BY id) AS v FROM meetings`,
      )
    )[0]!.v;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const cm = await t.signIn(DEMO.caseManager);
    childId = (await cm.get('/api/v1/students?q=L1001')).json<{ data: { id: string }[] }>().data[0]!.id;
    davisId = (await cm.get('/api/v1/students?q=L1010')).json<{ data: { id: string }[] }>().data[0]!.id;
  });
  afterAll(async () => t.close());

  it('anonymous: 401 on every route', async () => {
    for (const call of calls(childId, LOPEZ_AMENDMENT, LOPEZ_PARENT)) {
      expect((await send(t.anonymous, call)).statusCode, call[0]).toBe(401);
    }
  });

  it.each<[string, keyof typeof DEMO, 'child' | 'davis']>([
    ['another district (Riverside administrator)', 'riversideAdmin', 'child'],
    ['another district (Riverside case manager)', 'riversideCaseManager', 'davis'],
    ['another caseload (the elementary case manager, a middle-school student)', 'caseManager2', 'davis'],
    ['the parent of another child', 'parent2', 'child'],
    ['a teacher of another class', 'teacher2', 'child'],
    ['a student reading another student’s meetings', 'student', 'child'],
  ])('%s: 404 on every route, and nothing changes', async (_label, account, which) => {
    const c = await t.signIn(DEMO[account]);
    const [studentId, meetingId, participantId] =
      which === 'child' ? [childId, LOPEZ_AMENDMENT, LOPEZ_PARENT] : [davisId, DAVIS_ANNUAL, DAVIS_REP];
    const before = await state();
    for (const call of calls(studentId, meetingId, participantId)) {
      const res = await send(c, call);
      expect(res.statusCode, `${call[0]}: ${res.body}`).toBe(404);
      expect(res.body).not.toContain('Lopez');
      expect(res.body).not.toContain('Davis');
    }
    expect(await state()).toBe(before);
    const denied = await t.db.query(
      `SELECT 1 FROM audit_events WHERE outcome = 'denied' AND action = 'meeting.read_denied' AND actor_user_id = (SELECT id FROM users WHERE email = $1)`,
      [DEMO[account]],
    );
    expect(denied.length).toBeGreaterThan(0);
  });

  it('a teacher invited to the meeting reads it but may not change it (403); the parent may not manage it either', async () => {
    const teacher = await t.signIn(DEMO.teacher);
    expect((await teacher.get(`/api/v1/meetings/${LOPEZ_AMENDMENT}`)).statusCode).toBe(200);
    const parent = await t.signIn(DEMO.parent);
    const before = await state();
    for (const c of [teacher, parent]) {
      for (const call of calls(childId, LOPEZ_AMENDMENT, LOPEZ_PARENT).filter(
        ([label]) => !['list', 'read', 'notice pdf', 'response'].includes(label),
      )) {
        expect((await send(c, call)).statusCode, call[0]).toBe(403);
      }
    }
    expect(await state()).toBe(before);
  });
});
