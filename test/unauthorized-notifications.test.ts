/** Unauthorized access to notifications: another person's inbox does not exist for you; the outbox is the district administrator's alone. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverMail, loadMailConfig } from '../src/notify/mailer';
import { startTestApp, type Client, type TestApp } from './support/app';
import { ENGINES } from './support/db';
import { createWorld, type World } from './support/factories';
import { notifyAs } from './notifications-support';

describe.each(ENGINES)('unauthorized notifications on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let parentNote: string;
  let childId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    w = await createWorld(t.db);
    childId = w.studentId;
    [parentNote] = (await notifyAs(t.db, w.caseManager.email, {
      to: [w.parent.email],
      studentId: childId,
      kind: 'consent_request',
      message: 'notifications.deadline.reminder',
      params: { student: 'Camila Secret', rule: 'annual_review', due: Date.UTC(2026, 11, 14, 12), days: 14 },
      link: `/students/${childId}`,
    })) as [string];
    // The district's outbox now holds a mail about the child.
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

  it.each<[string, (w: World) => string]>([
    ['parent of another child', (w) => w.parent2.email],
    ['the student', (w) => w.student.email],
    ['the case manager who sent it', (w) => w.caseManager.email],
    ['another caseload', (w) => w.caseManager2.email],
    ['a teacher', (w) => w.teacher.email],
    ['the district administrator', (w) => w.admin.email],
    ['another district', (w) => w.other.admin.email],
  ])('%s can neither see nor mark the parent’s notification (404)', async (_who, who) => {
    const c: Client = await t.signIn(who(w));
    const list = (await c.get('/api/v1/notifications?limit=100')).json<{
      data: { id: string; params: Record<string, unknown> }[];
    }>();
    expect(list.data.map((n) => n.id)).not.toContain(parentNote);
    expect(list.data.some((n) => n.params.student === 'Camila Secret')).toBe(false);
    expect((await c.post(`/api/v1/notifications/${parentNote}/read`)).statusCode).toBe(404);
    // Paging from another person's notification finds nothing either.
    expect((await c.get(`/api/v1/notifications?before=${parentNote}`)).json<{ data: unknown[] }>().data).toEqual([]);
    await c.post('/api/v1/notifications/read-all');
    const parent = await t.signIn(w.parent.email);
    const mine = (await parent.get('/api/v1/notifications?limit=100')).json<{
      data: { id: string; readAt: string | null }[];
    }>();
    expect(mine.data.find((n) => n.id === parentNote)?.readAt).toBeNull();
  });

  it.each<[string, (w: World) => string]>([
    ['principal', (w) => w.principal.email],
    ['case manager', (w) => w.caseManager.email],
    ['teacher', (w) => w.teacher.email],
    ['provider', (w) => w.provider.email],
    ['parent', (w) => w.parent.email],
    ['student', (w) => w.student.email],
    ['another district’s case manager', (w) => w.other.caseManager.email],
  ])('a %s gets 404 from the mail outbox', async (_who, who) => {
    const res = await (await t.signIn(who(w))).get('/api/v1/admin/outbox');
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Camila Secret');
  });

  it("another district's administrator reads only their own district's outbox", async () => {
    const own = (await (await t.signIn(w.admin.email)).get('/api/v1/admin/outbox?limit=100')).json<{
      data: { to: string; bodyText: string }[];
    }>();
    expect(own.data.some((m) => m.bodyText.includes('Camila Secret'))).toBe(true);
    const res = await (await t.signIn(w.other.admin.email)).get('/api/v1/admin/outbox?limit=100');
    expect(res.statusCode).toBe(200);
    const data = res.json<{ data: { to: string; bodyText: string; studentId: string | null }[] }>().data;
    expect(
      data.some((m) => m.to === w.parent.email || m.bodyText.includes('Camila Secret') || m.studentId === childId),
    ).toBe(false);
    const ownMail = await t.db.query<{ id: string }>(
      `SELECT id::text AS id FROM mail_outbox WHERE to_address = $1 LIMIT 1`,
      [w.parent.email],
    );
    const page = await (await t.signIn(w.other.admin.email)).get(`/api/v1/admin/outbox?before=${ownMail[0]!.id}`);
    expect(page.json<{ data: unknown[] }>().data).toEqual([]);
  });
});
