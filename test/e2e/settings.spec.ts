/**
 * District settings in the browser: the administrator finds the screen in the menu (from /me's abilities; others do
 * not), changes the child count date (the compliance page's reports then default to it), sees the Early Learning
 * Center flagged for having no 2026-2027 calendar and its preschooler's evaluation date marked estimated, imports the
 * school's calendar from a CSV file (a bad file first: every rejected row by line and column, nothing written), and
 * the warning goes. Axe on every state; screenshots at desktop and phone size (English and Spanish).
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support';

const PHONE = { width: 390, height: 844 };
const FIXTURE = path.resolve('test/fixtures/calendars/lincoln-early-learning-2026-2027.csv');

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/** L1055, a preschooler at the Early Learning Center whose evaluation clock runs (consent on 2026-11-02). */
async function preschoolerPage(page: Page): Promise<void> {
  const list = (await (await page.request.get('/api/v1/students?q=L1055')).json()) as { data: { id: string }[] };
  await page.goto(`/students/${list.data[0]!.id}`);
  await expect(page.getByRole('heading', { name: 'Deadlines', exact: true })).toBeVisible();
}

test('only those the API says may manage the district see the menu entry', async ({ page }) => {
  await signIn(page, 'casemanager@lincoln.demo');
  await expect(
    page.getByRole('navigation', { name: /Main|Principal/ }).getByRole('link', { name: 'Students' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'District settings' })).toHaveCount(0);
  await page.goto('/admin/settings');
  await expect(page.getByText('District settings are for the district’s administrators.')).toBeVisible();
});

