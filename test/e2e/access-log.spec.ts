/** The access log pages: newest first, "Show older entries" continues where the first page ended. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loadedRows, signIn } from './support';

test('the access log shows the newest entries first and pages back through older ones', async ({ page }) => {
  await signIn(page, 'admin@lincoln.demo');
  const rows = await loadedRows(page);
  await rows.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/students\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split('/').pop()!;

  // Thirty more reads of this record, each one an entry, with a stated reason on the last one.
  for (let i = 0; i < 30; i++) {
    const res = await page.request.get(`/api/v1/students/${id}`);
    expect(res.status()).toBe(200);
  }
  expect(
    (
      await page.request.get(`/api/v1/students/${id}?purpose=${encodeURIComponent('Annual review preparation')}`)
    ).status(),
  ).toBe(200);
  await page.reload();

  const log = page.getByRole('region', { name: 'Who has looked at this record' });
  const entries = log.getByTestId('access-log-entry');
  await expect(entries).toHaveCount(25);
  // Newest first: the reload's own read, then the read with a reason, by this administrator.
  // (Opening the page also lists the student's plans, which is logged too: look at the reads.)
  const reads = log.locator('[data-testid="access-log-entry"][data-action="student.read"]');
  await expect(reads.nth(0)).toContainText('Opened the student’s record');
  await expect(reads.nth(0)).not.toContainText('Reason given');
  await expect(reads.nth(1)).toContainText('Opened the student’s record');
  await expect(reads.nth(1)).toContainText('Reason given: Annual review preparation');
  await expect(reads.nth(1)).toContainText('Dana Whitfield');
  await expect(reads.nth(1)).toContainText('District administrator');

  const older = page.getByRole('button', { name: 'Show older entries' });
  await older.click();
  await expect(entries).not.toHaveCount(25);
  const count = await entries.count();
  expect(count).toBeGreaterThan(25);
  // Still newest first, and no entry twice.
  const times = await log
    .locator('time')
    .evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime') ?? '')));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  const ids = await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id')));
  expect(new Set(ids).size).toBe(count);
  await expectNoAxeViolations(page, 'student page with a long access log');
});
