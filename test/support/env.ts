/** Where the test databases live. PostgreSQL is required (CI starts it); no suite is skipped when it is missing. */
import path from 'node:path';

export const TEST_PASSWORD = 'correct horse battery staple';
export const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const PG_TEMPLATE_DB = 'openiep_test_template';
export const PGLITE_DUMP = path.resolve('.tmp/pglite-template.tar');

export function pgUrl(database: string): string {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${database}`;
  return u.toString();
}
