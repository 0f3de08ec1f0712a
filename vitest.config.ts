import { defineConfig } from 'vitest/config';

/**
 * Two projects. `unit`: the pure rules, policies and web logic — no database, no global set-up, so
 * `npx vitest run src/domain` works on a laptop with nothing installed. `integration`: everything that reads or
 * writes a database; its global set-up builds one seeded template per engine (PGlite and PostgreSQL) per run.
 */
const UNIT = ['src/domain/**/*.test.ts', 'src/policy/**/*.test.ts', 'web/**/*.test.ts', 'scripts/**/*.test.ts'];

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: UNIT, exclude: ['node_modules/**'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...UNIT, 'test/e2e/**', 'node_modules/**'],
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
    ],
  },
});
