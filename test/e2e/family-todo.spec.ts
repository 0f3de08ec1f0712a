/** The family's home lists what waits for their answer; answering it takes it off the list. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support';

test("a consent the school asks for appears on the parent's home, and leaves it once signed", async ({ browser }) => {
  // The case manager asks for consent to release records (a new request, whatever other tests have answered).
  const staff = await browser.newContext();
  const cm = await staff.newPage();
  await signIn(cm, 'casemanager@lincoln.demo');
  const me = (await (await cm.request.get('/api/v1/me')).json()) as { csrfToken: string };
  const child = ((await (await cm.request.get('/api/v1/students?q=L1001')).json()) as { data: { id: string }[] })
    .data[0]!.id;
  const created = await cm.request.post(`/api/v1/students/${child}/consents`, {
    headers: { 'X-CSRF-Token': me.csrfToken },
    data: {
      type: 'release_of_information',
      description: 'Share the speech evaluation with the private therapist.',
      recordsToRelease: 'Speech-language evaluation, 2026',
      releaseTo: 'Bright Words Therapy',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const consentId = ((await created.json()) as { id: string }).id;
  await staff.close();

  const family = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await family.newPage();
  await signIn(page, 'parent@lincoln.demo');
  const todo = page.getByRole('region', { name: 'Esperan su respuesta' });
  const task = todo.getByRole('link', { name: /Camila: la escuela pide su consentimiento/ });
  await expect(task.first()).toBeVisible();
  const before = await task.count();
  await expectNoAxeViolations(page, 'parent home with what waits for an answer (Spanish, phone)');
  await task.first().click();
  await expect(page).toHaveURL(/\/students\/[0-9a-f-]{36}#consents-heading$/);
  // Signed (in the portal: typed name and the checkbox), it is no longer waiting.
  const csrf = ((await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string }).csrfToken;
  const signed = await page.request.post(`/api/v1/consents/${consentId}/answer`, {
    headers: { 'X-CSRF-Token': csrf },
    data: { decision: 'given', typedName: 'Elena Lopez', confirm: true },
  });
  expect(signed.status(), await signed.text()).toBe(200);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Mis hijos' })).toBeVisible();
  await expect(todo.getByRole('link', { name: /Camila: la escuela pide su consentimiento/ })).toHaveCount(before - 1);
  await family.close();
});
