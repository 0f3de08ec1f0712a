/** Where the test databases live. PostgreSQL is required (CI starts it); no suite is skipped when it is missing. */
import path from 'node:path';

export const TEST_PASSWORD = 'correct horse battery staple';
/** The day the suites run on, for the legal clocks (the demo's case events are dated around it). A Monday after Thanksgiving break. */
export const TEST_TODAY = '2026-11-30';
export const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Each run has its own id, so that two runs at once (a developer's and CI's) never drop each other's
 * databases: `openiep_test_<epoch seconds>_<random>`, template `<prefix>_tpl`, clones `<prefix>_<random>`.
 */
export function runNames(runId: string) {
  return {
    prefix: `openiep_test_${runId}`,
    template: `openiep_test_${runId}_tpl`,
    pgliteDump: path.resolve(`.tmp/pglite-template-${runId}.tar`),
  };
}

export function pgUrl(database: string): string {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${database}`;
  return u.toString();
}
