/**
 * A plan's findings in the reader's language and tense: a new IEP draft for a student of transition age shows the
 * transition and age-of-majority findings at once, before any date is entered (34 CFR 300.320(b), (c)), with the
 * birthdays written as dates — "turned 16 on October 28, 2025" / "cumplió 16 años el 28 de octubre de 2025" for a
 * birthday already past (as of the server's day), "turns 16 on …" / "cumple 16 años el …" for one to come. Axe on each.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_PASSWORD } from './env';
import { expectNoAxeViolations, signIn } from './support';

async function newDraft(request: APIRequestContext, localId: string): Promise<string> {
  const session = await request.post('/api/v1/session', {
    data: { email: 'casemanager@lincoln.demo', password: E2E_PASSWORD },
  });
  const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
  const student = ((await (await request.get(`/api/v1/students?q=${localId}`)).json()) as { data: { id: string }[] })
    .data[0]!;
  const res = await request.post(`/api/v1/students/${student.id}/plans`, {
    headers: { 'X-CSRF-Token': csrf },
    data: { type: 'iep' },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const checks = (page: Page, section: string | RegExp) =>
  page.getByRole('region', { name: section }).getByRole('complementary');

test('a draft for a 17-year-old shows the transition finding before any date is entered, with the birthday as a past date, in English and Spanish', async ({
  page,
  browser,
}) => {
  // L1020 (Omar Harris) was born on 2009-10-28: he turned 16 on 2025-10-28 and 17 on 2026-10-28; the server's day is 2026-11-30.
  const api = await browser.newContext();
  const planId = await newDraft(api.request, 'L1020');
  await api.close();

  await signIn(page, 'casemanager@lincoln.demo');
  await page.goto(`/plans/${planId}`);
  await expect(page.getByLabel('Meeting date')).toHaveValue('');
  const transition = checks(page, 'Transition services');
  await expect(transition).toContainText(
    'The student turned 16 on October 28, 2025. Write a measurable postsecondary goal for employment.',
  );
  await expect(transition).toContainText('34 CFR 300.320(b)(1)');
  await expect(checks(page, 'Transfer of rights at the age of majority')).toContainText(
    'The student turned 17 on October 28, 2026. State that the student has been told of the rights that transfer to them at 18.',
  );
  await expect(page.locator('main')).not.toContainText(/\d{4}-\d{2}-\d{2}/); // no ISO date reaches the reader
  await page.getByRole('region', { name: 'Transition services' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '.tmp/screens/plan-findings-transition-en.png' });
  await expectNoAxeViolations(page, 'a new draft with transition findings');

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const transicion = checks(page, 'Servicios de transición');
  await expect(transicion).toContainText(
    'El estudiante cumplió 16 años el 28 de octubre de 2025. Escriba una meta postsecundaria medible de empleo.',
  );
  await expect(checks(page, 'Transferencia de derechos a la mayoría de edad')).toContainText(
    'El estudiante cumplió 17 años el 28 de octubre de 2026.',
  );
  await expect(transicion).not.toContainText(/turned|Write a|transition\./);
  await page.getByRole('region', { name: 'Servicios de transición' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '.tmp/screens/plan-findings-transition-es.png' });
  await expectNoAxeViolations(page, 'a new draft with transition findings (Spanish)');
});

test('a draft for a student who turns 16 during it says "turns" with the day, and follows the dates as they are typed', async ({
  page,
  browser,
}) => {
  // L1011 (Leah Kim) was born on 2011-06-14: she turns 16 on 2027-06-14, within a year of today.
  const api = await browser.newContext();
  const planId = await newDraft(api.request, 'L1011');
  await api.close();

  await page.addInitScript(() => window.localStorage.setItem('openiep.locale', 'es'));
  await signIn(page, 'casemanager@lincoln.demo');
  await page.goto(`/plans/${planId}`);
  const transicion = checks(page, 'Servicios de transición');
  await expect(transicion).toContainText(
    'El estudiante cumple 16 años el 14 de junio de 2027, antes de que termine este IEP (hacia el 29 de noviembre de 2027: aún no tiene fecha de fin, así que un año desde que se redacta).',
  );
  await expectNoAxeViolations(page, 'a draft for a student who turns 16 during it (Spanish)');

  await page.getByRole('button', { name: 'English' }).click();
  const transition = checks(page, 'Transition services');
  await expect(transition).toContainText(
    'The student turns 16 on June 14, 2027, before this IEP ends (about November 29, 2027: no end date yet, so a year from its writing).',
  );
  // An end date before the birthday: no transition finding in this IEP.
  await page.getByLabel('Plan ends').fill('2027-06-13');
  await expect(page.getByTestId('save-status')).toHaveText(/All changes saved/);
  await expect(transition).not.toContainText('turns 16');
  await page.getByLabel('Plan ends').fill('2027-06-14');
  await expect(page.getByTestId('save-status')).toHaveText(/All changes saved/);
  await expect(transition).toContainText(
    'The student turns 16 on June 14, 2027, before this IEP ends (June 14, 2027).',
  );
  await expectNoAxeViolations(page, 'a draft for a student who turns 16 during it');
});
