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
  await expect(card.getByRole('link', { name: /SPP\/APR indicators/ })).toHaveAttribute(
    'href',
    '/api/v1/reports/spp.csv?date=2026-10-05',
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('link', { name: /Educational environments/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('environments-2026-10-05.csv');
  const body = await (await download.createReadStream()).toArray();
  // A byte order mark first, so that a spreadsheet reads UTF-8.
  expect(Buffer.concat(body).toString('utf8').split('\r\n')[0]).toBe(
    '\uFEFFcount_date,age_group,environment_code,disability_code,students',
  );

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
  await expect(
    page.getByRole('heading', { name: 'SPP/APR indicators' }).or(page.getByRole('heading', { level: 1 })),
  ).toBeVisible();
  await expect(page.getByTestId('indicator-spp11')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Federal reports (CSV)' })).toHaveCount(0);
});

test('administrator: indicator cards show who is left out and why, and link each indicator’s CSV; the exiting report for last year', async ({
  page,
}) => {
  await signIn(page, 'admin@lincoln.demo');
  await page.goto('/compliance');
  const i11 = page.getByTestId('indicator-spp11');
  await expect(i11).toContainText('Reporting year');
  await expect(i11.getByRole('list', { name: 'Left out of the count' })).toContainText(
    '1 child: The parent repeatedly did not bring the child for the evaluation',
  );
  await expect(page.getByTestId('indicator-spp12')).toContainText('1 child is still within the timeline');

  const [i11csv] = await Promise.all([
    page.waitForEvent('download'),
    i11.getByRole('link', { name: 'Indicator 11: each child counted or left out (CSV)' }).click(),
  ]);
  expect(i11csv.suggestedFilename()).toBe('indicator-11-2026-2027.csv');
  const text = Buffer.concat(await (await i11csv.createReadStream()).toArray()).toString('utf8');
  expect(text.split('\r\n')[0]).toBe(
    '\uFEFFrow,item,value,local_student_id,consent_received_on,timeline_due_on,evaluation_completed_on,days_beyond_timeline,reason,citation',
  );
  expect(text).toContain('child,excluded,,L1008,');

  const card = page.getByRole('region', { name: 'Federal reports (CSV)' });
  const year = card.getByLabel('Reporting year (July 1 to June 30)');
  await expect(year).toHaveValue('2025-2026');
  const exiting = card.getByRole('link', { name: /Exiting special education/ });
  await expect(exiting).toHaveAttribute('href', '/api/v1/reports/exiting.csv?schoolYear=2025-2026');
  const [ex] = await Promise.all([page.waitForEvent('download'), exiting.click()]);
  expect(ex.suggestedFilename()).toBe('exiting-2025-2026.csv');
  const rows = Buffer.concat(await (await ex.createReadStream()).toArray())
    .toString('utf8')
    .trim()
    .split('\r\n');
  expect(rows.filter((r) => r.includes(',total,')).map((r) => r.split(',')[2])).toEqual(['GHS', 'MKC', 'DROPOUT']);
  await year.selectOption('2026-2027');
  await expect(card.getByRole('link', { name: /Indicator 12/ })).toHaveAttribute(
    'href',
    '/api/v1/reports/indicator-12.csv?schoolYear=2026-2027',
  );

  await expectNoAxeViolations(page, 'compliance indicator cards and reports');
  await i11.scrollIntoViewIfNeeded();
  await shot(page, 'indicators-desktop');
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(300);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await shot(page, 'indicators-phone');

  // Spanish: the same cards in the reader's language.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByTestId('indicator-spp11')).toContainText('Fuera del cómputo');
  await expectNoAxeViolations(page, 'compliance indicator cards in Spanish');
  await shot(page, 'indicators-es');
});
