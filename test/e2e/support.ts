/** Helpers for the end-to-end tests: signing in, and the accessibility check run on every page visited. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { E2E_PASSWORD } from './env';

/** Fills in and submits the sign-in form on the page that is open (it must be /sign-in). */
export async function submitSignIn(page: Page, email: string, password = E2E_PASSWORD): Promise<void> {
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel(/^(Email address|Correo electrónico)$/).fill(email);
  await page.getByLabel(/^(Password|Contraseña)$/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Iniciar sesión)$/ }).click();
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await submitSignIn(page, email);
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** WCAG 2.1 A and AA rules (axe-core); fails with a readable list of what broke where. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  // Let pending requests settle, so that the page checked is the page a person would see.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  expect(summary, `axe violations on ${label}`).toEqual([]);
  // Guard against checking an empty page: axe must have run its rules on real content.
  expect(results.passes.length, `axe found nothing to check on ${label}`).toBeGreaterThan(10);
}

/** The student rows of the list once it has finished loading. */
export async function loadedRows(page: Page) {
  await expect(page.locator('table.student-table[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /Loading|Cargando/ })).toHaveCount(0);
  return page.getByTestId('student-row');
}
