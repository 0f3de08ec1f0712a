/** Session expiry: a 401 from the API sends the person to sign in, and back to where they were afterwards. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loadedRows, signIn, submitSignIn } from './support';

test('an ended session sends to sign-in with next=…, and signing in returns to the same student', async ({
  page,
  context,
}) => {
  await signIn(page, 'casemanager@lincoln.demo');
  const rows = await loadedRows(page);
  await rows.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/students\/[0-9a-f-]{36}$/);
  const studentPath = new URL(page.url()).pathname;
  const name = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  expect(name.trim()).not.toBe('');

  // The session cookie disappears (as when the session ends); reloading asks the API and gets 401.
  await context.clearCookies();
  await page.reload();
  await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(studentPath)}`);
  await expect(
    page.getByRole('status').filter({ hasText: 'Your session ended; sign in again to continue.' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'sign-in page after the session ended');

  await submitSignIn(page, 'casemanager@lincoln.demo');
  await expect(page).toHaveURL(studentPath);
  await expect(page.getByRole('heading', { level: 1, name: name.trim() })).toBeVisible();

  // A 401 on a request made by the page itself (not a reload) does the same: here, going back to the list.
  // (First let the student page finish loading its sections — the last is the family panel — so that the 401
  // comes from this click.)
  await expect(page.getByRole('region', { name: 'Family input and requests' })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  await context.clearCookies();
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await expect(page).toHaveURL('/sign-in?next=%2F');
  await expect(page.getByText('Your session ended; sign in again to continue.')).toBeVisible();
  await submitSignIn(page, 'casemanager@lincoln.demo');
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: 'My caseload' })).toBeVisible();
});

test('sign-in only follows next= to a path on this site', async ({ page }) => {
  await page.goto('/sign-in?next=%2F%2Fevil.example%2Fsteal');
  await submitSignIn(page, 'casemanager@lincoln.demo');
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: 'My caseload' })).toBeVisible();
});
