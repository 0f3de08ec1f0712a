/**
 * End-to-end tests (test/e2e): the built web app and the API, served by `openiep serve` on a fresh
 * embedded database, driven through Debian's Chromium. `npm run test:e2e` builds the web app first.
 * Chromium: /usr/bin/chromium (`apt-get install -y chromium`), or set OPENIEP_E2E_CHROMIUM.
 */
import { defineConfig, devices } from '@playwright/test';
import {
  E2E_DATA_DIR as DATA_DIR,
  E2E_PASSWORD,
  E2E_PORT,
  E2E_PRINTED_LINK_FILE as PRINTED_LINK_FILE,
} from './test/e2e/env';
import { TEST_TODAY } from './test/support/env';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.OPENIEP_E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // A fresh database every run: the data directory is removed before the server starts. The demo is loaded first,
    // so that the operator's way of handing out a link without mail (`openiep invite --print-link`) can run before
    // the server takes the embedded database; accounts.spec.ts reads the link from the file.
    command:
      `node -e "require('node:fs').rmSync('${DATA_DIR}', { recursive: true, force: true })"` +
      ` && node bin/openiep.js seed --demo` +
      ` && node bin/openiep.js invite --district 0600001 --email teacher2@lincoln.demo --print-link > ${PRINTED_LINK_FILE}` +
      ` && node bin/openiep.js serve`,
    url: `http://127.0.0.1:${E2E_PORT}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      OPENIEP_DATA_DIR: DATA_DIR,
      OPENIEP_DEMO_PASSWORD: E2E_PASSWORD,
      OPENIEP_LOG_LEVEL: 'warn',
      // The demo's case clock is dated in the 2026-2027 school year: pin the day so statuses do not drift.
      OPENIEP_TODAY: TEST_TODAY,
      // No SMTP: mail waits in the outbox, read by the tests (never a one-time link: those are printed, above); the
      // daily digest runs at start whatever the hour.
      OPENIEP_DIGEST_HOUR: '0',
    },
  },
});
