/** A signed-in write without the session's X-CSRF-Token is refused (403), changes nothing, and is audited once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type TestApp } from './support/app';

interface Row {
  action: string;
  outcome: string;
  actor_user_id: string | null;
  context: Record<string, unknown>;
  ip: string | null;
}

describe.each(ENGINES)('CSRF refusals are audited on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  const lastId = async () =>
    (await t.db.query<{ id: number }>(`SELECT COALESCE(max(id), 0)::int AS id FROM audit_events`))[0]!.id;
  const since = (id: number) =>
    t.db.query<Row>(
      `SELECT action, outcome, actor_user_id::text AS actor_user_id, context, ip FROM audit_events WHERE id > $1 ORDER BY id`,
      [id],
    );

  it('a write without the token: 403, exactly one session.csrf.refused row (the person, the route, no token), and no change', async () => {
    const c = await t.signIn(DEMO.teacher);
    const me = (await c.get('/api/v1/me')).json<{ user: { id: string } }>();
    const mark = await lastId();
    // The session cookie alone, as a forged cross-site request would send it.
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie: c.cookie! } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'CSRF_TOKEN_MISSING' });
    const rows = await since(mark);
    expect(rows).toEqual([
      {
        action: 'session.csrf.refused',
        outcome: 'denied',
        actor_user_id: me.user.id,
        context: { method: 'DELETE', route: '/api/v1/session', reason: 'missing_token' },
        ip: '127.0.0.1',
      },
    ]);
    // No change: the session was not signed out.
    expect((await c.get('/api/v1/me')).statusCode).toBe(200);
    expect(JSON.stringify(rows)).not.toContain(c.csrfToken!);
  });

  it('a wrong token: 403, one row naming the route pattern (not the URL), and the notifications stay unread', async () => {
    const c = await t.signIn(DEMO.caseManager);
    const unread = async () => (await c.get('/api/v1/notifications')).json<{ unreadCount: number }>().unreadCount;
    const before = await unread();
    expect(before).toBeGreaterThan(0);
    const mark = await lastId();
    const wrong = 'x'.repeat(c.csrfToken!.length);
    const res = await c.post('/api/v1/notifications/read-all', {}, { 'x-csrf-token': wrong });
    expect(res.statusCode).toBe(403);
    const rows = await since(mark);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'session.csrf.refused',
      outcome: 'denied',
      context: { method: 'POST', route: '/api/v1/notifications/read-all', reason: 'wrong_token' },
    });
    expect(JSON.stringify(rows)).not.toContain(wrong);
    expect(JSON.stringify(rows)).not.toContain(c.csrfToken!);
    expect(await unread()).toBe(before);

    // With the right token the same write goes through, and no refusal is written.
    const mark2 = await lastId();
    expect((await c.post('/api/v1/notifications/read-all', {})).statusCode).toBe(200);
    expect(await unread()).toBe(0);
    expect((await since(mark2)).some((r) => r.action === 'session.csrf.refused')).toBe(false);
  });

  it('a write without a session is 401 and writes no refusal (there is no person to name)', async () => {
    const mark = await lastId();
    expect((await t.anonymous.post('/api/v1/notifications/read-all', {})).statusCode).toBe(401);
    expect((await since(mark)).some((r) => r.action === 'session.csrf.refused')).toBe(false);
  });
});
