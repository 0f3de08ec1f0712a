/**
 * Invitations and password resets. Two apps share one database: `t` mails through a real SMTP server on 127.0.0.1
 * (the sink keeps what it receives), `bare` has no mail configured. One-time links reach people only through the
 * SMTP server, or the operator's terminal (`openiep invite --print-link`): never the outbox, in any configuration.
 */
import crypto from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { TEST_PASSWORD, TEST_TODAY } from './support/env';
import { startSmtpSink, type ReceivedMail } from './notifications-support';
import { runInvite } from '../src/cli/invite';
import { LinkMailer, NOT_RETRIED } from '../src/features/accounts/delivery';
import { RESET_REQUESTS_PER_HOUR } from '../src/domain/sign-in-limits';
import { createTransport, loadMailConfig, sendOutbox } from '../src/notify/mailer';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { stringMatching } from './support/match';

const NEW_PASSWORD = 'plum orchard lantern 42';
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
const LINK = /https?:\/\/\S+\/set-password\?token=([A-Za-z0-9_-]+)/;

/** A 400's body: each problem by its path. */
interface Problem {
  errors: { path: string; message: string }[];
}

interface OutboxMail {
  to: string;
  kind: string;
  bodyText: string;
  status: string;
  lastError: string | null;
}

describe.each(ENGINES)('account invitations and password reset on %s', (engine) => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let mailer: LinkMailer;
  let t: TestApp;
  let bare: FastifyInstance;
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
  /** What the SMTP server received for `email` (after every mail handed over has been tried). */
  const received = async (email: string): Promise<ReceivedMail[]> => {
    await mailer.idle();
    return sink.received.filter((m) => m.to.some((a) => a.toLowerCase() === email.toLowerCase()));
  };
  const tokenOf = (m: ReceivedMail) => {
    const match = LINK.exec(m.text);
    if (!match) throw new Error(`no link in ${m.text}`);
    return match[1]!;
  };
  const outboxRows = (email: string) =>
    t.db.query<{ body_text: string; kind: string; sent_at: unknown; last_error: string | null }>(
      `SELECT body_text, kind, sent_at, last_error FROM mail_outbox WHERE lower(to_address) = lower($1) ORDER BY created_at, id`,
      [email],
    );
  const outboxCount = async () => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM mail_outbox`))[0]!.n;
  /** The administrator's outbox, as GET /api/v1/admin/outbox shows it, from the app with or without SMTP. */
  const adminOutbox = async (app: 'smtp' | 'bare'): Promise<OutboxMail[]> => {
    const opts: InjectOptions = {
      method: 'GET',
      url: '/api/v1/admin/outbox?limit=100',
      headers: { cookie: admin.cookie! },
    };
    const res = app === 'smtp' ? await t.app.inject(opts) : await bare.inject(opts);
    expect(res.statusCode).toBe(200);
    return res.json<{ data: OutboxMail[] }>().data;
  };
  /** Neither the outbox (API, both apps) nor the table holds a link or a token. */
  const expectNoLinkInOutbox = async (tokens: string[]) => {
    for (const app of ['smtp', 'bare'] as const) {
      const text = JSON.stringify(await adminOutbox(app));
      expect(text).not.toContain('token=');
      for (const tok of tokens) expect(text).not.toContain(tok);
    }
    const table = JSON.stringify(await t.db.query(`SELECT * FROM mail_outbox`));
    expect(table).not.toContain('token=');
    for (const tok of tokens) expect(table).not.toContain(tok);
  };
  const setPassword = (token: string, password: string) => t.anonymous.post('/api/v1/password', { token, password });
  const signIn = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
  const bareReset = (email: string) =>
    bare.inject({ method: 'POST', url: '/api/v1/password-reset', payload: { email } });

  beforeAll(async () => {
    sink = await startSmtpSink();
    const cfg = { ...loadMailConfig({}), smtpUrl: sink.url, from: 'OpenIEP Lincoln <iep@lincoln.demo>' };
    mailer = new LinkMailer(createTransport(cfg)!, cfg.from);
    t = await startTestApp(engine, {}, { linkMailer: mailer });
    bare = await buildApp({
      db: t.db,
      config: loadConfig({ OPENIEP_SIGNIN_RATE_LIMIT: '10000', OPENIEP_TODAY: TEST_TODAY }),
      mail: loadMailConfig({}),
      linkMailer: null,
    });
    await bare.ready();
    admin = await t.signIn(DEMO.admin);
    lincolnId = (
      await t.db.query<{ id: string }>(`SELECT district_id::text AS id FROM users WHERE email = $1`, [DEMO.admin])
    )[0]!.id;
  });
  afterAll(async () => {
    await bare.close();
    await t.close();
    await mailer.close();
    await sink.close();
  });

  it('an administrator invites an imported account: the link goes by SMTP only, sets the password once, and the person signs in', async () => {
    const id = await importedUser('nora.quinn@lincoln.demo', 'es');
    const res = await admin.post(`/api/v1/admin/users/${id}/invite`);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ userId: id, email: 'nora.quinn@lincoln.demo', delivery: 'sent' });
    const expiresAt = new Date(res.json<{ expiresAt: string }>().expiresAt).getTime();
    expect(Math.abs(expiresAt - (Date.now() + 7 * 86_400_000))).toBeLessThan(60_000);

    const mails = await received('nora.quinn@lincoln.demo');
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    // In the person's language (Spanish here), with the link to the set-password page.
    expect(mail.subject).toBe('Establezca su contraseña de OpenIEP');
    expect(mail.headers['content-language']).toBe('es');
    expect(mail.text).toContain('Hola, Nora Quinn');
    expect(mail.text).toMatch(/http:\/\/127\.0\.0\.1:3000\/set-password\?token=/);
    const token = tokenOf(mail);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);

    // The outbox keeps the mail, sent, with the link masked; the database keeps only the token's hash.
    const [row] = await outboxRows('nora.quinn@lincoln.demo');
    expect(row).toMatchObject({ kind: 'account.invite', last_error: null });
    expect(row!.sent_at).not.toBeNull();
    expect(row!.body_text).toContain('Hola, Nora Quinn');
    expect(row!.body_text).toContain(
      '[enlace de un solo uso: enviado solo a nora.quinn@lincoln.demo, nunca guardado aquí]',
    );
    const stored = await t.db.query<{ token_hash: string; purpose: string }>(
      `SELECT token_hash, purpose FROM password_tokens WHERE user_id = $1::uuid`,
      [id],
    );
    expect(stored).toEqual([{ token_hash: sha256(token), purpose: 'invite' }]);
    await expectNoLinkInOutbox([token]);

    expect((await signIn('nora.quinn@lincoln.demo', NEW_PASSWORD)).statusCode).toBe(401);
    expect((await setPassword(token, NEW_PASSWORD)).statusCode).toBe(204);
    expect((await signIn('nora.quinn@lincoln.demo', NEW_PASSWORD)).statusCode).toBe(200);

    const again = await setPassword(token, 'another long passphrase');
    expect(again.statusCode).toBe(400);
    expect(again.json<Problem>().errors).toEqual([
      { path: 'token', message: 'This link is not valid or has expired. Ask for a new one.' },
    ]);
    expect((await signIn('nora.quinn@lincoln.demo', NEW_PASSWORD)).statusCode).toBe(200);

    const audit = await t.db.query<{ action: string; outcome: string }>(
      `SELECT action, outcome FROM audit_events WHERE action LIKE 'account.%' AND (context->>'userId' = $1 OR actor_user_id = $1::uuid) ORDER BY id`,
      [id],
    );
    expect(audit.map((a) => `${a.action}:${a.outcome}`)).toEqual([
      'account.invite:success',
      'account.password_set:success',
      'account.password_set:failure',
    ]);
    expect(
      JSON.stringify(await t.db.query(`SELECT context FROM audit_events WHERE action LIKE 'account.%'`)),
    ).not.toContain(token);
  });

  it('a new invitation replaces the unused one', async () => {
    const id = await importedUser('twice.invited@lincoln.demo');
    expect((await admin.post(`/api/v1/admin/users/${id}/invite`)).statusCode).toBe(201);
    expect((await admin.post(`/api/v1/admin/users/${id}/invite`)).statusCode).toBe(201);
    const [first, second] = await received('twice.invited@lincoln.demo');
    expect((await setPassword(tokenOf(first!), NEW_PASSWORD)).statusCode).toBe(400);
    expect((await setPassword(tokenOf(second!), NEW_PASSWORD)).statusCode).toBe(204);
  });

  it('without mail, inviting answers 409 MAIL_NOT_CONFIGURED naming the command to run on the server, and makes no link', async () => {
    const id = await importedUser('no.mail.invite@lincoln.demo');
    const before = await outboxCount();
    const res = await bare.inject({
      method: 'POST',
      url: `/api/v1/admin/users/${id}/invite`,
      headers: { cookie: admin.cookie!, 'x-csrf-token': admin.csrfToken! },
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('MAIL_NOT_CONFIGURED');
    expect(problem.detail).toContain(
      'openiep invite --district 0600001 --email no.mail.invite@lincoln.demo --print-link',
    );
    expect(await outboxCount()).toBe(before);
    expect(await t.db.query(`SELECT 1 FROM password_tokens WHERE user_id = $1::uuid`, [id])).toHaveLength(0);
    const audit = await t.db.query<{ outcome: string; context: { reason: string } }>(
      `SELECT outcome, context FROM audit_events WHERE action = 'account.invite' AND context->>'userId' = $1`,
      [id],
    );
    expect(audit).toEqual([{ outcome: 'failure', context: { userId: id, reason: 'no_mail' } }]);
    // Someone who may not invite still gets 404 first: the answer says nothing about mail.
    const teacher = await t.signIn(DEMO.teacher);
    const other = await bare.inject({
      method: 'POST',
      url: `/api/v1/admin/users/${id}/invite`,
      headers: { cookie: teacher.cookie!, 'x-csrf-token': teacher.csrfToken! },
    });
    expect(other.statusCode).toBe(404);
  });

  it('when the SMTP server refuses an invitation, the answer and the outbox say so, and the outbox never retries it', async () => {
    const deadCfg = { ...loadMailConfig({}), smtpUrl: 'smtp://u:p@127.0.0.1:1' };
    const dead = new LinkMailer(createTransport(deadCfg)!, deadCfg.from);
    const failing = await buildApp({
      db: t.db,
      config: loadConfig({ OPENIEP_TODAY: TEST_TODAY }),
      mail: loadMailConfig({}),
      linkMailer: dead,
    });
    try {
      const id = await importedUser('smtp.down@lincoln.demo');
      const res = await failing.inject({
        method: 'POST',
        url: `/api/v1/admin/users/${id}/invite`,
        headers: { cookie: admin.cookie!, 'x-csrf-token': admin.csrfToken! },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ delivery: 'failed' });
      const mail = (await adminOutbox('smtp')).find((m) => m.to === 'smtp.down@lincoln.demo')!;
      expect(mail.status).toBe('failed');
      expect(mail.lastError).toContain(NOT_RETRIED);
      // The outbox sender (the scheduler) passes it by: nothing it could send would carry a working link.
      const sentBefore = sink.received.length;
      const transport = createTransport({ ...loadMailConfig({}), smtpUrl: sink.url })!;
      await sendOutbox(t.db, transport, { from: 'x@y.z' });
      transport.close();
      expect(sink.received.slice(sentBefore).some((m) => m.to.includes('smtp.down@lincoln.demo'))).toBe(false);
      expect((await outboxRows('smtp.down@lincoln.demo'))[0]!.sent_at).toBeNull();
    } finally {
      await failing.close();
      await dead.close();
    }
  });

  it('the database refuses an outbox mail that carries a one-time link', async () => {
    await expect(
      t.db.query(
        `INSERT INTO mail_outbox (id, district_id, to_address, subject, body_text, kind) VALUES ($1::uuid, $2::uuid, 'a@b.c', 's', 'http://x/set-password?token=abc', 'account.invite')`,
        [crypto.randomUUID(), lincolnId],
      ),
    ).rejects.toThrow(/mail_outbox_no_one_time_link/);
  });

  it('only the district administrator of the same district may invite: others 404, anonymous 401, and no mail goes', async () => {
    const id = await importedUser('not.yours@lincoln.demo');
    const before = await outboxCount();
    for (const email of [
      DEMO.riversideAdmin,
      DEMO.principal,
      DEMO.caseManager,
      DEMO.teacher,
      DEMO.parent,
      DEMO.student,
    ]) {
      const c = await t.signIn(email);
      const res = await c.post(`/api/v1/admin/users/${id}/invite`);
      expect([email, res.statusCode]).toEqual([email, 404]);
    }
    expect((await t.anonymous.post(`/api/v1/admin/users/${id}/invite`)).statusCode).toBe(401);
    expect((await admin.post(`/api/v1/admin/users/${crypto.randomUUID()}/invite`)).statusCode).toBe(404);
    expect((await admin.post(`/api/v1/admin/users/not-a-uuid/invite`)).statusCode).toBe(400);
    expect(await outboxCount()).toBe(before);
    expect(await received('not.yours@lincoln.demo')).toHaveLength(0);
    const denied = await t.db.query(
      `SELECT 1 FROM audit_events WHERE action = 'account.invite' AND outcome = 'denied' AND context->>'userId' = $1`,
      [id],
    );
    expect(denied).toHaveLength(6);
  });

  it('a reset for an unknown email answers exactly as for a known one; only the known one gets a mail, by SMTP, masked in the outbox', async () => {
    const before = await outboxCount();
    const unknown = await t.anonymous.post('/api/v1/password-reset', { email: 'nobody@lincoln.demo' });
    const known = await t.anonymous.post('/api/v1/password-reset', { email: 'Provider2@Lincoln.demo' });
    expect(unknown.statusCode).toBe(202);
    expect(known.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(known.json()).toEqual({
      message: 'If an account exists for this email, a link to set a new password has been sent to it.',
      delivery: 'mail',
    });
    expect(await received('nobody@lincoln.demo')).toHaveLength(0);
    const [mail] = await received(DEMO.provider2);
    expect(mail!.subject).toBe('Reset your OpenIEP password');
    expect(await outboxCount()).toBe(before + 1);
    const [row] = await outboxRows(DEMO.provider2);
    expect(row!.kind).toBe('account.reset');
    expect(row!.sent_at).not.toBeNull();
    await expectNoLinkInOutbox([tokenOf(mail!)]);
    const audit = await t.db.query<{ outcome: string; context: { reason?: string; emailHash?: string } }>(
      `SELECT outcome, context FROM audit_events WHERE action = 'account.password_reset_requested' ORDER BY id`,
    );
    expect(
      audit.some(
        (a) =>
          a.outcome === 'failure' &&
          a.context.reason === 'unknown_email' &&
          a.context.emailHash === sha256('nobody@lincoln.demo'),
      ),
    ).toBe(true);
    expect(audit.some((a) => a.outcome === 'success')).toBe(true);
  });

  it('without mail, a reset answers 202 alike for known and unknown emails, says to ask the administrator, and makes no link', async () => {
    expect((await t.anonymous.get('/api/v1/password-reset')).json()).toEqual({ delivery: 'mail' });
    expect((await bare.inject({ method: 'GET', url: '/api/v1/password-reset' })).json()).toEqual({ delivery: 'none' });
    const tokensBefore = (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM password_tokens`))[0]!.n;
    const outboxBefore = await outboxCount();
    const known = await bareReset(DEMO.caseManager);
    const unknown = await bareReset('nobody.else@lincoln.demo');
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    expect(known.json()).toEqual({
      message:
        'This installation does not send mail. Ask your district administrator for a link to set a new password.',
      delivery: 'none',
    });
    expect((await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM password_tokens`))[0]!.n).toBe(
      tokensBefore,
    );
    expect(await outboxCount()).toBe(outboxBefore);
    expect(await received(DEMO.caseManager)).toHaveLength(0);
    const [audit] = await t.db.query<{ outcome: string; context: { reason: string } }>(
      `SELECT outcome, context FROM audit_events WHERE action = 'account.password_reset_requested' AND actor_user_id = (SELECT id FROM users WHERE email = $1) ORDER BY id DESC LIMIT 1`,
      [DEMO.caseManager],
    );
    expect(audit).toEqual({ outcome: 'failure', context: { reason: 'no_mail' } });
    await expectNoLinkInOutbox([]);
  });

  it(`reset mails are limited to ${RESET_REQUESTS_PER_HOUR} an hour per email: past that, the same answer and no mail, for known and unknown emails alike`, async () => {
    const ask = (email: string, ip: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/password-reset', payload: { email }, remoteAddress: ip });
    const answers: string[] = [];
    for (let i = 0; i < RESET_REQUESTS_PER_HOUR + 2; i++) {
      // From a different IP each time: the limit is the email's, beside the per-IP rate limit.
      const res = await ask(DEMO.parent2, `10.9.0.${i + 1}`);
      expect(res.statusCode).toBe(202);
      answers.push(res.body);
    }
    expect(await received(DEMO.parent2)).toHaveLength(RESET_REQUESTS_PER_HOUR);
    const unknownAnswers: string[] = [];
    for (let i = 0; i < RESET_REQUESTS_PER_HOUR + 2; i++)
      unknownAnswers.push((await ask('never.seen@lincoln.demo', '10.9.1.1')).body);
    expect(new Set([...answers, ...unknownAnswers]).size).toBe(1);
    const reasons = await t.db.query<{ reason: string | null }>(
      `SELECT context->>'reason' AS reason FROM audit_events WHERE action = 'account.password_reset_requested' AND actor_user_id = (SELECT id FROM users WHERE email = $1) ORDER BY id`,
      [DEMO.parent2],
    );
    expect(reasons.map((r) => r.reason)).toEqual([null, null, null, 'rate_limited', 'rate_limited']);
    // The counter keeps the email's hash only.
    expect(JSON.stringify(await t.db.query(`SELECT * FROM password_reset_limits`))).not.toContain('@');
    const [limit] = await t.db.query<{ requests: number }>(
      `SELECT requests FROM password_reset_limits WHERE email_hash = $1`,
      [sha256('never.seen@lincoln.demo')],
    );
    expect(limit!.requests).toBe(RESET_REQUESTS_PER_HOUR + 2);
    // A new hour, a new allowance.
    await t.db.query(
      `UPDATE password_reset_limits SET window_start = now() - interval '61 minutes' WHERE email_hash = $1`,
      [sha256(DEMO.parent2)],
    );
    expect((await ask(DEMO.parent2, '10.9.2.1')).body).toBe(answers[0]);
    expect(await received(DEMO.parent2)).toHaveLength(RESET_REQUESTS_PER_HOUR + 1);
  });

  it('a disabled account gets no reset mail (same 202)', async () => {
    await t.db.query(`UPDATE users SET disabled = true WHERE email = $1`, [DEMO.provider]);
    const res = await t.anonymous.post('/api/v1/password-reset', { email: DEMO.provider });
    expect(res.statusCode).toBe(202);
    expect(await received(DEMO.provider)).toHaveLength(0);
    await t.db.query(`UPDATE users SET disabled = false WHERE email = $1`, [DEMO.provider]);
  });

  it('refuses an expired link with the same words as an unknown one', async () => {
    await t.anonymous.post('/api/v1/password-reset', { email: DEMO.caseManager2 });
    const token = tokenOf((await received(DEMO.caseManager2)).at(-1)!);
    await t.db.query(`UPDATE password_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [
      sha256(token),
    ]);
    const expired = await setPassword(token, NEW_PASSWORD);
    const unknown = await setPassword(crypto.randomBytes(32).toString('base64url'), NEW_PASSWORD);
    expect(expired.statusCode).toBe(400);
    expect(unknown.statusCode).toBe(400);
    expect(expired.json<Problem>().errors).toEqual(unknown.json<Problem>().errors);
    expect(expired.json<Problem>().errors[0]!.path).toBe('token');
    expect((await signIn(DEMO.caseManager2, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a weak password naming `password`, and the link still works afterwards', async () => {
    await t.anonymous.post('/api/v1/password-reset', { email: DEMO.principal });
    const token = tokenOf((await received(DEMO.principal)).at(-1)!);
    for (const weak of ['short', 'aaaaaaaaaaaaaaaa', 'password1234', DEMO.principal]) {
      const res = await setPassword(token, weak);
      expect([weak, res.statusCode]).toEqual([weak, 400]);
      expect(res.json<Problem>().errors.map((e) => e.path)).toEqual(['password']);
    }
    expect((await signIn(DEMO.principal, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await setPassword(token, NEW_PASSWORD)).statusCode).toBe(204);
  });

  it('a reset signs the account out everywhere and ends its sign-in locks', async () => {
    const old = await t.signIn(DEMO.teacher2);
    expect((await old.get('/api/v1/me')).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) await signIn(DEMO.teacher2, `wrong ${i}`);
    expect((await signIn(DEMO.teacher2, TEST_PASSWORD)).statusCode).toBe(429);
    await t.anonymous.post('/api/v1/password-reset', { email: DEMO.teacher2 });
    const token = tokenOf((await received(DEMO.teacher2)).at(-1)!);
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
    expect(noToken.json<Problem>().errors[0]!.path).toBe('token');
    expect((await t.anonymous.post('/api/v1/password-reset', { email: 'x@y.z', extra: 1 })).statusCode).toBe(400);
    expect((await t.anonymous.post('/api/v1/password-reset', {})).statusCode).toBe(400);
  });

  it('openiep invite --print-link prints a link that works once, and neither mails nor keeps it', async () => {
    await importedUser('printed.link@lincoln.demo');
    const out: string[] = [];
    const errs: string[] = [];
    const outboxBefore = await outboxCount();
    const sinkBefore = sink.received.length;
    const code = await runInvite(
      t.db,
      {
        district: '0600001',
        email: 'Printed.Link@lincoln.demo',
        publicUrl: 'https://iep.example.org/',
        printLink: true,
      },
      (m) => out.push(m),
      (m) => errs.push(m),
    );
    expect(code).toBe(0);
    expect(errs).toEqual([]);
    const line = out.find((l) => l.includes('printed.link@lincoln.demo'))!;
    const link = /https:\/\/iep\.example\.org\/set-password\?token=([A-Za-z0-9_-]+)/.exec(line);
    expect(link, line).not.toBeNull();
    expect(out.at(-1)).toBe(
      'invite: 1 invitation in Lincoln Unified School District; hand each link to its owner (it works once, for 7 days)',
    );
    expect(await outboxCount()).toBe(outboxBefore);
    await mailer.idle();
    expect(sink.received.length).toBe(sinkBefore);
    await expectNoLinkInOutbox([link![1]!]);
    const [audit] = await t.db.query<{
      context: { delivery: string; why: string };
      actorRole: string;
      actorName: string;
    }>(
      `SELECT context, actor_role AS "actorRole", actor_name AS "actorName" FROM audit_events WHERE action = 'account.invite' AND context->>'userId' = (SELECT id::text FROM users WHERE email = 'printed.link@lincoln.demo')`,
    );
    expect(audit!.context.delivery).toBe('printed');
    // Written through the system handle: the tool, the system role, and why the elevation.
    expect(audit).toMatchObject({
      actorRole: 'system',
      actorName: 'openiep invite',
      context: { why: stringMatching(/^openiep invite: invitations for Lincoln/) },
    });

    expect((await setPassword(link![1]!, NEW_PASSWORD)).statusCode).toBe(204);
    expect((await signIn('printed.link@lincoln.demo', NEW_PASSWORD)).statusCode).toBe(200);
    expect((await setPassword(link![1]!, 'another long passphrase')).statusCode).toBe(400);
  });

  it('openiep invite mails invitations to the accounts without a password, and counts them', async () => {
    await importedUser('cli.one@lincoln.demo');
    await importedUser('cli.two@lincoln.demo');
    const withoutPassword = (
      await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM users WHERE district_id = $1::uuid AND password_hash IS NULL AND NOT disabled`,
        [lincolnId],
      )
    )[0]!.n;
    const lines: string[] = [];
    const errs: string[] = [];
    const run = (opts: { district: string; email?: string; allWithoutPassword?: boolean }) =>
      runInvite(
        t.db,
        { ...opts, publicUrl: 'https://iep.example.org/', mailer },
        (m) => lines.push(m),
        (m) => errs.push(m),
      );
    expect(await run({ district: '0600001', allWithoutPassword: true })).toBe(0);
    expect(lines.at(-1)).toBe(`invite: ${withoutPassword} invitations mailed in Lincoln Unified School District`);
    expect(lines).toContain('  cli.one@lincoln.demo  mailed');
    expect(lines.join('\n')).not.toContain('token=');
    const [mail] = await received('cli.two@lincoln.demo');
    expect(mail!.text).toContain('https://iep.example.org/set-password?token=');
    expect((await setPassword(tokenOf(mail!), NEW_PASSWORD)).statusCode).toBe(204);
    await expectNoLinkInOutbox([tokenOf(mail!)]);

    expect(await run({ district: lincolnId, email: 'CLI.ONE@lincoln.demo' })).toBe(0);
    expect(lines.at(-1)).toBe('invite: 1 invitation mailed in Lincoln Unified School District');
    expect(await run({ district: lincolnId, email: 'admin@riverside.demo' })).toBe(1);
    expect(await run({ district: '9999999', allWithoutPassword: true })).toBe(1);
    expect(errs).toHaveLength(2);
  });
});