test('administrator: count date, calendar import, the warning goes', async ({ page }) => {
  await signIn(page, 'admin@lincoln.demo');

  // The preschooler's clock before: a warning, and the evaluation date marked estimated.
  await preschoolerPage(page);
  const warning = page.getByTestId('clock-calendar-warning');
  await expect(warning).toContainText('Lincoln Early Learning Center has no calendar for 2026-2027');
  const evaluation = page.locator('[data-testid="deadline-row"][data-rule="initial-evaluation"]');
  await expect(evaluation.getByTestId('deadline-estimated')).toContainText('Estimated');
  await expectNoAxeViolations(page, 'student page with an estimated deadline');
  await shot(page, 'clock-estimated-desktop');

  await warning.getByRole('link', { name: 'Enter the calendar in District settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'District settings' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: /Main|Principal/ }).getByRole('link', { name: 'District settings' }),
  ).toHaveAttribute('aria-current', 'page');

  // The profile: California, each number with its source; the lead time is Lincoln's own.
  await expect(page.getByLabel('The state whose law the district follows')).toHaveValue('CA');
  const profile = page.getByTestId('profile-table');
  await expect(profile.locator('tr[data-rule="notice"]')).toContainText(
    'No number of days (“early enough”): the district sets its own',
  );
  await expect(profile.locator('tr[data-rule="notice"]')).toContainText('Cal. Ed. Code 56341.5(b)');
  await expect(profile.locator('tr[data-rule="dd"]')).toContainText('Not used');
  await expect(page.getByTestId('notice-current')).toHaveText(
    'Notices are now due 10 calendar days before each meeting (the district’s lead time).',
  );
  await expect(page.getByTestId('calendar-warning')).toContainText(
    '1 school has no calendar for 2026-2027: Lincoln Early Learning Center',
  );
  await expectNoAxeViolations(page, 'district settings');
  await shot(page, 'settings-desktop');

  // The count date: December 1 every year. Today is 2026-11-30, so the reports count on December 1, 2025.
  await expect(page.getByTestId('count-date-current')).toHaveText('The reports now count on October 1, 2026.');
  await page.getByLabel('The same day every year').check();
  await page.getByLabel('Month', { exact: true }).selectOption('12');
  await expect(page.getByLabel('Day', { exact: true })).toHaveValue('1');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await expect(page.getByTestId('count-date-current')).toHaveText('The reports now count on December 1, 2025.');

  await page.goto('/compliance');
  const card = page.getByRole('region', { name: 'Federal reports (CSV)' });
  await expect(card.getByLabel('Count date')).toHaveValue('2025-12-01');
  await expect(card.getByText('The district’s count date is December 1, 2025 (District settings).')).toBeVisible();
  await expect(card.getByRole('link', { name: /Child count by disability/ })).toHaveAttribute(
    'href',
    '/api/v1/reports/child-count.csv?date=2025-12-01',
  );

  // The Early Learning Center's calendar: a bad file first — every rejected row by line and column, nothing written.
  await page.goto('/admin/settings');
  const school = page.locator('[data-testid="calendar-school"][data-school="Lincoln Early Learning Center"]');
  await expect(school).toHaveAttribute('data-present', 'false');
  await school.getByRole('button', { name: 'Manage the calendar of Lincoln Early Learning Center' }).click();
  const panel = page.getByRole('region', { name: 'Calendar of Lincoln Early Learning Center' });
  await expect(panel.getByText('No school year on record yet.')).toBeVisible();
  await panel
    .getByLabel('Or paste the CSV text')
    .fill('date,instructional,note\n2026-08-24,yes,First day\n2026-08-25,perhaps,\n2026-02-30,no,\n');
  await panel.getByRole('button', { name: 'Check the file' }).click();
  const rejected = panel.getByTestId('import-rejected');
  await expect(rejected).toContainText('2 rows were rejected; nothing was imported.');
  await expect(rejected.getByTestId('rejected-rows').locator('tbody tr')).toHaveCount(2);
  await expect(rejected.getByTestId('rejected-rows').locator('tbody tr').first()).toContainText('3');
  await expect(rejected.getByTestId('rejected-rows').locator('tbody tr').first()).toContainText('instructional');
  await expectNoAxeViolations(page, 'calendar import with rejected rows');
  await shot(page, 'settings-rejected-desktop');

  // The real file: checked, then imported; the warning goes.
  await panel.getByLabel('CSV file', { exact: true }).setInputFiles(FIXTURE);
  await expect(panel.getByLabel('Or paste the CSV text')).toHaveValue(/^\uFEFF?Date,Instructional,Note/);
  await panel.getByRole('button', { name: 'Check the file' }).click();
  const preview = panel.getByTestId('import-preview');
  await expect(preview).toContainText('2026-2027: 200 dates listed');
  await expect(preview).toContainText('a new calendar');
  await expectNoAxeViolations(page, 'calendar import preview');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(panel.getByTestId('import-done')).toHaveText('Imported for Lincoln Early Learning Center: 2026-2027.');
  await expect(panel.locator('[data-testid="calendar-year"][data-year="2026-2027"]')).toContainText(
    'August 24, 2026 to May 28, 2027',
  );
  await expect(page.getByTestId('calendar-warning')).toHaveCount(0);
  await expect(school).toHaveAttribute('data-present', 'true');
  await expectNoAxeViolations(page, 'district settings after the import');

  // On the phone, in Spanish.
  await page.setViewportSize(PHONE);
  await page.getByRole('button', { name: /Español/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Configuración del distrito' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await expectNoAxeViolations(page, 'district settings in Spanish on a phone');
  await shot(page, 'settings-phone-es');
  await page.getByRole('button', { name: /English/ }).click();
  await page.setViewportSize({ width: 1280, height: 900 });

  // The preschooler's clock: no warning, no estimate.
  await preschoolerPage(page);
  await expect(page.getByTestId('clock-calendar-warning')).toHaveCount(0);
  await expect(evaluation).toBeVisible();
  await expect(evaluation.getByTestId('deadline-estimated')).toHaveCount(0);
  await shot(page, 'clock-after-import-desktop');

  // Leave the count date as the demo has it, for the specs that come after.
  await page.goto('/admin/settings');
  await page.getByLabel('The first Thursday of October').check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByTestId('count-date-current')).toHaveText('The reports now count on October 1, 2026.');
});
