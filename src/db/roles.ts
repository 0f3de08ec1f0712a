/**
 * Two database roles on PostgreSQL: the owner, which runs the migrations (OPENIEP_MIGRATE_DATABASE_URL), and the
 * app role, which owns nothing and serves requests (DATABASE_URL). Only an owner (or a superuser) may drop or
 * disable a trigger, so an app role cannot rewrite the audit trail even if the application were subverted: it may
 * read and append to audit_events, nothing more. The privileges follow what the triggers already allow:
 *
 * - audit_events, plan_versions: append-only — SELECT, INSERT.
 * - case_events (voided, never deleted), summaries_of_performance (a draft changes, none is deleted):
 *   SELECT, INSERT, UPDATE.
 * - schema_migrations: SELECT (the app checks the schema is current; only the owner migrates).
 * - every other table: SELECT, INSERT, UPDATE, DELETE. Never TRUNCATE, REFERENCES or TRIGGER.
 * - sequences: USAGE, SELECT (nextval), not UPDATE (setval); functions: EXECUTE.
 *
 * The embedded database (PGlite) has one user: the split applies to PostgreSQL only.
 */
import { must } from './values';
import type { Database, Queryable } from './connect';

export const APPEND_ONLY_TABLES = ['audit_events', 'plan_versions'] as const;
export const NEVER_DELETED_TABLES = ['case_events', 'summaries_of_performance'] as const;
export const READ_ONLY_TABLES = ['schema_migrations'] as const;

/** The same advisory lock as migrate(): several servers starting at once apply grants one after the other. */
const ADVISORY_LOCK_KEY = 7_146_411;

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The statements that give `role` what the app needs and nothing more, on the tables that exist (`tables`) in
 * `schema`. Safe to run again: they also take back what an earlier, wider grant gave.
 */
export function appRoleGrants(role: string, tables: readonly string[], schema = 'public'): string[] {
  const r = quoteIdent(role);
  const s = quoteIdent(schema);
  const have = new Set(tables);
  const list = (names: readonly string[]) =>
    names
      .filter((t) => have.has(t))
      .map((t) => `${s}.${quoteIdent(t)}`)
      .join(', ');
  const out = [
    `GRANT USAGE ON SCHEMA ${s} TO ${r}`,
    `REVOKE CREATE ON SCHEMA ${s} FROM ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`,
    `REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA ${s} FROM ${r}`,
  ];
  const appendOnly = list(APPEND_ONLY_TABLES);
  if (appendOnly) out.push(`REVOKE UPDATE, DELETE ON ${appendOnly} FROM ${r}`);
  const neverDeleted = list(NEVER_DELETED_TABLES);
  if (neverDeleted) out.push(`REVOKE DELETE ON ${neverDeleted} FROM ${r}`);
  const readOnly = list(READ_ONLY_TABLES);
  if (readOnly) out.push(`REVOKE INSERT, UPDATE, DELETE ON ${readOnly} FROM ${r}`);
  out.push(
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`,
    `REVOKE UPDATE ON ALL SEQUENCES IN SCHEMA ${s} FROM ${r}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${s} TO ${r}`,
  );
  return out;
}

async function schemaAndTables(q: Queryable): Promise<{ schema: string; tables: string[] }> {
  const schema = must((await q.query<{ s: string }>(`SELECT current_schema() AS s`))[0], 'current_schema()').s;
  const tables = (
    await q.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = $1 ORDER BY tablename`, [
      schema,
    ])
  ).map((r) => r.t);
  return { schema, tables };
}

/** The GRANT statements for `role` on this (migrated) database, as text to run by hand. */
export async function grantScript(db: Queryable, role: string): Promise<string> {
  const { schema, tables } = await schemaAndTables(db);
  return appRoleGrants(role, tables, schema)
    .map((s) => `${s};`)
    .join('\n');
}

/** Applies the grants for `role`, as the owner, in one transaction. PostgreSQL only. */
export async function applyGrants(owner: Database, role: string): Promise<void> {
  if (owner.kind !== 'postgres')
    throw new Error('database roles apply to PostgreSQL only (the embedded database has one user)');
  await owner.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEY]);
    const { schema, tables } = await schemaAndTables(tx);
    for (const stmt of appRoleGrants(role, tables, schema)) await tx.query(stmt);
  });
}

export async function currentRole(db: Queryable): Promise<string> {
  return must((await db.query<{ r: string }>(`SELECT current_user::text AS r`))[0], 'current_user').r;
}

/**
 * A warning when the connection could rewrite the audit trail: it is a superuser, or owns audit_events (or is a
 * member of its owner). Null when it cannot, or on the embedded database.
 */
export async function ownershipWarning(db: Database): Promise<string | null> {
  if (db.kind !== 'postgres') return null;
  const r = (
    await db.query<{ me: string; superuser: boolean; owns: boolean | null }>(
      `SELECT current_user::text AS me,
              (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
              (SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = to_regclass('audit_events')) AS owns`,
    )
  )[0];
  if (!r) throw new Error('expected a row from the ownership query');
  if (!r.superuser && !r.owns) return null;
  return (
    `database: the app connects as "${r.me}", which ${r.superuser ? 'is a superuser' : 'owns the schema'}: it could drop the audit trail's ` +
    'trigger. Give DATABASE_URL a role that owns nothing and OPENIEP_MIGRATE_DATABASE_URL the owner (README, "Database roles").'
  );
}
