/**
 * PostgreSQL only (PGlite has one user): the app runs as a role that owns nothing. A fresh database owned by an
 * owner role is migrated by `openiep migrate` as that owner, which grants the app role (DATABASE_URL's) what the app
 * needs; the app then does its normal work as that role, and cannot rewrite the audit trail: no UPDATE, DELETE or
 * TRUNCATE, no ALTER TABLE … DISABLE TRIGGER, no DROP TRIGGER, TABLE or FUNCTION. Roles are cluster-wide and other
 * runs may be at work: the names carry this run's time and a random part, and are dropped after.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, type Database } from '../src/db/connect';
import { migrate } from '../src/db/migrate';
import { APPEND_ONLY_TABLES, currentRole, ownershipWarning } from '../src/db/roles';
import { openDatabase } from '../src/cli/database';
import { seedDemo } from '../src/db/seed-demo';
import { runMigrate } from '../src/cli/migrate';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { loadMailConfig } from '../src/notify/mailer';
import { PG_ADMIN_URL, TEST_PASSWORD, TEST_TODAY, runNames } from './support/env';
import { DEMO } from './support/app';

const STALE_SECONDS = 3 * 3600;

describe('database roles on postgres', () => {
  const suffix = `${Math.floor(Date.now() / 1000)}_${crypto.randomBytes(4).toString('hex')}`;
  const ownerRole = `openiep_test_${suffix}_owner`;
  const appRole = `openiep_test_${suffix}_app`;
  const password = crypto.randomBytes(12).toString('hex');
  const dbName = `${runNames(inject('testRunId')).prefix}_roles_${crypto.randomBytes(4).toString('hex')}`;
  const urlAs = (role: string) => {
    const u = new URL(PG_ADMIN_URL);
    u.username = role;
    u.password = password;
    u.pathname = `/${dbName}`;
    return u.toString();
  };
  const adminQuery = async (sql: string, params: unknown[] = []) => {
    const c = new pg.Client({ connectionString: PG_ADMIN_URL });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows as Record<string, unknown>[];
    } finally {
      await c.end();
    }
  };
  let app: Database;
  let owner: Database;
  const opened: Database[] = [];
  const logs: string[] = [];
  const out: string[] = [];

  beforeAll(async () => {
    // Roles left by a run that was killed.
    const now = Math.floor(Date.now() / 1000);
    for (const r of await adminQuery(`SELECT rolname FROM pg_roles WHERE rolname LIKE 'openiep\\_test\\_%'`)) {
      const started = Number(/^openiep_test_(\d+)_/.exec(String(r.rolname))?.[1] ?? now);
      if (now - started > STALE_SECONDS)
        await adminQuery(`DROP ROLE IF EXISTS "${String(r.rolname)}"`).catch(() => undefined);
    }
    await adminQuery(`CREATE ROLE "${ownerRole}" LOGIN PASSWORD '${password}'`);
    await adminQuery(`CREATE ROLE "${appRole}" LOGIN PASSWORD '${password}'`);
    await adminQuery(`CREATE DATABASE "${dbName}" OWNER "${ownerRole}"`);
    // `openiep migrate` with both URLs: migrates as the owner, grants DATABASE_URL's role.
    const code = await runMigrate(
      { databaseUrl: urlAs(appRole), migrateDatabaseUrl: urlAs(ownerRole), dataDir: '.tmp/unused' },
      { printGrants: appRole },
      (m) => out.push(m),
      (m) => logs.push(m),
    );
    expect(code).toBe(0);
    owner = await connect({ databaseUrl: urlAs(ownerRole), poolSize: 2 });
    opened.push(owner);
    app = await connect({ databaseUrl: urlAs(appRole), poolSize: 2 });
    opened.push(app);
  });

  afterAll(async () => {
    // Only what beforeAll got to open (it may have failed before).
    for (const db of opened.reverse()) await db.close();
    await adminQuery(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await adminQuery(`DROP ROLE IF EXISTS "${appRole}"`);
    await adminQuery(`DROP ROLE IF EXISTS "${ownerRole}"`);
  });

  it('openiep migrate migrates as the owner, grants the app role, and prints the GRANT statements', async () => {
    expect(logs).toContain(
      `migrate: granted "${appRole}" what the app needs (no UPDATE, DELETE or TRUNCATE on the audit trail)`,
    );
    const script = out.join('\n');
    expect(script).toContain(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "public" TO "${appRole}";`);
    expect(script).toContain(
      `REVOKE UPDATE, DELETE ON "public"."audit_events", "public"."plan_versions" FROM "${appRole}";`,
    );
    expect(script).toContain(
      `REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA "public" FROM "${appRole}";`,
    );
    const owners = await owner.query<{ owner: string }>(
      `SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'public'`,
    );
    expect(owners).toEqual([{ owner: ownerRole }]);
    const privileges = await owner.query<{ p: string }>(
      `SELECT privilege_type AS p FROM information_schema.role_table_grants WHERE grantee = $1 AND table_name = 'audit_events' ORDER BY 1`,
      [appRole],
    );
    expect(privileges.map((r) => r.p)).toEqual(['INSERT', 'SELECT']);
  });

  it('the owner is warned about, the app role is not', async () => {
    expect(await ownershipWarning(owner)).toContain('it could drop the audit trail');
    expect(await ownershipWarning(app)).toBeNull();
  });

  it('serve and the other commands open DATABASE_URL after migrating and granting as OPENIEP_MIGRATE_DATABASE_URL; one owner URL alone works, with a warning', async () => {
    const seen: string[] = [];
    const both = await openDatabase(
      loadConfig({ DATABASE_URL: urlAs(appRole), OPENIEP_MIGRATE_DATABASE_URL: urlAs(ownerRole) }),
      (m) => seen.push(m),
    );
    try {
      expect(await currentRole(both)).toBe(appRole);
      expect(seen).toContain(
        `migrate: granted "${appRole}" what the app needs (no UPDATE, DELETE or TRUNCATE on the audit trail)`,
      );
      expect(seen.some((m) => m.includes('could drop'))).toBe(false);
    } finally {
      await both.close();
    }
    const single: string[] = [];
    const one = await openDatabase(loadConfig({ DATABASE_URL: urlAs(ownerRole) }), (m) => single.push(m));
    await one.close();
    expect(
      single.some((m) =>
        m.includes(
          `the app connects as "${ownerRole}", which owns the schema: it could drop the audit trail's trigger`,
        ),
      ),
    ).toBe(true);
  });

  it('the app role does the app’s work: loads the demo, signs in, reads and writes over HTTP, each audited', async () => {
    await seedDemo(app, TEST_PASSWORD);
    // Up to date: starting as the app role migrates nothing and needs no DDL.
    expect(await migrate(app)).toEqual([]);
    const server = await buildApp({
      db: app,
      config: loadConfig({ OPENIEP_TODAY: TEST_TODAY }),
      mail: loadMailConfig({}),
      linkMailer: null,
    });
    try {
      const before = (await app.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events`))[0]!.n;
      const signIn = await server.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: DEMO.caseManager, password: TEST_PASSWORD },
      });
      expect(signIn.statusCode).toBe(200);
      const cookie = `openiep_session=${signIn.cookies.find((c) => c.name === 'openiep_session')!.value}`;
      const csrf = signIn.json<{ csrfToken: string }>().csrfToken;
      const list = await server.inject({ method: 'GET', url: '/api/v1/students', headers: { cookie } });
      expect(list.statusCode).toBe(200);
      expect(list.json<{ data: unknown[] }>().data.length).toBeGreaterThan(0);
      const write = await server.inject({
        method: 'POST',
        url: '/api/v1/notifications/read-all',
        headers: { cookie, 'x-csrf-token': csrf },
      });
      expect(write.statusCode).toBe(200);
      // A refused sign-in writes its counters (sign_in_failures) too.
      expect(
        (
          await server.inject({
            method: 'POST',
            url: '/api/v1/session',
            payload: { email: DEMO.caseManager, password: 'wrong' },
          })
        ).statusCode,
      ).toBe(401);
      const out = await server.inject({
        method: 'DELETE',
        url: '/api/v1/session',
        headers: { cookie, 'x-csrf-token': csrf },
      });
      expect(out.statusCode).toBe(204);
      const actions = (
        await app.query<{ action: string }>(
          `SELECT action FROM audit_events WHERE id > (SELECT max(id) FROM audit_events) - 100 ORDER BY id`,
        )
      ).map((r) => r.action);
      expect(actions.slice(-2)).toEqual(['auth.sign_in_failed', 'auth.sign_out']);
      expect(actions).toContain('auth.sign_in');
      expect(actions).toContain('student.list');
      expect((await app.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events`))[0]!.n).toBeGreaterThan(
        before + 3,
      );
    } finally {
      await server.close();
    }
  });

  it('the app role cannot change, delete, truncate the audit trail, nor disable or drop its trigger, nor the table', async () => {
    const rows = async () => (await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events`))[0]!.n;
    await app.query(`INSERT INTO audit_events (action, outcome) VALUES ('test.row', 'success')`);
    const before = await rows();
    const attacks: [string, RegExp][] = [
      [`UPDATE audit_events SET action = 'rewritten'`, /permission denied for table audit_events/],
      [`DELETE FROM audit_events`, /permission denied for table audit_events/],
      [`TRUNCATE audit_events`, /permission denied for table audit_events/],
      [`ALTER TABLE audit_events DISABLE TRIGGER ALL`, /must be owner of table audit_events/],
      [`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`, /must be owner of table audit_events/],
      [`DROP TRIGGER audit_events_no_update ON audit_events`, /must be owner of (table|relation) audit_events/],
      [`DROP TRIGGER audit_events_no_truncate ON audit_events`, /must be owner of (table|relation) audit_events/],
      [`DROP TABLE audit_events`, /must be owner of table audit_events/],
      [`ALTER TABLE audit_events OWNER TO "${appRole}"`, /must be owner of table audit_events/],
      [`DROP FUNCTION audit_events_append_only() CASCADE`, /must be owner of function audit_events_append_only/],
      [
        `CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$`,
        /permission denied for schema public|must be owner of function audit_events_append_only/,
      ],
      [`SET session_replication_role = replica`, /permission denied to set parameter "session_replication_role"/],
      [`SELECT setval('audit_events_id_seq', 1)`, /permission denied for sequence audit_events_id_seq/],
      [`CREATE TABLE shadow (x int)`, /permission denied for schema public/],
    ];
    for (const table of APPEND_ONLY_TABLES.filter((t) => t !== 'audit_events')) {
      attacks.push([`UPDATE ${table} SET saved_at = now()`, new RegExp(`permission denied for table ${table}`)]);
      attacks.push([`DELETE FROM ${table}`, new RegExp(`permission denied for table ${table}`)]);
    }
    attacks.push([`DELETE FROM case_events`, /permission denied for table case_events/]);
    for (const [sql, message] of attacks) {
      const e = await app.query(sql).then(
        () => null,
        (err: unknown) => err as { code?: string; message: string },
      );
      expect(e, sql).not.toBeNull();
      expect([sql, e!.code]).toEqual([sql, '42501']);
      expect(e!.message, sql).toMatch(message);
    }
    expect(await rows()).toBe(before);
    const triggers = await owner.query<{ tgname: string; tgenabled: string }>(
      `SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'audit_events'::regclass AND NOT tgisinternal ORDER BY tgname`,
    );
    expect(triggers).toEqual([
      { tgname: 'audit_events_no_truncate', tgenabled: 'O' },
      { tgname: 'audit_events_no_update', tgenabled: 'O' },
    ]);
  });

  it('the app role cannot migrate: a pending migration fails with words that say to run it as the owner', async () => {
    const last = (
      await owner.query<{ name: string }>(`SELECT name FROM schema_migrations ORDER BY name DESC LIMIT 1`)
    )[0]!.name;
    await owner.query(`DELETE FROM schema_migrations WHERE name = $1`, [last]);
    try {
      await expect(migrate(app)).rejects.toThrow(
        /may not change the schema .*openiep migrate.*OPENIEP_MIGRATE_DATABASE_URL/,
      );
    } finally {
      await owner.query(`INSERT INTO schema_migrations (name) VALUES ($1)`, [last]);
    }
  });
});
