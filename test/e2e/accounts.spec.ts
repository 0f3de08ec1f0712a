/**
 * Forgot password on an installation without mail (the e2e server has no SMTP): the page says to ask the district
 * administrator, and offers no form. The administrator's way — `openiep invite --print-link` on the server, run by
 * the e2e server's start-up (playwright.config.ts) — gives a link; it sets a new password once, and the person signs
 * in with it. The outbox never shows a link. Changes teacher2@'s password, which no other spec signs in as.
 */
import fs from 'node:fs';
import { expect, request, test } from '@playwright/test';
import { E2E_PASSWORD, E2E_PORT, E2E_PRINTED_LINK_FILE } from './env';
import { expectNoAxeViolations, submitSignIn } from './support';

const EMAIL = 'teacher2@lincoln.demo';
const NEW_PASSWORD = 'velvet harbor morning 77';

/** The link `openiep invite --print-link` printed for teacher2@ (path and query, for this server). */
function printedLink(): string {
  const out = fs.readFileSync(E2E_PRINTED_LINK_FILE, 'utf8');
  const line = out.split('\n').find((l) => l.includes(EMAIL));
  const url = line && /https?:\/\/\S+\/set-password\?token=[A-Za-z0-9_-]+/.exec(line)?.[0];
  expect(url, `the printed link in ${E2E_PRINTED_LINK_FILE}`).toBeTruthy();
  const u = new URL(url!);
  return `${u.pathname}${u.search}`;
}

test('forgot password without mail: the page says to ask the administrator; a printed link sets a new password once', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page).toHaveURL('/forgot-password');
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'This installation of OpenIEP does not send email, so it cannot send you a link.' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(
    'Ask your district administrator: they can give you a link to choose a new password.',
  );
  await expect(page.getByLabel('Email address')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the forgot-password page without mail');
  await page.screenshot({ path: '.tmp/accounts-forgot.png', fullPage: true });

  // The API says the same, for any email, known or not.
  const api = await request.newContext({ baseURL: `http://127.0.0.1:${E2E_PORT}` });
  try {
    const known = await api.post('/api/v1/password-reset', { data: { email: EMAIL } });
    const unknown = await api.post('/api/v1/password-reset', { data: { email: 'nobody.here@lincoln.demo' } });
    expect(known.status()).toBe(202);
    expect(await known.text()).toBe(await unknown.text());
    expect(((await known.json()) as { delivery: string }).delivery).toBe('none');
  } finally {
    await api.dispose();
  }

  const link = printedLink();
  await page.setViewportSize({ width: 390, height: 844 }); // a phone
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose your password' })).toBeVisible();
  await expect(page.getByText('Use at least 12 characters.', { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'the set-password page');

  // Errors by field: too short, then the two do not match.
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Set my password' }).click();
  await expect(page.getByLabel('New password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Use at least 12 characters.', { exact: true })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('New password again').fill(NEW_PASSWORD + 'x');
  await page.getByRole('button', { name: 'Set my password' }).click();
  await expect(page.getByText('The two passwords are not the same.')).toBeVisible();
  await expectNoAxeViolations(page, 'the set-password page with errors');
  await page.screenshot({ path: '.tmp/accounts-set-errors.png', fullPage: true });

  await page.getByLabel('New password again').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Set my password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your password is set.' })).toBeVisible();
  await page.screenshot({ path: '.tmp/accounts-set-done.png', fullPage: true });

  // The link works once.
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill('another long passphrase');
  await page.getByLabel('New password again').fill('another long passphrase');
  await page.getByRole('button', { name: 'Set my password' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This link is not valid or has expired.' })).toBeVisible();

  await page.goto('/sign-in');
  await submitSignIn(page, EMAIL, NEW_PASSWORD);
  await expect(page).not.toHaveURL(/\/sign-in/);
});

test('forgot password with mail: the form, and the same answer whatever the email (the API answers as an installation with SMTP)', async ({
  page,
}) => {
  // This server sends no mail; the two answers a server with SMTP gives are played back, so the form is tested too.
  await page.route('**/api/v1/password-reset', (route) =>
    route.request().method() === 'GET'
      ? route.fulfill({ json: { delivery: 'mail' } })
      : route.fulfill({
          status: 202,
          json: {
            message: 'If an account exists for this email, a link to set a new password has been sent to it.',
            delivery: 'mail',
          },
        }),
  );
  await page.goto('/forgot-password');
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await expect(page.getByTestId('forgot-no-mail')).toHaveCount(0);
  await page.getByLabel('Email address').fill(EMAIL);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `If an account exists for ${EMAIL}, we sent a link to it.` }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the forgot-password page, link asked for');
});

test('the outbox shows the administrator no one-time link', async () => {
  const api = await request.newContext({ baseURL: `http://127.0.0.1:${E2E_PORT}` });
  try {
    expect(
      (await api.post('/api/v1/session', { data: { email: 'admin@lincoln.demo', password: E2E_PASSWORD } })).status(),
    ).toBe(200);
    const res = await api.get('/api/v1/admin/outbox?limit=100');
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(text).not.toContain('token=');
    expect(text).not.toContain(new URL(`http://x${printedLink()}`).searchParams.get('token')!);
  } finally {
    await api.dispose();
  }
});
