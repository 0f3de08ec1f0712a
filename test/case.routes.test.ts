/** The case clock API: case events, a student's deadlines, the caller's deadlines, the compliance summary. Today is pinned to 2026-11-30. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { TEST_TODAY } from './support/env';

interface Item {
  id: string;
  studentId: string;
  studentName: string;
  rule: string;
  due: string;
  status: string;
  citation: string;
  daysLeft: number;
  delay: { reason: string; allowed: boolean } | null;
  action: { kind: string; eventKind?: string };
}
const STATUS_RANK: Record<string, number> = { overdue: 0, due_soon: 1, delayed: 2, upcoming: 3, met_late: 4, met: 5 };

describe.each(ENGINES)('case clock on %s', (engine) => {
  let t: TestApp;
  let admin: Client;
  let cm: Client;
  const ids: Record<string, string> = {};
  const idOf = async (localId: string) => {
    if (ids[localId]) return ids[localId];
    const res = await admin.get(`/api/v1/students?q=${localId}`);
    const data = res.json<{ data: { id: string }[] }>().data;
    const found = data.length === 1 ? data[0] : undefined;
    if (!found) throw new Error(`no ${localId}`);
    return (ids[localId] = found.id);
  };
  const deadlinesOf = async (c: Client, localId: string) => {
    const res = await c.get(`/api/v1/students/${await idOf(localId)}/deadlines`);
    expect(res.statusCode).toBe(200);
    return res.json<{ asOf: string; data: Item[] }>().data;
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn(DEMO.admin);
    cm = await t.signIn(DEMO.caseManager);
  });
  afterAll(async () => t.close());

  it("lists what is due on the case manager's caseload, most urgent first, overdue before due soon", async () => {
    const res = await cm.get('/api/v1/deadlines');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ asOf: string; data: Item[] }>();
    expect(body.asOf).toBe(TEST_TODAY);
    const ranks = body.data.map((d) => STATUS_RANK[d.status]!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(body.data.some((d) => d.status === 'met')).toBe(false);
    const naomi = body.data.find(
      (d) => d.studentName === 'Naomi Jimenez' && d.rule === 'procedural-safeguards-notice',
    )!;
    expect(naomi).toMatchObject({
      status: 'overdue',
      due: '2026-11-02',
      citation: '34 CFR 300.504(a)',
      action: { kind: 'record_event', eventKind: 'safeguards_notice' },
    });
    expect(naomi.daysLeft).toBe(-28);
    // Within the overdue ones, the oldest first.
    const overdue = body.data.filter((d) => d.status === 'overdue').map((d) => d.due);
    expect(overdue).toEqual([...overdue].sort());
    // An allowed delay (300.301(d)) keeps the evaluation visible but not overdue.
    expect(body.data.find((d) => d.studentName === 'Lucas Allen' && d.rule === 'initial-evaluation')).toMatchObject({
      status: 'delayed',
      delay: { reason: 'parent_did_not_produce_child', allowed: true },
    });
    // Another case manager's student (Isaac, elementary, overdue annual review) is not on this list.
    expect(body.data.some((d) => d.studentName === 'Isaac Walker')).toBe(false);
    const other = (await (await t.signIn(DEMO.caseManager2)).get('/api/v1/deadlines?status=overdue')).json<{
      data: Item[];
    }>();
    expect(other.data.find((d) => d.studentName === 'Isaac Walker' && d.rule === 'annual-review')).toMatchObject({
      due: '2026-10-01',
      status: 'overdue',
    });
  });

  it('filters by status and rule, and refuses unknown ones naming the field', async () => {
    const res = await cm.get('/api/v1/deadlines?status=due_soon&rule=reevaluation');
    expect(res.statusCode).toBe(200);
    const data = res.json<{ data: Item[] }>().data;
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((d) => d.status === 'due_soon' && d.rule === 'reevaluation')).toBe(true);
    const bad = await cm.get('/api/v1/deadlines?status=late');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(bad.json())).toMatch(/status/);
    expect((await cm.get('/api/v1/deadlines?rule=nap-time')).statusCode).toBe(400);
  });

  it("computes a student's clocks from events and plans (reevaluation, progress reports, annual review)", async () => {
    const camila = await deadlinesOf(cm, 'L1001');
    const rule = (r: string) => camila.find((d) => d.rule === r);
    expect(rule('reevaluation')).toMatchObject({
      due: '2026-12-14',
      status: 'due_soon',
      citation: '34 CFR 300.303(b)(2)',
    });
    expect(rule('annual-review')).toMatchObject({ due: '2027-09-09', status: 'upcoming' });
    expect(rule('progress-report')).toMatchObject({
      due: '2026-12-14',
      status: 'due_soon',
      citation: '34 CFR 300.320(a)(3)(ii)',
    });
    const priya = await deadlinesOf(cm, 'L1019');
    // CA: 60 days from consent on 25 August, not counting breaks over five school days: due 24 October; done 10 November.
    expect(priya.find((d) => d.rule === 'initial-evaluation')).toMatchObject({ due: '2026-10-24', status: 'met_late' });
    expect(priya.find((d) => d.rule === 'initial-iep-meeting')).toMatchObject({
      due: '2026-12-10',
      status: 'due_soon',
    });
    // Discipline: the MDR within ten school days of the decision to change placement (20 November: the extension that
    // made the removals more than 10 consecutive school days), not counting Thanksgiving break (2026-11-23 to 27).
    expect((await deadlinesOf(cm, 'L1025')).find((d) => d.rule === 'mdr')).toMatchObject({
      due: '2026-12-11',
      status: 'due_soon',
      citation: '34 CFR 300.530(e)',
    });
    expect((await deadlinesOf(cm, 'L1026')).find((d) => d.rule === 'mdr')).toMatchObject({
      status: 'met',
      metOn: '2026-10-14',
    });
    // An exited student has no clocks running.
    expect(await deadlinesOf(cm, 'L1034')).toEqual([]);
  });

  it('recording the event clears the overdue item; voiding it brings it back', async () => {
    const naomiId = await idOf('L1013');
    const rec = await cm.post(`/api/v1/students/${naomiId}/events`, {
      kind: 'safeguards_notice',
      occurredOn: TEST_TODAY,
      details: { language: 'en' },
    });
    expect(rec.statusCode).toBe(201);
    const event = rec.json<{ id: string; kind: string; recordedByName: string }>();
    expect(event).toMatchObject({ kind: 'safeguards_notice', recordedByName: 'Maria Alvarez' });
    const after = (await deadlinesOf(cm, 'L1013')).find((d) => d.rule === 'procedural-safeguards-notice')!;
    expect(after).toMatchObject({ status: 'upcoming', due: '2027-11-29' });
    const list = (await cm.get('/api/v1/deadlines?status=overdue')).json<{ data: Item[] }>();
    expect(list.data.some((d) => d.studentName === 'Naomi Jimenez' && d.rule === 'procedural-safeguards-notice')).toBe(
      false,
    );

    const voided = await cm.post(`/api/v1/case-events/${event.id}/void`, { reason: 'Recorded for the wrong student.' });
    expect(voided.statusCode).toBe(200);
    expect(voided.json()).toMatchObject({ voided: true, voidReason: 'Recorded for the wrong student.' });
    expect((await deadlinesOf(cm, 'L1013')).find((d) => d.rule === 'procedural-safeguards-notice')).toMatchObject({
      status: 'overdue',
      due: '2026-11-02',
    });
    expect((await cm.post(`/api/v1/case-events/${event.id}/void`, { reason: 'again' })).statusCode).toBe(409);
    // The timeline keeps the voided event, and the recording and voiding are in the audit log.
    const events = (await cm.get(`/api/v1/students/${naomiId}/events`)).json<{
      data: { id: string; voided: boolean }[];
    }>();
    expect(events.data.find((e) => e.id === event.id)).toMatchObject({ voided: true });
    const log = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE student_id = $1 AND action LIKE 'case.event.%' ORDER BY occurred_at`,
      [naomiId],
    );
    expect(log.map((r) => r.action)).toEqual(['case.event.record', 'case.event.void']);
  });

  it('refuses bad events with problem+json naming the field, and writes nothing', async () => {
    const id = await idOf('L1005');
    const before = (await cm.get(`/api/v1/students/${id}/events`)).json<{ data: unknown[] }>();
    const cases: [unknown, string][] = [
      [{ kind: 'safeguards_notice', occurredOn: '2026-12-01', details: {} }, 'occurredOn'],
      [{ kind: 'safeguards_notice', occurredOn: '2026-02-30', details: {} }, 'occurredOn'],
      [{ kind: 'consent_given', occurredOn: TEST_TODAY, details: {} }, 'details.consentType'],
      [{ kind: 'consent_given', occurredOn: TEST_TODAY, details: { consentType: 'haircut' } }, 'details.consentType'],
      [
        { kind: 'eligibility', occurredOn: TEST_TODAY, details: { eligible: true, categories: [] } },
        'details.categories',
      ],
      [
        { kind: 'delay', occurredOn: TEST_TODAY, details: { rule: 'initial-evaluation', reason: 'busy' } },
        'details.reason',
      ],
      [{ kind: 'bedtime', occurredOn: TEST_TODAY, details: {} }, 'kind'],
      [{ kind: 'referral', occurredOn: TEST_TODAY, details: { source: 'teacher', extra: 1 } }, 'details'],
    ];
    for (const [body, path] of cases) {
      const res = await cm.post(`/api/v1/students/${id}/events`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const problem = res.json<{ errors?: { path: string }[] }>();
      expect(
        problem.errors?.map((e) => e.path).some((p) => p.startsWith(path)),
        `${JSON.stringify(body)} → ${JSON.stringify(problem)}`,
      ).toBe(true);
    }
    const afterList = (await cm.get(`/api/v1/students/${id}/events`)).json<{ data: unknown[] }>();
    expect(afterList.data.length).toBe(before.data.length);
  });

  it('family see their own child’s deadlines but do not record events; teachers do not keep the clock', async () => {
    const parent = await t.signIn(DEMO.parent);
    const camilaId = await idOf('L1001');
    expect((await parent.get(`/api/v1/students/${camilaId}/deadlines`)).statusCode).toBe(200);
    expect(
      (
        await parent.post(`/api/v1/students/${camilaId}/events`, {
          kind: 'safeguards_notice',
          occurredOn: TEST_TODAY,
          details: {},
        })
      ).statusCode,
    ).toBe(403);
    const teacher = await t.signIn(DEMO.teacher);
    expect((await teacher.get(`/api/v1/students/${camilaId}/deadlines`)).statusCode).toBe(404);
    expect((await teacher.get('/api/v1/deadlines')).json()).toMatchObject({ data: [] });
  });

  it('summarises compliance for the district, with SPP indicators 11, 12 and 13 computed from the counts', async () => {
    const res = await admin.get('/api/v1/compliance/summary');
    expect(res.statusCode).toBe(200);
    const s = res.json<{
      totals: Record<string, number>;
      byRule: { rule: string; counts: { met: number; met_late: number; overdue: number; delayed: number } }[];
      bySchool: { schoolName: string; counts: Record<string, number> }[];
      indicators: {
        id: string;
        numerator: number;
        denominator: number;
        percent: number | null;
        schoolYear: string | null;
        pending: number;
        excluded: unknown[];
      }[];
    }>();
    const ie = s.byRule.find((r) => r.rule === 'initial-evaluation')!.counts;
    const i11 = s.indicators.find((i) => i.id === 'spp11')!;
    expect(ie.met).toBeGreaterThanOrEqual(1);
    expect(ie.met_late).toBeGreaterThanOrEqual(1);
    expect(ie.delayed).toBeGreaterThanOrEqual(1);
    // Indicator 11 measures the reporting year to date (2026-2027): L1053 and L1016 within the timeline, L1019 late;
    // L1008's evaluation ran past it under 300.301(d)(1): left out (src/domain/indicators.ts).
    expect(i11).toMatchObject({
      numerator: 2,
      denominator: 3,
      percent: 66.7,
      schoolYear: '2026-2027',
      excluded: [{ reason: 'parent_did_not_produce_child', citation: '34 CFR 300.301(d)(1)', children: 1 }],
    });
    expect(s.indicators.find((i) => i.id === 'spp12')).toMatchObject({
      numerator: 1,
      denominator: 1,
      percent: 100,
      pending: 1,
    });
    expect(s.indicators.find((i) => i.id === 'spp13')!.denominator).toBeGreaterThanOrEqual(1);
    const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    expect(sum(s.totals)).toBe(s.bySchool.reduce((a, b) => a + sum(b.counts), 0));
    expect(s.bySchool.map((x) => x.schoolName)).toEqual([
      'Lincoln Early Learning Center',
      'Lincoln Elementary School',
      'Lincoln High School',
      'Lincoln Middle School',
    ]);

    const principal = (await (await t.signIn(DEMO.principal)).get('/api/v1/compliance/summary')).json<{
      bySchool: { schoolName: string }[];
    }>();
    expect(principal.bySchool.map((x) => x.schoolName)).toEqual(['Lincoln Elementary School']);
    expect((await cm.get('/api/v1/compliance/summary')).statusCode).toBe(404);
  });
});
