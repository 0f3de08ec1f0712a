/**
 * The federal reports card on the compliance dashboard (district administrators only): the count date defaults to
 * the first Thursday of October, the links carry it, and a download is a CSV. Axe-checked; screenshots at desktop
 * and phone size go to the test's output folder.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support';

const PHONE = { width: 390, height: 844 };

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

test('administrator: federal reports card with the count date and three CSV downloads', async ({ page }) => {
  await signIn(page, 'admin@lincoln.demo');
  await page.goto('/compliance');
  const card = page.getByRole('region', { name: 'Federal reports (CSV)' });
  await expect(card).toBeVisible();
  const date = card.getByLabel('Count date');
  await expect(date).toHaveValue('2026-10-01');
  const link = card.getByRole('link', { name: /Child count by disability/ });
  await expect(link).toHaveAttribute('href', '/api/v1/reports/child-count.csv?date=2026-10-01');
  await date.fill('2026-10-05');
  await expect(link).toHaveAttribute('href', '/api/v1/reports/child-count.csv?date=2026-10-05');
  await expect(card.getByRole('link', { name: /SPP\/APR indicators/ })).toHaveAttribute('href', '/api/v1/reports/spp.csv?date=2026-10-05');

  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: /Educational environments/ }).click()]);
  expect(download.suggestedFilename()).toBe('environments-2026-10-05.csv');
  const body = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(body).toString('utf8').split('\r\n')[0]).toBe('count_date,age_group,environment_code,disability_code,students');

  await expectNoAxeViolations(page, 'compliance with federal reports');
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'reports-desktop');
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(300);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await shot(page, 'reports-phone');
});

test('principal: no federal reports card', async ({ page }) => {
  await signIn(page, 'principal@lincoln.demo');
  await page.goto('/compliance');
  await expect(page.getByRole('heading', { name: 'SPP/APR indicators' }).or(page.getByRole('heading', { level: 1 }))).toBeVisible();
  await expect(page.getByTestId('indicator-spp11')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Federal reports (CSV)' })).toHaveCount(0);
});
