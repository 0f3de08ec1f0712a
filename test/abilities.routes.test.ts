/**
 * The abilities the web app decides from (issue 10: "one contract, no escape hatches"): GET /api/v1/me carries the
 * app-wide ones, a student's record the record-level ones, and each agrees with what the guarded route answers —
 * so the web shows exactly what the API allows, and never asks for what it would refuse.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type TestApp } from './support/app';

type Client = Awaited<ReturnType<TestApp['signIn']>>;

const ACCOUNTS = ['admin', 'principal', 'caseManager', 'teacher', 'provider', 'parent', 'student'] as const;

/** What /me says per demo account (src/policy/app.ts, each from its resource's policy). */
const EXPECTED = {
  admin: {
    searchStudents: true,
    dueScope: 'district',
    viewCompliance: 'district',
    downloadReports: true,
    readOutbox: true,
    manageDistrictSettings: true,
    readGoalBank: true,
    addToGoalBank: true,
    portal: null,
  },
  principal: {
    searchStudents: true,
    dueScope: 'schools',
    viewCompliance: 'schools',
    downloadReports: false,
    readOutbox: false,
    manageDistrictSettings: false,
    readGoalBank: true,
    addToGoalBank: true,
    portal: null,
  },
  caseManager: {
    searchStudents: true,
    dueScope: 'caseload',
    viewCompliance: null,
    downloadReports: false,
    readOutbox: false,
    manageDistrictSettings: false,
    readGoalBank: true,
    addToGoalBank: true,
    portal: null,
  },
  teacher: {
    searchStudents: true,
    dueScope: null,
    viewCompliance: null,
    downloadReports: false,
    readOutbox: false,
    manageDistrictSettings: false,
    readGoalBank: true,
    addToGoalBank: false,
    portal: null,
  },
  provider: {
    searchStudents: true,
    dueScope: null,
    viewCompliance: null,
    downloadReports: false,
    readOutbox: false,
    manageDistrictSettings: false,
    readGoalBank: true,
    addToGoalBank: true,
    portal: null,
  },
  parent: {
    searchStudents: false,
    dueScope: null,
    viewCompliance: null,
    downloadReports: false,
    readOutbox: false,
    manageDistrictSettings: false,
    readGoalBank: false,
    addToGoalBank: false,
    portal: 'parent',
  },
  student: {
    searchStudents: false,
    dueScope: null,
    viewCompliance: null,
    downloadReports: false,
    readOutbox: false,
    manageDistrictSettings: false,
    readGoalBank: false,
    addToGoalBank: false,
    portal: 'student',
  },
} as const;

interface AppAbilities {
  downloadReports: boolean;
  readOutbox: boolean;
  manageDistrictSettings: boolean;
  readGoalBank: boolean;
  addToGoalBank: boolean;
  viewCompliance: string | null;
}

interface RecordAbilities {
  caseAbilities: { view: boolean; record: boolean };
  consentAbilities: { view: boolean; request: boolean; writeNotices: boolean; viewDraftNotices: boolean };
  meetingAbilities: { list: boolean; schedule: boolean };
  familyAbilities: { view: boolean; manage: boolean };
  disciplineAbilities: { view: boolean; record: boolean };
  summaryAbilities: { view: boolean; drafts: boolean; write: boolean };
}

/** 200 → true, 404 (a record or page that does not exist for the caller) → false; anything else fails the test. */
function allowed(status: number): boolean {
  expect([200, 201, 403, 404]).toContain(status);
  return status === 200 || status === 201;
}

