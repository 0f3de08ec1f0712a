/**
 * The audit trail (34 CFR 300.614, FERPA 99.32): append-only in the database, written in the same
 * transaction as the work (so no work without its row, and no row for work that was rolled back),
 * sign-in failures and lockouts recorded, and the access log readable by the family, newest first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from './support/app';
import { ENGINES } from './support/db';
import { TEST_PASSWORD } from './support/env';
import { stringMatching } from './support/match';

interface AuditRow {
  id: number;
  districtId: string | null;
  actorUserId: string | null;
  actorName: string | null;
  actorRole: string | null;
  studentId: string | null;
  action: string;
  outcome: string;
  purpose: string | null;
  context: Record<string, unknown>;
  ip: string | null;
}

interface LogEntry {
  id: string;
  occurredAt: string;
  actor: { name: string | null; role: string | null };
  action: string;
  description: string;
  outcome: string;
  purpose: string | null;
  ip?: string | null;
}

describe.each(ENGINES)('audit trail on %s', (engine) => {
  let t: TestApp;
  let childId: string; // parent@lincoln.demo's child
  let childVersion: () => Promise<{
    version: number;
    grade: string;
    englishLearner: boolean;
    spedStatus: string;
    primaryDisability: string | null;
  }>;
  beforeAll(async () => {
    t = await startTestApp(engine);
    const r = await t.db.query<{ id: string }>(
      `SELECT sg.student_id::text AS id FROM student_guardians sg JOIN users u ON u.guardian_id = sg.guardian_id WHERE u.email = $1`,
      [DEMO.parent],
    );
    expect(r).toHaveLength(1);
    childId = r[0]!.id;
    childVersion = async () =>
      (
        await t.db.query<{
          version: number;
          grade: string;
          englishLearner: boolean;
          spedStatus: string;
          primaryDisability: string | null;
        }>(
          `SELECT version, grade, english_learner AS "englishLearner", sped_status AS "spedStatus", primary_disability AS "primaryDisability"
           FROM students WHERE id = $1::uuid`,
          [childId],
        )
      )[0]!;
  });
  afterAll(async () => t.close());

  const mark = async () =>
    (await t.db.query<{ m: number }>(`SELECT COALESCE(max(id), 0)::int AS m FROM audit_events`))[0]!.m;
  const since = (m: number) =>
    t.db.query<AuditRow>(
      `SELECT id::int AS id, district_id::text AS "districtId", actor_user_id::text AS "actorUserId", actor_name AS "actorName",
              actor_role AS "actorRole", student_id::text AS "studentId", action, outcome, purpose, context, ip
         FROM audit_events WHERE id > $1 ORDER BY id`,
      [m],
    );
  const userId = async (email: string) =>
    (
      await t.db.query<{ id: string; districtId: string }>(
        `SELECT id::text AS id, district_id::text AS "districtId" FROM users WHERE email = $1`,
        [email],
      )
    )[0]!;
  const fingerprint = async () =>
    (
      await t.db.query<{ n: number; h: string }>(
        `SELECT count(*)::int AS n, md5(COALESCE(string_agg(id::text || action || outcome || COALESCE(actor_name, '') || COALESCE(student_id::text, ''), ',' ORDER BY id), '')) AS h
         FROM audit_events`,
      )
    )[0]!;
  /** Makes the database refuse audit rows of one action, to see that the work fails with them. */
  const failAuditOf = async (action: string) => {
    await t.db.exec(`
      CREATE OR REPLACE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.action = '${action}' THEN RAISE EXCEPTION 'test: audit refused for SELECT secret FROM students'; END IF;
        RETURN NEW;
      END;
      $$;
      CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_refuse_audit();`);
    return async () => {
      await t.db.exec(`DROP TRIGGER test_refuse_audit ON audit_events; DROP FUNCTION test_refuse_audit();`);
    };
  };

  describe('append-only', () => {
    beforeAll(async () => {
      // Make sure there are rows for the row-level triggers to refuse.
      const c = await t.signIn(DEMO.admin);
      expect((await c.get(`/api/v1/students/${childId}`)).statusCode).toBe(200);
    });

    it.each([
      ['UPDATE of every row', `UPDATE audit_events SET action = 'tampered'`],
      [
        'UPDATE of one row',
        `UPDATE audit_events SET actor_name = 'Nobody' WHERE id = (SELECT max(id) FROM audit_events)`,
      ],
      ['UPDATE of the student id', `UPDATE audit_events SET student_id = NULL WHERE student_id IS NOT NULL`],
      ['DELETE of every row', `DELETE FROM audit_events`],
      ['DELETE of one row', `DELETE FROM audit_events WHERE id = (SELECT min(id) FROM audit_events)`],
      ['TRUNCATE', `TRUNCATE audit_events`],
      ['TRUNCATE … CASCADE', `TRUNCATE audit_events CASCADE`],
    ])('refuses %s and leaves the rows unchanged', async (_label, sql) => {
      const before = await fingerprint();
      expect(before.n).toBeGreaterThan(0);
      await expect(t.db.query(sql)).rejects.toThrow(/append-only/);
      await expect(t.db.transaction((tx) => tx.query(sql))).rejects.toThrow(/append-only/);
      expect(await fingerprint()).toEqual(before);
    });

    it('still accepts new rows', async () => {
      const before = await fingerprint();
      const c = await t.signIn(DEMO.caseManager);
      await c.get(`/api/v1/students/${childId}`);
      expect((await fingerprint()).n).toBeGreaterThan(before.n);
    });
  });

  describe('reads and changes', () => {
    it('GET /students/{id} writes one student.read row with an actor snapshot, the student, the purpose and the IP', async () => {
      const cm = await userId(DEMO.caseManager);
      const c = await t.signIn(DEMO.caseManager);
      const m = await mark();
      const res = await c.get(`/api/v1/students/${childId}?purpose=${encodeURIComponent('annual review preparation')}`);
      expect(res.statusCode).toBe(200);
      const rows = await since(m);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: 'student.read',
        outcome: 'success',
        actorUserId: cm.id,
        districtId: cm.districtId,
        actorName: 'Maria Alvarez',
        actorRole: 'case_manager',
        studentId: childId,
        purpose: 'annual review preparation',
        ip: '127.0.0.1',
      });

      // A snapshot: renaming the person later does not rewrite history.
      await t.db.query(`UPDATE users SET first_name = 'Renamed' WHERE id = $1::uuid`, [cm.id]);
      try {
        const again = await t.db.query<{ actorName: string }>(
          `SELECT actor_name AS "actorName" FROM audit_events WHERE id = $1`,
          [rows[0]!.id],
        );
        expect(again[0]!.actorName).toBe('Maria Alvarez');
      } finally {
        await t.db.query(`UPDATE users SET first_name = 'Maria' WHERE id = $1::uuid`, [cm.id]);
      }
    });

    it('a read whose audit row cannot be written is not served (same transaction)', async () => {
      const c = await t.signIn(DEMO.caseManager);
      const restore = await failAuditOf('student.read');
      try {
        const m = await mark();
        const res = await c.get(`/api/v1/students/${childId}`);
        expect(res.statusCode).toBe(500);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body).not.toMatch(/SELECT|secret|audit refused/);
        expect(res.body).not.toContain(childId);
        expect(res.json<{ firstName?: string }>().firstName).toBeUndefined();
        expect(await since(m)).toEqual([]);
      } finally {
        await restore();
      }
      expect((await c.get(`/api/v1/students/${childId}`)).statusCode).toBe(200);
    });

    it('PATCH writes student.update naming the changed fields only', async () => {
      const c = await t.signIn(DEMO.caseManager);
      const before = await childVersion();
      const cur = (await c.get(`/api/v1/students/${childId}`)).json<{
        stateId: string | null;
        homeLanguage: string;
      }>();
      const m = await mark();
      const newGrade = before.grade === '08' ? '07' : '08';
      const res = await c.patch(`/api/v1/students/${childId}`, {
        version: before.version,
        grade: newGrade,
        englishLearner: !before.englishLearner,
        stateId: cur.stateId, // unchanged: not named
        homeLanguage: cur.homeLanguage, // unchanged: not named
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<{ version: number }>().version).toBe(before.version + 1);
      const rows = (await since(m)).filter((r) => r.action === 'student.update');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        outcome: 'success',
        actorName: 'Maria Alvarez',
        actorRole: 'case_manager',
        studentId: childId,
        ip: '127.0.0.1',
      });
      expect([...(rows[0]!.context.fields as string[])].sort()).toEqual(['englishLearner', 'grade']);
      expect(rows[0]!.context.fromVersion).toBe(before.version);
      const after = await childVersion();
      expect(after).toMatchObject({
        version: before.version + 1,
        grade: newGrade,
        englishLearner: !before.englishLearner,
      });
    });

    it('a PATCH that breaks a rule leaves no student.update row and no change', async () => {
      const c = await t.signIn(DEMO.caseManager);
      const before = await childVersion();
      const m = await mark();
      const res = await c.patch(`/api/v1/students/${childId}`, {
        version: before.version,
        grade: '06',
        spedStatus: 'eligible_iep',
        primaryDisability: null,
      });
      expect(res.statusCode, res.body).toBe(422);
      expect((await since(m)).filter((r) => r.action === 'student.update')).toEqual([]);
      expect(await childVersion()).toEqual(before);
    });

    it('a stale PATCH leaves no student.update row and no change', async () => {
      const c = await t.signIn(DEMO.caseManager);
      const before = await childVersion();
      const m = await mark();
      const res = await c.patch(`/api/v1/students/${childId}`, {
        version: before.version - 1,
        englishLearner: !before.englishLearner,
      });
      expect(res.statusCode).toBe(409);
      expect((await since(m)).filter((r) => r.action === 'student.update')).toEqual([]);
      expect(await childVersion()).toEqual(before);
    });

    it('a change whose audit row cannot be written is rolled back (same transaction)', async () => {
      const c = await t.signIn(DEMO.caseManager);
      const before = await childVersion();
      const restore = await failAuditOf('student.update');
      try {
        const m = await mark();
        const res = await c.patch(`/api/v1/students/${childId}`, {
          version: before.version,
          englishLearner: !before.englishLearner,
        });
        expect(res.statusCode).toBe(500);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body).not.toMatch(/SELECT|secret|audit refused|UPDATE/);
        expect(await childVersion()).toEqual(before);
        expect((await since(m)).filter((r) => r.action === 'student.update')).toEqual([]);
      } finally {
        await restore();
      }
    });
  });

  describe('sign-in', () => {
    it('a wrong password writes auth.sign_in_failed for that account', async () => {
      const u = await userId(DEMO.teacher2);
      const m = await mark();
      const res = await t.anonymous.post('/api/v1/session', { email: DEMO.teacher2, password: 'wrong password' });
      expect(res.statusCode).toBe(401);
      expect(res.json<{ code: string }>().code).toBe('INVALID_CREDENTIALS');
      const rows = await since(m);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: 'auth.sign_in_failed',
        outcome: 'failure',
        actorUserId: u.id,
        studentId: null,
        ip: '127.0.0.1',
      });
      expect(rows[0]!.context).toMatchObject({ reason: 'wrong_password' });
      expect(JSON.stringify(rows[0]!.context)).not.toContain('wrong password');
      // Sign-in with the right password resets the count and is recorded too.
      expect(
        (await t.anonymous.post('/api/v1/session', { email: DEMO.teacher2, password: TEST_PASSWORD })).statusCode,
      ).toBe(200);
      expect((await since(m)).map((r) => r.action)).toEqual(['auth.sign_in_failed', 'auth.sign_in']);
    });

    it('an unknown email writes auth.sign_in_failed without storing the email, and answers like a wrong password', async () => {
      const m = await mark();
      const email = 'nobody.here@lincoln.demo';
      const res = await t.anonymous.post('/api/v1/session', { email, password: 'whatever' });
      expect(res.statusCode).toBe(401);
      const rows = await since(m);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: 'auth.sign_in_failed',
        outcome: 'failure',
        actorUserId: null,
        actorName: null,
      });
      expect(rows[0]!.context).toMatchObject({ reason: 'unknown_email' });
      expect(JSON.stringify(rows[0])).not.toContain(email);
      const wrong = await t.anonymous.post('/api/v1/session', { email: DEMO.teacher2, password: 'whatever' });
      const { detail, title, code } = wrong.json<{ detail: string; title: string; code: string }>();
      expect(res.json()).toMatchObject({ detail, title, code });
    });

    it('four wrong passwords do not lock the account', async () => {
      const email = DEMO.principal;
      for (let i = 0; i < 4; i++)
        expect((await t.anonymous.post('/api/v1/session', { email, password: `wrong ${i}` })).statusCode).toBe(401);
      const m = await mark();
      expect((await t.anonymous.post('/api/v1/session', { email, password: TEST_PASSWORD })).statusCode).toBe(200);
      expect((await since(m)).map((r) => r.action)).toEqual(['auth.sign_in']);
    });

    it('five wrong passwords lock the account: auth.locked_out, then even the right password gets 429 ACCOUNT_LOCKED', async () => {
      const email = DEMO.provider2;
      const u = await userId(email);
      const m = await mark();
      for (let i = 0; i < 5; i++) {
        const res = await t.anonymous.post('/api/v1/session', { email, password: `wrong ${i}` });
        expect(res.statusCode).toBe(401);
      }
      const rows = await since(m);
      expect(rows.map((r) => r.action)).toEqual([
        'auth.sign_in_failed',
        'auth.sign_in_failed',
        'auth.sign_in_failed',
        'auth.sign_in_failed',
        'auth.sign_in_failed',
        'auth.locked_out',
      ]);
      expect(rows.every((r) => r.actorUserId === u.id && r.outcome === 'failure')).toBe(true);

      const m2 = await mark();
      const locked = await t.anonymous.post('/api/v1/session', { email, password: TEST_PASSWORD });
      expect(locked.statusCode).toBe(429);
      expect(locked.headers['content-type']).toContain('application/problem+json');
      expect(locked.json<{ code: string }>().code).toBe('ACCOUNT_LOCKED');
      expect(locked.cookies.find((k) => k.name === 'openiep_session' && k.value)).toBeUndefined();
      const after = await since(m2);
      expect(after.map((r) => r.action)).toEqual(['auth.sign_in_failed']);
      expect(after[0]!.context).toMatchObject({ reason: 'locked' });
      expect(after.some((r) => r.action === 'auth.sign_in')).toBe(false);
    });
  });

  describe('the access log', () => {
    it('lists entries newest first, readable by the parent of that student, with the IP for admins only', async () => {
      const cm = await t.signIn(DEMO.caseManager);
      const admin = await t.signIn(DEMO.admin);
      const parent = await t.signIn(DEMO.parent);
      expect(
        (await cm.get(`/api/v1/students/${childId}?purpose=${encodeURIComponent('progress report')}`)).statusCode,
      ).toBe(200);
      expect((await admin.get(`/api/v1/students/${childId}`)).statusCode).toBe(200);

      const res = await parent.get(`/api/v1/students/${childId}/access-log`);
      expect(res.statusCode, res.body).toBe(200);
      const log = res.json<{ data: LogEntry[] }>().data;
      expect(log.length).toBeGreaterThanOrEqual(2);
      // Newest first: ids and times never go up.
      for (let i = 1; i < log.length; i++) {
        expect(BigInt(log[i]!.id) < BigInt(log[i - 1]!.id)).toBe(true);
        expect(Date.parse(log[i]!.occurredAt)).toBeLessThanOrEqual(Date.parse(log[i - 1]!.occurredAt));
      }
      expect(log[0]).toMatchObject({
        action: 'student.read',
        actor: { name: 'Dana Whitfield', role: 'district_admin' },
      });
      expect(log[1]).toMatchObject({
        action: 'student.read',
        actor: { name: 'Maria Alvarez', role: 'case_manager' },
        purpose: 'progress report',
      });
      for (const e of log) expect('ip' in e).toBe(false);
      expect(res.body).not.toContain('127.0.0.1');

      // The entries are exactly the audit rows about this student, newest first.
      const dbIds = await t.db.query<{ id: string }>(
        `SELECT a.id::text AS id FROM audit_events a WHERE a.student_id = $1::uuid ORDER BY a.id DESC`,
        [childId],
      );
      expect(log.map((e) => e.id)).toEqual(dbIds.map((r) => r.id).slice(1)); // the newest is the parent's own read of the log

      // Reading the log is itself recorded, and shows up for the next reader.
      const adminLog = (await admin.get(`/api/v1/students/${childId}/access-log`)).json<{ data: LogEntry[] }>();
      // (a reader's own read is written after the entries are selected, so it shows up for the next one)
      expect(adminLog.data[0]).toMatchObject({
        action: 'student.access_log.read',
        actor: { role: 'guardian', name: stringMatching(/^Elena /) },
      });
      expect(adminLog.data[1]).toMatchObject({ action: 'student.read', actor: { role: 'district_admin' } });
      expect(adminLog.data.every((e) => e.ip === '127.0.0.1' || e.ip === null)).toBe(true);
      expect(adminLog.data.filter((e) => e.ip === '127.0.0.1').length).toBeGreaterThan(0);
    });

    it('hides the IP from every non-admin who may read it', async () => {
      for (const email of [DEMO.caseManager, DEMO.teacher, DEMO.provider, DEMO.parent]) {
        const c = await t.signIn(email);
        const res = await c.get(`/api/v1/students/${childId}/access-log`);
        expect(res.statusCode, email).toBe(200);
        const data = res.json<{ data: LogEntry[] }>().data;
        expect(data.length).toBeGreaterThan(0);
        expect(
          data.some((e) => 'ip' in e),
          email,
        ).toBe(false);
      }
    });

    it('pages with `before`: the pages together are every entry that existed, newest first, once each', async () => {
      const admin = await t.signIn(DEMO.admin);
      const m = await mark(); // every entry up to here must come back; the page reads add newer ones
      const expected = await t.db.query<{ id: string }>(
        `SELECT a.id::text AS id FROM audit_events a WHERE a.student_id = $1::uuid AND a.id <= $2 ORDER BY a.id DESC`,
        [childId, m],
      );
      expect(expected.length).toBeGreaterThan(3);
      const pages: LogEntry[] = [];
      let before: string | null = null;
      for (let i = 0; i < 200; i++) {
        const res = await admin.get(
          `/api/v1/students/${childId}/access-log?limit=3${before ? `&before=${before}` : ''}`,
        );
        expect(res.statusCode).toBe(200);
        const body = res.json<{ data: LogEntry[]; nextBefore: string | null }>();
        expect(body.data.length).toBeLessThanOrEqual(3);
        pages.push(...body.data);
        if (!body.nextBefore) break;
        before = body.nextBefore;
      }
      expect(pages.map((e) => e.id)).toEqual(expected.map((r) => r.id));
    });

    it('is 404 to the parent of another child', async () => {
      const parent2 = await t.signIn(DEMO.parent2);
      const res = await parent2.get(`/api/v1/students/${childId}/access-log`);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });
  });
});
