/** Unauthorized access to notifications: another person's inbox does not exist for you; the outbox is the district administrator's alone. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverMail, loadMailConfig } from '../src/notify/mailer';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { ENGINES } from './support/db';
import { notifyAs } from './notifications-support';

describe.each(ENGINES)('unauthorized notifications on %s', (engine) => {
  let t: TestApp;
  let parentNote: string;
  let childId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const parent = await t.signIn(DEMO.parent);
    childId = (await parent.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
    [parentNote] = (await notifyAs(t.db, DEMO.caseManager, {
      to: [DEMO.parent],
      studentId: childId,
      kind: 'consent_request',
      message: 'notifications.deadline.reminder',
      params: { student: 'Camila Secret', rule: 'annual_review', due: Date.UTC(2026, 11, 14, 12), days: 14 },
      link: `/students/${childId}`,
    })) as [string];
    // Lincoln's outbox now holds a mail about the child.
    await deliverMail(t.db, loadMailConfig({}));
  });
  afterAll(async () => t.close());

  it('anonymous callers get 401 on every route', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/notifications'],
      ['POST', `/api/v1/notifications/${parentNote}/read`],
      ['POST', '/api/v1/notifications/read-all'],
      ['GET', '/api/v1/admin/outbox'],
    ] as const) {
      expect([method, url, (await t.anonymous.request({ method, url })).statusCode]).toEqual([method, url, 401]);
    }
  });

  it.each([
    ['parent of another child', DEMO.parent2],
    ['the student', DEMO.student],
    ['the case manager who sent it', DEMO.caseManager],
    ['another caseload', DEMO.caseManager2],
    ['a teacher', DEMO.teacher],
    ['the district administrator', DEMO.admin],
    ['another district', DEMO.riversideAdmin],
  ])('%s can neither see nor mark the parent’s notification (404)', async (_who, email) => {
    const c: Client = await t.signIn(email);
    const list = (await c.get('/api/v1/notifications?limit=100')).json<{
      data: { id: string; params: Record<string, unknown> }[];
    }>();
    expect(list.data.map((n) => n.id)).not.toContain(parentNote);
    expect(list.data.some((n) => n.params.student === 'Camila Secret')).toBe(false);
    expect((await c.post(`/api/v1/notifications/${parentNote}/read`)).statusCode).toBe(404);
    // Paging from another person's notification finds nothing either.
    expect((await c.get(`/api/v1/notifications?before=${parentNote}`)).json<{ data: unknown[] }>().data).toEqual([]);
    await c.post('/api/v1/notifications/read-all');
    const parent = await t.signIn(DEMO.parent);
    const mine = (await parent.get('/api/v1/notifications?limit=100')).json<{
      data: { id: string; readAt: string | null }[];
    }>();
    expect(mine.data.find((n) => n.id === parentNote)?.readAt).toBeNull();
  });

  it.each([
    ['principal', DEMO.principal],
    ['case manager', DEMO.caseManager],
    ['teacher', DEMO.teacher],
    ['provider', DEMO.provider],
    ['parent', DEMO.parent],
    ['student', DEMO.student],
    ['another district’s case manager', DEMO.riversideCaseManager],
  ])('a %s gets 404 from the mail outbox', async (_who, email) => {
    const res = await (await t.signIn(email)).get('/api/v1/admin/outbox');
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Camila Secret');
  });

  it("another district's administrator reads only their own district's outbox", async () => {
    const lincoln = (await (await t.signIn(DEMO.admin)).get('/api/v1/admin/outbox?limit=100')).json<{
      data: { to: string; bodyText: string }[];
    }>();
    expect(lincoln.data.some((m) => m.bodyText.includes('Camila Secret'))).toBe(true);
    const res = await (await t.signIn(DEMO.riversideAdmin)).get('/api/v1/admin/outbox?limit=100');
    expect(res.statusCode).toBe(200);
    const data = res.json<{ data: { to: string; bodyText: string; studentId: string | null }[] }>().data;
    expect(
      data.some(
        (m) => m.to.endsWith('@lincoln.demo') || m.bodyText.includes('Camila Secret') || m.studentId === childId,
      ),
    ).toBe(false);
    const lincolnMail = await t.db.query<{ id: string }>(
      `SELECT id::text AS id FROM mail_outbox WHERE to_address = 'parent@lincoln.demo' LIMIT 1`,
    );
    const page = await (await t.signIn(DEMO.riversideAdmin)).get(`/api/v1/admin/outbox?before=${lincolnMail[0]!.id}`);
    expect(page.json<{ data: unknown[] }>().data).toEqual([]);
  });
});