describe.each(ENGINES)('abilities on %s', (engine) => {
  let t: TestApp;
  const clients = {} as Record<(typeof ACCOUNTS)[number], Client>;
  beforeAll(async () => {
    t = await startTestApp(engine);
    for (const a of ACCOUNTS) clients[a] = await t.signIn(DEMO[a]);
  });
  afterAll(async () => t.close());

  it.each(ACCOUNTS)('/me and the sign-in answer give %s the abilities of its policies', async (account) => {
    const me = await clients[account].get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json<{ user: { abilities: unknown } }>().user.abilities).toEqual(EXPECTED[account]);
  });

  it.each(ACCOUNTS)('%s: each app-wide ability agrees with what its route answers', async (account) => {
    const c = clients[account];
    const a = (await c.get('/api/v1/me')).json<{ user: { abilities: AppAbilities } }>().user.abilities;
    expect(allowed((await c.get('/api/v1/admin/outbox')).statusCode)).toBe(a.readOutbox);
    expect(allowed((await c.get('/api/v1/compliance/summary')).statusCode)).toBe(a.viewCompliance !== null);
    expect(allowed((await c.get('/api/v1/reports/child-count.csv')).statusCode)).toBe(a.downloadReports);
    expect(allowed((await c.get('/api/v1/district/settings')).statusCode)).toBe(a.manageDistrictSettings);
    expect(allowed((await c.get('/api/v1/goal-bank')).statusCode)).toBe(a.readGoalBank);
    // Adding to the bank: a measurable goal, so that only the ability decides.
    const add = await c.post('/api/v1/goal-bank', {
      area: 'math',
      gradeBand: '3-5',
      text: `Given 10 problems, the student will solve 8 of 10 by June 2027 (${account}).`,
    });
    expect(allowed(add.statusCode), add.body).toBe(a.addToGoalBank);
  });

  it.each(ACCOUNTS)(
    "%s: a student's record-level abilities agree with what each part's route answers",
    async (account) => {
      const c = clients[account];
      const list = (await c.get('/api/v1/students?limit=200')).json<{ data: { id: string }[] }>();
      expect(list.data.length).toBeGreaterThan(0);
      for (const { id } of list.data.slice(0, 3)) {
        const res = await c.get(`/api/v1/students/${id}`);
        expect(res.statusCode).toBe(200);
        const s = res.json<RecordAbilities>();
        expect(allowed((await c.get(`/api/v1/students/${id}/deadlines`)).statusCode), 'deadlines').toBe(
          s.caseAbilities.view,
        );
        expect(allowed((await c.get(`/api/v1/students/${id}/events`)).statusCode), 'events').toBe(s.caseAbilities.view);
        expect(allowed((await c.get(`/api/v1/students/${id}/consents`)).statusCode), 'consents').toBe(
          s.consentAbilities.view,
        );
        expect(allowed((await c.get(`/api/v1/students/${id}/notices`)).statusCode), 'notices').toBe(
          s.consentAbilities.view,
        );
        expect(allowed((await c.get(`/api/v1/students/${id}/meetings`)).statusCode), 'meetings').toBe(
          s.meetingAbilities.list,
        );
        expect(allowed((await c.get(`/api/v1/students/${id}/family-input`)).statusCode), 'family input').toBe(
          s.familyAbilities.view,
        );
        expect(allowed((await c.get(`/api/v1/students/${id}/discipline`)).statusCode), 'discipline').toBe(
          s.disciplineAbilities.view,
        );
        expect(allowed((await c.get(`/api/v1/students/${id}/summaries-of-performance`)).statusCode), 'summaries').toBe(
          s.summaryAbilities.view,
        );
        // Writes: recording a case event and scheduling a meeting succeed exactly when the record says so.
        const event = await c.post(`/api/v1/students/${id}/events`, {
          kind: 'safeguards_notice',
          occurredOn: '2026-11-02',
          details: {},
        });
        expect(allowed(event.statusCode), `record event: ${event.body}`).toBe(s.caseAbilities.record);
        if (!s.meetingAbilities.schedule) {
          const meeting = await c.post(`/api/v1/students/${id}/meetings`, {
            purpose: 'annual',
            date: '2026-12-15',
            startTime: '15:00',
          });
          expect([403, 404], meeting.body).toContain(meeting.statusCode);
        }
      }
    },
  );

  it('tells each account what the web app shows them per role', async () => {
    // The teacher follows no clock and sees no consents or family area; the provider reads the clock but records
    // nothing; the case manager manages; the parent reads (the family area is theirs).
    const first = async (c: Client) => {
      const list = (await c.get('/api/v1/students?limit=1')).json<{ data: { id: string }[] }>();
      return (await c.get(`/api/v1/students/${list.data[0]!.id}`)).json<RecordAbilities>();
    };
    const teacher = await first(clients.teacher);
    expect([
      teacher.caseAbilities.view,
      teacher.consentAbilities.view,
      teacher.familyAbilities.view,
      teacher.meetingAbilities.schedule,
    ]).toEqual([false, false, false, false]);
    const provider = await first(clients.provider);
    expect([
      provider.caseAbilities.view,
      provider.caseAbilities.record,
      provider.consentAbilities.view,
      provider.familyAbilities.view,
    ]).toEqual([true, false, true, false]);
    const cm = await first(clients.caseManager);
    expect([
      cm.caseAbilities.record,
      cm.consentAbilities.request,
      cm.meetingAbilities.schedule,
      cm.familyAbilities.manage,
    ]).toEqual([true, true, true, true]);
    const parent = await first(clients.parent);
    expect([
      parent.caseAbilities.view,
      parent.caseAbilities.record,
      parent.familyAbilities.view,
      parent.familyAbilities.manage,
      parent.meetingAbilities.schedule,
    ]).toEqual([true, false, true, false, false]);
  });
});
