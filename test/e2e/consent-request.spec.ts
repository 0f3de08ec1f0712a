/**
 * A consent request handed to the parents on paper before it is recorded keeps its real day: the case manager gives
 * that day in the request form (English and Spanish, axe-clean), and the request is recorded with it — so the answer
 * signed on that paper is recorded with its own date, not refused as "signed before it was requested".
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support';

test('the case manager records a paper request with the day it was handed over', async ({ page }) => {
  await signIn(page, 'casemanager@lincoln.demo');
  const student = ((await (await page.request.get('/api/v1/students?q=L1010')).json()) as { data: { id: string }[] })
    .data[0]!;
  await page.goto(`/students/${student.id}`);
  const section = page.getByRole('region', { name: 'Consent and notices' });
  await section.getByRole('button', { name: 'Request consent' }).click();
  const form = section.getByRole('form', { name: 'Request consent from the parents' });
  await form.getByLabel('Consent for').selectOption({ label: 'Release of records' });
  await form
    .getByLabel('What the parents are asked to consent to')
    .fill('Release of the speech evaluation to the community clinic.');
  await form.getByLabel('Records to be released').fill('Speech-language evaluation, October 2026');
  await form.getByLabel('To whom (person or agency)').fill('Community clinic');
  const day = form.getByLabel('Day the parents were asked');
  await expect(day).toHaveAccessibleDescription(/Leave empty for today/);
  // Tomorrow is not a request made: the field says why, in the reader's words.
  await day.fill('2026-12-01');
  await form.getByRole('button', { name: 'Send the request to the family' }).click();
  await expect(
    form.getByText('Give the day the request was made: not after today, and not before the student was born.'),
  ).toBeVisible();
  await expect(day).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'the consent request form with a date refused');

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByLabel('Día en que se pidió a los padres')).toBeVisible();
  await expectNoAxeViolations(page, 'the consent request form (Spanish)');
  await page.getByRole('button', { name: 'English' }).click();

  await day.fill('2026-11-20');
  await form.getByRole('button', { name: 'Send the request to the family' }).click();
  await expect(section.getByRole('status')).toContainText('The request was sent to the family.');
  const list = (await (await page.request.get(`/api/v1/students/${student.id}/consents`)).json()) as {
    data: { type: string; requestedOn: string; description: string }[];
  };
  expect(list.data.find((c) => c.description.startsWith('Release of the speech evaluation'))).toMatchObject({
    type: 'release_of_information',
    requestedOn: '2026-11-20',
  });
});
