import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { TEST_PASSWORD } from './support/env';
import { runInvite } from '../src/cli/invite';

const NEW_PASSWORD = 'plum orchard lantern 42';
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

interface Mail {
  subject: string;
  body_text: string;
  to_address: string;
  kind: string;
  language: string;
}

describe.each(ENGINES)('account invitations and password reset on %s', (engine) => {
  let t: TestApp;
  let admin: Client;
  let lincolnId: string;

  /** An account as the roster import makes it: no password. */
  async function importedUser(email: string, language = 'en'): Promise<string> {
    const id = crypto.randomUUID();
    await t.db.query(
      `INSERT INTO users (id, district_id, email, password_hash, role, first_name, last_name, preferred_language)
       VALUES ($1::uuid, $2::uuid, $3, NULL, 'teacher', 'Nora', 'Quinn', $4)`,
      [id, lincolnId, email, language],
    );
    return id;
  }
  const mailsTo = (email: string) =>
    t.db.query<Mail>(`SELECT subject, body_text, to_address, kind, language FROM mail_outbox WHERE lower(to_address) = lower($1) ORDER BY created_at, id`, [email]);
  const outboxCount = async () => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM mail_outbox`))[0]!.n;
  const tokenOf = (m: Mail) => {
    const match = /\/set-password\?token=([A-Za-z0-9_-]+)/.exec(m.body_text);
    if (!match) throw new Error(`no link in ${m.body_text}`);
    return match[1]!;
  };
  const setPassword = (token: string, password: string) => t.anonymous.post('/api/v1/password', { token, password });
  const signIn = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn(DEMO.admin);
    lincolnId = (await t.db.query<{ id: string }>(`SELECT district_id::text AS id FROM users WHERE email = $1`, [DEMO.admin]))[0]!.id;
  });
  afterAll(async () => t.close());

  it('an administrator invites an imported account; the link sets the password once, and the person signs in', async () => {
    const id = await importedUser('nora.quinn@lincoln.demo', 'es');
    const res = await admin.post(`/api/v1/admin/users/${id}/invite`);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ userId: id, email: 'nora.quinn@lincoln.demo' });
    const expiresAt = new Date((res.json() as { expiresAt: string }).expiresAt).getTime();
    expect(Math.abs(expiresAt - (Date.now() + 7 * 86_400_000))).toBeLessThan(60_000);

    const mails = await mailsTo('nora.quinn@lincoln.demo');
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    // In the person's language (Spanish here), with the link to the set-password page.
    expect(mail.subject).toBe('Establezca su contraseña de OpenIEP');
    expect(mail.language).toBe('es');
    expect(mail.kind).toBe('account.invite');
    expect(mail.body_text).toContain('Hola, Nora Quinn');
    expect(mail.body_text).toMatch(/http:\/\/127\.0\.0\.1:3000\/set-password\?token=/);
    const token = tokenOf(mail);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);

    // Only the token's hash is stored.
    const stored = await t.db.query<{ token_hash: string; purpose: string }>(`SELECT token_hash, purpose FROM password_tokens WHERE user_id = $1::uuid`, [id]);
    expect(stored).toEqual([{ token_hash: sha256(token), purpose: 'invite' }]);

    expect((await signIn('nora.quinn@lincoln.demo', NEW_PASSWORD)).statusCode).toBe(401);
    expect((await setPassword(token, NEW_PASSWORD)).statusCode).toBe(204);
    expect((await signIn('nora.quinn@lincoln.demo', NEW_PASSWORD)).statusCode).toBe(200);

    const again = await setPassword(token, 'another long passphrase');
    expect(again.statusCode).toBe(400);
    expect(again.json().errors).toEqual([{ path: 'token', message: 'This link is not valid or has expired. Ask for a new one.' }]);
    expect((await signIn('nora.quinn@lincoln.demo', NEW_PASSWORD)).statusCode).toBe(200);

    const audit = await t.db.query<{ action: string; outcome: string; actor_user_id: string | null }>(
      `SELECT action, outcome, actor_user_id::text FROM audit_events WHERE action LIKE 'account.%' AND (context->>'userId' = $1 OR actor_user_id = $1::uuid) ORDER BY id`,
      [id],
    );
    expect(audit.map((a) => `${a.action}:${a.outcome}`)).toEqual(['account.invite:success', 'account.password_set:success', 'account.password_set:failure']);
    expect(JSON.stringify(await t.db.query(`SELECT context FROM audit_events WHERE action LIKE 'account.%'`))).not.toContain(token);
  });

  it('a new invitation replaces the unused one', async () => {
    const id = await importedUser('twice.invited@lincoln.demo');
    expect((await admin.post(`/api/v1/admin/users/${id}/invite`)).statusCode).toBe(201);
    expect((await admin.post(`/api/v1/admin/users/${id}/invite`)).statusCode).toBe(201);
    const [first, second] = await mailsTo('twice.invited@lincoln.demo');
    expect((await setPassword(tokenOf(first!), NEW_PASSWORD)).statusCode).toBe(400);
    expect((await setPassword(tokenOf(second!), NEW_PASSWORD)).statusCode).toBe(204);
  });

  it('the outbox shows an invitation link to the administrator only while there is no SMTP (then the outbox is the delivery); with SMTP it is masked', async () => {
    const id = await importedUser('outbox.link@lincoln.demo');
    expect((await admin.post(`/api/v1/admin/users/${id}/invite`)).statusCode).toBe(201);
    const body = async () => {
      const list = (await admin.get('/api/v1/admin/outbox?limit=100')).json() as { data: { to: string; kind: string; bodyText: string }[] };
      return list.data.find((m) => m.to === 'outbox.link@lincoln.demo')!.bodyText;
    };
    expect(await body()).toMatch(/set-password\?token=[A-Za-z0-9_-]{20,}/);
    const saved = process.env.OPENIEP_SMTP_URL;
    process.env.OPENIEP_SMTP_URL = 'smtp://127.0.0.1:2';
    try {
      const masked = await body();
      expect(masked).toContain('set-password?token=[hidden]');
      expect(masked).not.toMatch(/token=[A-Za-z0-9_-]{20,}/);
    } finally {
      if (saved === undefined) delete process.env.OPENIEP_SMTP_URL;
      else process.env.OPENIEP_SMTP_URL = saved;
    }
  });

  it('only the district administrator of the same district may invite: others 404, anonymous 401, and no mail is queued', async () => {
    const id = await importedUser('not.yours@lincoln.demo');
    const before = await outboxCount();
    for (const email of [DEMO.riversideAdmin, DEMO.principal, DEMO.caseManager, DEMO.teacher, DEMO.parent, DEMO.student]) {
      const c = await t.signIn(email);
      const res = await c.post(`/api/v1/admin/users/${id}/invite`);
      expect([email, res.statusCode]).toEqual([email, 404]);
    }
    expect((await t.anonymous.post(`/api/v1/admin/users/${id}/invite`)).statusCode).toBe(401);
    expect((await admin.post(`/api/v1/admin/users/${crypto.randomUUID()}/invite`)).statusCode).toBe(404);
    expect((await admin.post(`/api/v1/admin/users/not-a-uuid/invite`)).statusCode).toBe(400);
    expect(await outboxCount()).toBe(before);
    const denied = await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'account.invite' AND outcome = 'denied' AND context->>'userId' = $1`, [id]);
    expect(denied).toHaveLength(6);
  });

  it('a reset for an unknown email answers exactly as for a known one, and queues nothing', async () => {
    const before = await outboxCount();
    const unknown = await t.anonymous.post('/api/v1/password-reset', { email: 'nobody@lincoln.demo' });
    expect(await outboxCount()).toBe(before);
    const known = await t.anonymous.post('/api/v1/password-reset', { email: 'Provider2@Lincoln.demo' });
    expect(await outboxCount()).toBe(before + 1);
    expect(unknown.statusCode).toBe(202);
    expect(known.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    const [mail] = await mailsTo(DEMO.provider2);
    expect(mail!.subject).toBe('Reset your OpenIEP password');
    expect(mail!.kind).toBe('account.reset');
    const audit = await t.db.query<{ outcome: string; context: { reason?: string; emailHash?: string } }>(
      `SELECT outcome, context FROM audit_events WHERE action = 'account.password_reset_requested' ORDER BY id`,
    );
    expect(audit.some((a) => a.outcome === 'failure' && a.context.reason === 'unknown_email' && a.context.emailHash === sha256('nobody@lincoln.demo'))).toBe(true);
    expect(audit.some((a) => a.outcome === 'success')).toBe(true);
  });

  it('a disabled account gets no reset mail (same 202)', async () => {
    await t.db.query(`UPDATE users SET disabled = true WHERE email = $1`, [DEMO.provider]);
    const before = await outboxCount();
    const res = await t.anonymous.post('/api/v1/password-reset', { email: DEMO.provider });
    expect(res.statusCode).toBe(202);
    expect(await outboxCount()).toBe(before);
    await t.db.query(`UPDATE users SET disabled = false WHERE email = $1`, [DEMO.provider]);
  });

  it('refuses an expired link with the same words as an unknown one', async () => {
    await t.anonymous.post('/api/v1/password-reset', { email: DEMO.caseManager2 });
    const token = tokenOf((await mailsTo(DEMO.caseManager2)).at(-1)!);
    await t.db.query(`UPDATE password_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [sha256(token)]);
    const expired = await setPassword(token, NEW_PASSWORD);
    const unknown = await setPassword(crypto.randomBytes(32).toString('base64url'), NEW_PASSWORD);
    expect(expired.statusCode).toBe(400);
    expect(unknown.statusCode).toBe(400);
    expect(expired.json().errors).toEqual(unknown.json().errors);
    expect(expired.json().errors[0].path).toBe('token');
    expect((await signIn(DEMO.caseManager2, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a weak password naming `password`, and the link still works afterwards', async () => {
    await t.anonymous.post('/api/v1/password-reset', { email: DEMO.principal });
    const token = tokenOf((await mailsTo(DEMO.principal)).at(-1)!);
    for (const weak of ['short', 'aaaaaaaaaaaaaaaa', 'password1234', DEMO.principal]) {
      const res = await setPassword(token, weak);
      expect([weak, res.statusCode]).toEqual([weak, 400]);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['password']);
    }
    expect((await signIn(DEMO.principal, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await setPassword(token, NEW_PASSWORD)).statusCode).toBe(204);
  });

  it("a reset signs the account out everywhere and clears a lockout", async () => {
    const old = await t.signIn(DEMO.teacher2);
    expect((await old.get('/api/v1/me')).statusCode).toBe(200);
    await t.db.query(`UPDATE users SET locked_until = now() + interval '10 minutes', failed_attempts = 3 WHERE email = $1`, [DEMO.teacher2]);
    await t.anonymous.post('/api/v1/password-reset', { email: DEMO.teacher2 });
    const token = tokenOf((await mailsTo(DEMO.teacher2)).at(-1)!);
    expect((await setPassword(token, NEW_PASSWORD)).statusCode).toBe(204);
    expect((await old.get('/api/v1/me')).statusCode).toBe(401);
    expect((await signIn(DEMO.teacher2, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signIn(DEMO.teacher2, NEW_PASSWORD)).statusCode).toBe(200);
    const [audit] = await t.db.query<{ context: { purpose: string; sessionsRevoked: number } }>(
      `SELECT context FROM audit_events WHERE action = 'account.password_set' AND outcome = 'success' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit!.context).toMatchObject({ purpose: 'reset' });
    expect(audit!.context.sessionsRevoked).toBeGreaterThanOrEqual(1);
  });

  it('the public endpoints validate their input and need no CSRF token', async () => {
    const noToken = await t.anonymous.post('/api/v1/password', { token: '', password: NEW_PASSWORD });
    expect(noToken.statusCode).toBe(400);
    expect(noToken.json().errors[0].path).toBe('token');
    expect((await t.anonymous.post('/api/v1/password-reset', { email: 'x@y.z', extra: 1 })).statusCode).toBe(400);
    expect((await t.anonymous.post('/api/v1/password-reset', {})).statusCode).toBe(400);
  });

  it('openiep invite queues invitations for the accounts without a password, and counts them', async () => {
    await importedUser('cli.one@lincoln.demo');
    await importedUser('cli.two@lincoln.demo');
    const withoutPassword = (await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM users WHERE district_id = $1::uuid AND password_hash IS NULL AND NOT disabled`,
      [lincolnId],
    ))[0]!.n;
    const lines: string[] = [];
    const errs: string[] = [];
    expect(await runInvite(t.db, { district: '0600001', allWithoutPassword: true, publicUrl: 'https://iep.example.org/' }, (m) => lines.push(m), (m) => errs.push(m))).toBe(0);
    expect(lines.at(-1)).toBe(`invite: ${withoutPassword} invitations queued in Lincoln Unified School District`);
    expect(lines).toContain('  cli.one@lincoln.demo');
    const [mail] = await mailsTo('cli.two@lincoln.demo');
    expect(mail!.body_text).toContain('https://iep.example.org/set-password?token=');
    expect((await setPassword(tokenOf(mail!), NEW_PASSWORD)).statusCode).toBe(204);

    expect(await runInvite(t.db, { district: lincolnId, email: 'CLI.ONE@lincoln.demo', publicUrl: 'http://x' }, (m) => lines.push(m), (m) => errs.push(m))).toBe(0);
    expect(lines.at(-1)).toBe('invite: 1 invitation queued in Lincoln Unified School District');
    expect(await runInvite(t.db, { district: lincolnId, email: 'admin@riverside.demo', publicUrl: 'http://x' }, (m) => lines.push(m), (m) => errs.push(m))).toBe(1);
    expect(await runInvite(t.db, { district: '9999999', allWithoutPassword: true, publicUrl: 'http://x' }, (m) => lines.push(m), (m) => errs.push(m))).toBe(1);
    expect(errs).toHaveLength(2);
  });
});
