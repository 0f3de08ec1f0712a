/**
 * Account probing and lockout (src/domain/sign-in-limits.ts): a known and an unknown email answer alike before and
 * after the lock; a lock holds one IP out of one email, not the person signing in from elsewhere; the hourly
 * ceiling per email spares the IPs the account signed in from. Timing is measured by bench/sign-in-probe.ts, not
 * here (tests never depend on timing).
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { startTestApp, type TestApp } from './support/app';
import { createAccount, createDistrict, createSchool } from './support/factories';
import { TEST_PASSWORD } from './support/env';
import { ACCOUNT_FAILURES_PER_HOUR } from '../src/domain/sign-in-limits';

const MAX = 5; // OPENIEP_MAX_FAILED_SIGNINS's default
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

describe.each(ENGINES)('sign-in lockout on %s', (engine) => {
  let t: TestApp;
  /** Four accounts of their own, one per test (each test locks its account out). */
  let emails: { provider: string; teacher: string; teacher2: string; caseManager: string };
  beforeAll(async () => {
    t = await startTestApp(engine);
    const districtId = await createDistrict(t.db);
    const schools = [await createSchool(t.db, districtId)];
    const account = async (role: 'provider' | 'teacher' | 'case_manager') =>
      (await createAccount(t.db, districtId, { role, schools })).email;
    emails = {
      provider: await account('provider'),
      teacher: await account('teacher'),
      teacher2: await account('teacher'),
      caseManager: await account('case_manager'),
    };
  });
  afterAll(async () => t.close());

  const signIn = (email: string, password: string, ip: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password }, remoteAddress: ip });
  /** What a prober compares: the status, the content type and the body. */
  const seen = (r: Awaited<ReturnType<typeof signIn>>) => ({
    status: r.statusCode,
    type: r.headers['content-type'],
    body: r.body,
    cookie: r.headers['set-cookie'] ?? null,
  });

  it(`a known and an unknown email answer alike, wrong after wrong, and alike again once both are locked after ${MAX}`, async () => {
    const known = emails.provider;
    const unknown = 'no.such.person@example.test';
    for (let i = 0; i < MAX; i++) {
      const a = seen(await signIn(known, `wrong ${i}`, '10.1.0.1'));
      const b = seen(await signIn(unknown, `wrong ${i}`, '10.1.0.1'));
      expect(a.status).toBe(401);
      expect(b).toEqual(a);
    }
    const lockedKnown = seen(await signIn(known, TEST_PASSWORD, '10.1.0.1'));
    const lockedUnknown = seen(await signIn(unknown, TEST_PASSWORD, '10.1.0.1'));
    expect(lockedKnown.status).toBe(429);
    expect(JSON.parse(lockedKnown.body)).toMatchObject({
      code: 'ACCOUNT_LOCKED',
      detail: 'Too many failed attempts. Try again in 15 minutes, or ask your administrator.',
    });
    expect(lockedUnknown).toEqual(lockedKnown);

    // Both were locked out alike, in the audit too; the unknown email is kept as a hash only.
    const locks = await t.db.query<{ actor: string | null; email_hash: string | null }>(
      `SELECT actor_user_id::text AS actor, context->>'emailHash' AS email_hash FROM audit_events WHERE action = 'auth.locked_out' AND ip = '10.1.0.1' ORDER BY id`,
    );
    expect(locks).toHaveLength(2);
    expect(locks[0]!.actor).not.toBeNull();
    expect(locks[1]).toEqual({ actor: null, email_hash: sha256(unknown) });
    const counters = JSON.stringify(await t.db.query(`SELECT * FROM sign_in_failures`));
    expect(counters).not.toContain('@');
    expect(counters).toContain(sha256(unknown));
  });

  it('a lock from one IP does not stop the right password from another', async () => {
    const email = emails.teacher;
    for (let i = 0; i < MAX; i++) expect((await signIn(email, `guess ${i}`, '203.0.113.7')).statusCode).toBe(401);
    expect((await signIn(email, TEST_PASSWORD, '203.0.113.7')).statusCode).toBe(429);
    // The person, from their own address, signs in; the attacker's address stays locked.
    const fromHome = await signIn(email, TEST_PASSWORD, '198.51.100.20');
    expect(fromHome.statusCode).toBe(200);
    expect(fromHome.cookies.some((c) => c.name === 'openiep_session' && c.value)).toBe(true);
    expect((await signIn(email, TEST_PASSWORD, '203.0.113.7')).statusCode).toBe(429);
    // A success clears that IP's own count only.
    for (let i = 0; i < MAX - 1; i++) expect((await signIn(email, `typo ${i}`, '198.51.100.20')).statusCode).toBe(401);
    expect((await signIn(email, TEST_PASSWORD, '198.51.100.20')).statusCode).toBe(200);
    for (let i = 0; i < MAX - 1; i++) expect((await signIn(email, `typo ${i}`, '198.51.100.20')).statusCode).toBe(401);
    expect((await signIn(email, TEST_PASSWORD, '198.51.100.20')).statusCode).toBe(200);
  });

  it('the lock ends when its time is up, and the count starts again', async () => {
    const email = emails.teacher2;
    for (let i = 0; i < MAX; i++) await signIn(email, `wrong ${i}`, '10.2.0.1');
    expect((await signIn(email, TEST_PASSWORD, '10.2.0.1')).statusCode).toBe(429);
    await t.db.query(
      `UPDATE sign_in_failures SET locked_until = now() - interval '1 second' WHERE email_hash = $1 AND ip = '10.2.0.1'`,
      [sha256(email)],
    );
    expect((await signIn(email, TEST_PASSWORD, '10.2.0.1')).statusCode).toBe(200);
  });

  it(`past ${ACCOUNT_FAILURES_PER_HOUR} failures an hour on one email (from many IPs), new IPs are held back, known or unknown alike; the account's own IP is not`, async () => {
    const known = emails.caseManager;
    const unknown = 'spread.attack@example.test';
    // The person signed in from home before the attack.
    expect((await signIn(known, TEST_PASSWORD, '192.0.2.50')).statusCode).toBe(200);
    // The attack: ACCOUNT_FAILURES_PER_HOUR - 1 failures spread over many IPs (written directly: 99 sign-ins would
    // only repeat the counting the first test shows), then one more through HTTP.
    for (const email of [known, unknown]) {
      await t.db.query(
        `INSERT INTO sign_in_failures (email_hash, ip, failures, window_start, window_failures, last_failed_at)
         SELECT $1, '172.16.' || g || '.1', 1, now(), 1, now() FROM generate_series(1, $2::int) g`,
        [sha256(email), ACCOUNT_FAILURES_PER_HOUR - 1],
      );
    }
    const lastKnown = seen(await signIn(known, 'one more', '172.31.0.1'));
    const lastUnknown = seen(await signIn(unknown, 'one more', '172.31.0.1'));
    expect(lastKnown.status).toBe(401);
    expect(lastUnknown).toEqual(lastKnown);

    const a = seen(await signIn(known, TEST_PASSWORD, '172.31.0.2'));
    const b = seen(await signIn(unknown, TEST_PASSWORD, '172.31.0.2'));
    expect(a.status).toBe(429);
    expect(JSON.parse(a.body)).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    expect(b).toEqual(a);
    // From home: in.
    expect((await signIn(known, TEST_PASSWORD, '192.0.2.50')).statusCode).toBe(200);
    const reasons = await t.db.query<{ reason: string }>(
      `SELECT context->>'reason' AS reason FROM audit_events WHERE action = 'auth.sign_in_failed' AND ip = '172.31.0.2' ORDER BY id`,
    );
    expect(reasons.map((r) => r.reason)).toEqual(['account_ceiling', 'account_ceiling']);
  });
});
