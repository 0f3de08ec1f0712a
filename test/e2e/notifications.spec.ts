/**
 * Notifications: the case manager asks the parent for consent; the parent (Spanish) finds it in the inbox on a
 * phone, with the unread count beside "Bandeja de entrada", and marks it read; the district administrator reads
 * the mail that waits in the outbox (the e2e server has no SMTP), written in Spanish. Axe-clean throughout.
 */
import fs from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_PASSWORD } from './env';
import { expectNoAxeViolations, signIn } from './support';

const SCREENS = '.tmp/screens';

async function apiSignIn(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post('/api/v1/session', { data: { email, password: E2E_PASSWORD } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

test.describe('notifications on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the parent reads a consent request in the inbox in Spanish and marks it read; the administrator reads its mail in the outbox', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    fs.mkdirSync(SCREENS, { recursive: true });

    // The case manager asks for consent through the API (the consent screens are tested elsewhere).
    const staff = await browser.newContext();
    const csrf = await apiSignIn(staff.request, 'casemanager@lincoln.demo');
    const family = await browser.newContext();
    await apiSignIn(family.request, 'parent@lincoln.demo');
    const childId = ((await (await family.request.get('/api/v1/students')).json()) as { data: { id: string }[] })
      .data[0]!.id;
    await family.close();
    const asked = await staff.request.post(`/api/v1/students/${childId}/consents`, {
      headers: { 'X-CSRF-Token': csrf },
      data: {
        type: 'release_of_information',
        description: 'Share the speech evaluation with the family doctor.',
        recordsToRelease: 'Speech-language evaluation, 2026',
        releaseTo: 'Dr. Rivera, Lincoln Pediatrics',
      },
    });
    expect(asked.status(), await asked.text()).toBe(201);
    await staff.close();

    await signIn(page, 'parent@lincoln.demo');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const nav = page.getByRole('navigation', { name: /.+/ });
    const inboxLink = nav.getByRole('link', { name: /^Bandeja de entrada \d+ avisos? sin leer$/ });
    await expect(inboxLink).toBeVisible();
    await inboxLink.click();

    await expect(page.getByRole('heading', { level: 1, name: 'Bandeja de entrada' })).toBeVisible();
    const first = page.getByTestId('inbox-item').first();
    await expect(first).toHaveAttribute('data-unread', 'true');
    const id = (await first.getAttribute('data-id'))!;
    const item = page.locator(`[data-testid="inbox-item"][data-id="${id}"]`);
    await expect(item).toContainText('Solicitud de consentimiento');
    await expect(item).toContainText('Sin leer');
    await expect(item.getByRole('link')).toHaveAttribute('href', new RegExp(`/students/${childId}`));
    const count = page.locator('.inbox-count');
    const before = Number((await count.textContent())?.match(/\d+/)?.[0] ?? '0');
    expect(before).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'the inbox (es, phone)');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENS}/inbox-es-phone.png`, fullPage: true });

    await item.getByRole('button', { name: 'Marcar como leído' }).click();
    await expect(item).toHaveAttribute('data-unread', 'false');
    await expect(item.getByRole('button', { name: 'Marcar como leído' })).toHaveCount(0);
    await expect(count).toHaveText(before - 1 === 0 ? 'Todo está leído.' : `${before - 1} sin leer`);

    // Only unread: the one just read is gone from the list.
    await page.getByLabel('Mostrar solo los no leídos').check();
    await expect(page.getByRole('status').filter({ hasText: 'Cargando' })).toHaveCount(0);
    await expect(item).toHaveCount(0);

    // The outbox is the administrator's: to the parent it does not exist.
    await page.goto('/admin/outbox');
    await expect(page.getByText('Solo la administración del distrito puede leer el correo saliente.')).toBeVisible();
  });
});

test('the district administrator reads waiting mail in the outbox, in the language it was written in', async ({
  page,
}) => {
  test.setTimeout(120_000);
  fs.mkdirSync(SCREENS, { recursive: true });
  await signIn(page, 'admin@lincoln.demo');
  await page.getByRole('navigation', { name: /.+/ }).getByRole('link', { name: 'Mail outbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mail outbox' })).toBeVisible();
  // The server mails waiting notifications every 15 seconds: the consent request of the test above arrives.
  const toParent = page
    .getByTestId('outbox-mail')
    .filter({ hasText: 'parent@lincoln.demo' })
    .filter({ hasText: 'Solicitud de consentimiento – OpenIEP' });
  await expect(async () => {
    await page.reload();
    await expect(toParent.first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000, intervals: [2_000] });
  const mail = toParent.first();
  await expect(mail).toHaveAttribute('data-status', 'waiting');
  await expect(mail).toContainText('Waiting to be sent');
  await mail.locator('summary').click();
  await expect(mail).toContainText('Written in Spanish');
  await expect(mail.locator('pre')).toContainText('Hola,');
  await expect(mail.locator('pre')).toContainText(/http:\/\/127\.0\.0\.1:3000\/students\//);
  await expectNoAxeViolations(page, 'the mail outbox');
  await page.screenshot({ path: `${SCREENS}/outbox-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(page, 'the mail outbox (phone)');
  await page.screenshot({ path: `${SCREENS}/outbox-phone.png`, fullPage: true });
});
