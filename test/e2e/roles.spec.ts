/** What other people see: a teacher gets no disability category; a parent sees exactly their one child, in their language, on a phone. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loadedRows, signIn } from './support';

test('a teacher sees students without their disability category', async ({ page }) => {
  await signIn(page, 'teacher@lincoln.demo');
  await expect(page.getByRole('heading', { level: 1, name: 'Students' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Teacher');
  const rows = await loadedRows(page);
  await expect(rows.first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Status' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Disability category' })).toHaveCount(0);

  // Keyboard: the first Tab reaches the skip link, which moves focus to the main content.
  await page.reload();
  await loadedRows(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // Noah Anderson's primary category is deafness (the case manager's test sees it); the teacher must not.
  await page.getByRole('link', { name: 'Anderson, Noah' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Noah Anderson' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Profile' })).toContainText('Date of birth');
  const sped = page.getByRole('region', { name: 'Special education' });
  await expect(sped).toContainText('Eligible for an IEP');
  await expect(page.getByText('Primary disability category')).toHaveCount(0);
  await expect(page.getByText('Deafness')).toHaveCount(0);
  // Identifiers are not shown to teachers either.
  await expect(page.getByText('District student ID')).toHaveCount(0);
  await expectNoAxeViolations(page, 'student page as a teacher');
  // The page asks only for what a teacher may see: opening it leaves no refused attempt in the access log.
  const studentId = new URL(page.url()).pathname.split('/').pop()!;
  const log = (await (await page.request.get(`/api/v1/students/${studentId}/access-log?limit=100`)).json()) as {
    data: { outcome: string; action: string }[];
  };
  expect(log.data.filter((e) => e.outcome === 'denied').map((e) => e.action)).toEqual([]);
});

test('a student id that does not exist shows "not found", not a crash', async ({ page }) => {
  await signIn(page, 'teacher@lincoln.demo');
  await page.goto('/students/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Student not found' })).toBeVisible();
  await page.goto('/students/not-an-id');
  await expect(page.getByRole('heading', { level: 1, name: 'Student not found' })).toBeVisible();
  await expectNoAxeViolations(page, 'student not found');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a parent sees exactly one child, in Spanish (their preferred language)', async ({ page }) => {
    await signIn(page, 'parent@lincoln.demo');
    // No language was chosen on this device: the parent's preferred language (Spanish) is used.
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: 'Mis hijos' })).toBeVisible();
    const rows = await loadedRows(page);
    await expect(rows).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: 'estudiante' })).toHaveText('Se muestra 1 estudiante');
    // No search or filters for a parent, and no "Students" section: home and the inbox only.
    await expect(page.getByRole('search')).toHaveCount(0);
    await expect(page.getByRole('navigation').getByRole('link')).toHaveCount(2);
    await expect(page.getByRole('navigation').getByRole('link', { name: /^Bandeja de entrada/ })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Estudiantes' })).toHaveCount(0);
    // The list is a stack of cards that fits the screen: no sideways scrolling.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'parent home on a phone (Spanish)');

    await rows.first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Padres y tutores' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Quién ha consultado este expediente' })).toBeVisible();
    const log = page.getByRole('region', { name: 'Quién ha consultado este expediente' });
    await expect(
      log.getByTestId('access-log-entry').filter({ hasText: 'Abrió el expediente del estudiante' }).first(),
    ).toBeVisible();
    const overflowRecord = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflowRecord).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'student page on a phone (Spanish)');

    // The parent can switch to English, and the choice is kept.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: 'Who has looked at this record' })).toBeVisible();
    await expectNoAxeViolations(page, 'student page on a phone (English)');
  });
});
