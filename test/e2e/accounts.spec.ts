/**
 * Password reset from the sign-in page: ask for a link, read it from the outbox (as the district administrator,
 * through the API: there is no SMTP in e2e), set a new password, sign in with it. Changes teacher2@'s password,
 * which no other spec signs in as.
 */
import { expect, request, test } from '@playwright/test';
import { E2E_PASSWORD, E2E_PORT } from './env';
import { expectNoAxeViolations, submitSignIn } from './support';

const EMAIL = 'teacher2@lincoln.demo';
const NEW_PASSWORD = 'velvet harbor morning 77';

async function latestResetLink(): Promise<string> {
  const api = await request.newContext({ baseURL: `http://127.0.0.1:${E2E_PORT}` });
  try {
    expect((await api.post('/api/v1/session', { data: { email: 'admin@lincoln.demo', password: E2E_PASSWORD } })).status()).toBe(200);
    const res = await api.get('/api/v1/admin/outbox?limit=50');
    expect(res.status()).toBe(200);
    const { data } = (await res.json()) as { data: { to: string; kind: string; bodyText: string }[] };
    const mail = data.find((m) => m.to === EMAIL && m.kind === 'account.reset');
    expect(mail, 'the reset mail is in the outbox').toBeTruthy();
    const url = /https?:\/\/\S+\/set-password\?token=[A-Za-z0-9_-]+/.exec(mail!.bodyText)?.[0];
    expect(url).toBeTruthy();
    const u = new URL(url!);
    return `${u.pathname}${u.search}`;
  } finally {
    await api.dispose();
  }
}

test('forgot password: ask for a link on the sign-in page, set a new password from it, sign in with it', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page).toHaveURL('/forgot-password');
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await expectNoAxeViolations(page, 'the forgot-password page');
  await page.getByLabel('Email address').fill(EMAIL);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status').filter({ hasText: `If an account exists for ${EMAIL}, we sent a link to it.` })).toBeVisible();
  await page.screenshot({ path: '.tmp/accounts-forgot.png', fullPage: true });

  const link = await latestResetLink();
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
