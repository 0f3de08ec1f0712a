/**
 * Voiding a record that is already voided answers 409 INVALID_STATE and writes no second success row — also when
 * the two requests race (the second one's check ran before the first one committed).
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from './support/app';
import { ENGINES } from './support/db';
import { TEST_TODAY } from './support/env';
import { createCaseload, createStudent } from './support/factories';

describe.each(ENGINES)('voiding twice on %s', (engine) => {
  let t: TestApp;
  let cm: Client;
  /** Two students on the case manager's caseload, one per test. */
  let students: [string, string];
  const successRows = async (action: string, eventId: string) =>
    (
      await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND outcome = 'success' AND context->>'eventId' = $2`,
        [action, eventId],
      )
    )[0]!.n;
  const expectConflict = (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 409, code: 'INVALID_STATE' });
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    const w = await createCaseload(t.db);
    const second = await createStudent(t.db, w.districtId, { schoolId: w.schoolId, caseManagerId: w.caseManager.id });
    students = [w.studentId, second];
    cm = await t.signIn(w.caseManager.email);
  });
  afterAll(async () => t.close());

  it('a case event: one void succeeds, every other (at once or after) is 409, one success row', async () => {
    const student = students[0];
    const rec = await cm.post(`/api/v1/students/${student}/events`, {
      kind: 'safeguards_notice',
      occurredOn: TEST_TODAY,
      details: { language: 'en' },
    });
    expect(rec.statusCode, rec.body).toBe(201);
    const eventId = rec.json<{ id: string }>().id;
    const url = `/api/v1/case-events/${eventId}/void`;

    const racing = await Promise.all(
      Array.from({ length: 4 }, (_, i) => cm.post(url, { reason: `Recorded for the wrong student (${i}).` })),
    );
    expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409]);
    for (const r of racing.filter((x) => x.statusCode !== 200)) expectConflict(r);
    expectConflict(await cm.post(url, { reason: 'again' }));
    expect(await successRows('case.event.void', eventId)).toBe(1);
    // The reason kept is the one of the void that succeeded.
    const winner = racing.find((r) => r.statusCode === 200)!.json<{ voidReason: string }>();
    const [row] = await t.db.query<{ void_reason: string }>(`SELECT void_reason FROM case_events WHERE id = $1::uuid`, [
      eventId,
    ]);
    expect(row!.void_reason).toBe(winner.voidReason);
  });

  it('a discipline record: the same', async () => {
    const student = students[1];
    const rec = await cm.post(`/api/v1/students/${student}/discipline/removals`, {
      type: 'out_of_school_suspension',
      firstDay: '2026-09-14',
      schoolDays: 1,
      behavior: 'Left class.',
    });
    expect(rec.statusCode, rec.body).toBe(201);
    const eventId = rec.json<{ recorded: { id: string } }>().recorded.id;
    const url = `/api/v1/discipline-records/${eventId}/void`;

    const racing = await Promise.all(
      Array.from({ length: 4 }, () => cm.post(url, { reason: 'Recorded for the wrong student.' })),
    );
    expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409]);
    for (const r of racing.filter((x) => x.statusCode !== 200)) expectConflict(r);
    expectConflict(await cm.post(url, { reason: 'again' }));
    expect(await successRows('discipline.void', eventId)).toBe(1);
  });
});
