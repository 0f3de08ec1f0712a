/**
 * A case manager's day: sign in, the caseload, search and filters, a student's record with guardians and
 * the access log, the Spanish interface, signing out. Axe checks each page on the way.
 */
import { expect, request, test, type Page } from '@playwright/test';
import { E2E_PASSWORD } from './env';
import { expectNoAxeViolations, loadedRows, submitSignIn } from './support';

const studentsResponse = (page: Page, match: (url: URL) => boolean) =>
  page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === '/api/v1/students' && r.request().method() === 'GET' && match(url);
  });

test('case manager: caseload, search and filters, a student record, access log, Spanish, sign out', async ({
  page,
}) => {
  // Not signed in: the home page sends to sign-in, and a first visit is not told its session ended.
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('Your session ended')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page, 'sign-in page');

  // A wrong password: the API's problem detail in an alert, and the button is usable again.
  await submitSignIn(page, 'casemanager@lincoln.demo', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('Email or password is incorrect.');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await expectNoAxeViolations(page, 'sign-in page with an error');

  // Submitting disables the button until the API answers.
  await page.getByLabel('Email address').fill('casemanager@lincoln.demo');
  await page.getByLabel('Password').fill(E2E_PASSWORD);
  let releaseSignIn: () => void = () => {};
  const held = new Promise<void>((resolve) => (releaseSignIn = resolve));
  await page.route(
    '**/api/v1/session',
    async (route) => {
      await held;
      await route.continue();
    },
    { times: 1 },
  );
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
  releaseSignIn();

  // Home is the caseload.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My caseload' })).toBeVisible();
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Maria Alvarez');
  await expect(banner).toContainText('Case manager');
  const rows = await loadedRows(page);
  await expect(rows).toHaveCount(20);
  await expect(page.getByRole('status').filter({ hasText: 'students shown' })).toHaveText(
    '20 students shown; more are available',
  );
  // Every student on the caseload is managed by this case manager.
  await expect(rows.filter({ hasNotText: 'Maria Alvarez' })).toHaveCount(0);
  // The case manager may see disability categories: the column is there.
  await expect(page.getByRole('columnheader', { name: 'Disability category' })).toBeVisible();
  await expectNoAxeViolations(page, 'caseload (home)');

  // Load more: the rest of the caseload, then no more button.
  const more = studentsResponse(page, (u) => u.searchParams.has('cursor'));
  await page.getByRole('button', { name: 'Load more' }).click();
  await more;
  await expect(rows).toHaveCount(25);
  await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);
  // Focus moved to the first student of the new page.
  await expect(page.locator('table.student-table tbody tr').nth(20).getByRole('link')).toBeFocused();
  const all = await rows.count();

  // Search by name (debounced): only matching students, and the search is in the address.
  const searched = studentsResponse(page, (u) => u.searchParams.get('q') === 'Anderson');
  await page.getByLabel('Search by name').fill('Anderson');
  await searched;
  await expect(page).toHaveURL(/[?&]q=Anderson/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Anderson, Noah');

  // Filter by status: every row shows that status, and fewer than all.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(20);
  const byStatus = studentsResponse(page, (u) => u.searchParams.get('status') === 'plan_504');
  await page.getByLabel('Special-education status').selectOption({ label: '504 plan' });
  await byStatus;
  await loadedRows(page);
  const n504 = await rows.count();
  expect(n504).toBeGreaterThan(0);
  expect(n504).toBeLessThan(all);
  await expect(rows.filter({ hasNotText: '504 plan' })).toHaveCount(0);

  // And by school, combined with the status.
  const bySchool = studentsResponse(
    page,
    (u) => u.searchParams.has('schoolId') && u.searchParams.get('status') === 'plan_504',
  );
  await page.getByLabel('School', { exact: true }).selectOption({ label: 'Lincoln High School' });
  await bySchool;
  await loadedRows(page);
  const nHigh = await rows.count();
  expect(nHigh).toBeGreaterThan(0);
  expect(nHigh).toBeLessThan(n504);
  await expect(rows.filter({ hasNotText: 'Lincoln High School' })).toHaveCount(0);
  await expect(rows.filter({ hasNotText: '504 plan' })).toHaveCount(0);

  // Open a student.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  const found = studentsResponse(page, (u) => u.searchParams.get('q') === 'Anderson');
  await page.getByLabel('Search by name').fill('Anderson');
  await found;
  await page.getByRole('link', { name: 'Anderson, Noah' }).click();
  await expect(page).toHaveURL(/\/students\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Noah Anderson' })).toBeVisible();
  // After a navigation in the app, focus is on the new page's heading (screen readers announce it).
  await expect(page.getByRole('heading', { level: 1, name: 'Noah Anderson' })).toBeFocused();

  // Profile.
  const profile = page.getByRole('region', { name: 'Profile' });
  await expect(profile).toContainText('Date of birth');
  await expect(profile).toContainText('September 19, 2012');
  await expect(profile).toContainText('Grade 8');
  await expect(profile).toContainText('Lincoln Middle School');
  await expect(profile).toContainText('District student ID');
  const sped = page.getByRole('region', { name: 'Special education' });
  await expect(sped).toContainText('Primary disability category');
  await expect(sped).toContainText('Deafness');

  // Guardians.
  const guardians = page.getByRole('region', { name: 'Parents and guardians' });
  await expect(guardians.getByTestId('guardian')).not.toHaveCount(0);
  await expect(guardians.getByTestId('guardian').first()).toContainText('Educational rights');
  await expect(guardians).toContainText('Preferred language');

  // Who has looked at this record: at least this case manager's own read, newest first.
  const log = page.getByRole('region', { name: 'Who has looked at this record' });
  const table = log.getByRole('table', { name: 'Access to the records of Noah Anderson, newest first' });
  await expect(table).toBeVisible();
  const ownRead = table
    .getByRole('row')
    .filter({ hasText: 'Opened the student’s record' })
    .filter({ hasText: 'Maria Alvarez' });
  await expect(ownRead.first()).toBeVisible();
  await expect(ownRead.first()).toContainText('Case manager');
  await expect(ownRead.first()).toContainText('Allowed');
  const times = await table
    .locator('time')
    .evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime') ?? '')));
  expect(times.length).toBeGreaterThan(1);
  expect(times).toEqual([...times].sort((a, b) => b - a));
  await expectNoAxeViolations(page, 'student page');

  // Español: the interface, the headings and <html lang> change; the choice survives a reload.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 2, name: 'Perfil' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Padres y tutores' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Quién ha consultado este expediente' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Perfil' })).toContainText('19 de septiembre de 2012');
  await expect(page.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('link', { name: 'Inicio' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Coordinador de casos');
  await expectNoAxeViolations(page, 'student page in Spanish');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Quién ha consultado este expediente' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  // Sign out: back to sign-in, and the session is revoked on the server (the old cookie no longer works).
  const session = (await page.context().cookies()).find((c) => c.name === 'openiep_session');
  expect(session).toBeDefined();
  const replay = await request.newContext({
    baseURL: page.url(),
    extraHTTPHeaders: { Cookie: `openiep_session=${session!.value}` },
  });
  expect((await replay.get('/api/v1/me')).status()).toBe(200);
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText('Ha cerrado la sesión.')).toBeVisible();
  expect((await replay.get('/api/v1/me')).status()).toBe(401);
  await replay.dispose();
  await page.goto('/students');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fstudents$/);
});
