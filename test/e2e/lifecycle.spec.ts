/**
 * Consent to initial services (34 CFR 300.300(b)) and leaving special education (300.102, 300.305(e)), as people use
 * them: the case manager sees Benjamin's first IEP waiting for consent; his mother signs it on a phone and the IEP is
 * in effect; an administrator writes a graduate's summary of performance, provides it, and prints it. Axe-clean.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support';

async function studentId(page: Page, localId: string): Promise<string> {
  const r = (await (await page.request.get(`/api/v1/students?q=${localId}`)).json()) as { data: { id: string }[] };
  return r.data[0]!.id;
}

async function benjaminPlan(page: Page, id: string): Promise<{ id: string; status: string }> {
  const plans = (await (await page.request.get(`/api/v1/students/${id}/plans`)).json()) as {
    data: { id: string; status: string; type: string }[];
  };
  return plans.data.find((p) => p.type === 'iep' && (p.status === 'awaiting_consent' || p.status === 'active'))!;
}

test('a first IEP waits for consent to services; the parent signs on a phone and it takes effect', async ({
  browser,
}) => {
  // The case manager: the plan says it is not in effect, and where the consent is.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, 'casemanager@lincoln.demo');
  const benjamin = await studentId(staff, 'L1016');
  const plan = await benjaminPlan(staff, benjamin);
  expect(plan.status).toBe('awaiting_consent');
  await staff.goto(`/plans/${plan.id}`);
  const wait = staff.getByTestId('awaiting-consent');
  await expect(wait).toContainText('Not in effect yet');
  await expect(wait).toContainText('34 CFR 300.300(b)(1)');
  await expect(staff.locator('.badge-plan-awaiting_consent').first()).toHaveText('Awaiting consent');
  await expectNoAxeViolations(staff, 'an IEP awaiting consent');
  await staff.screenshot({ path: '.tmp/screens/lifecycle-awaiting.png', fullPage: false });
  await wait.getByRole('link', { name: 'Go to the consent request' }).click();
  await expect(staff).toHaveURL(new RegExp(`/students/${benjamin}#consents-heading`));
  // The case clock shows the wait as excused, not overdue (300.300(b)(3)(ii)).
  const row = staff.locator('tr', { hasText: 'consent to start services' });
  await expect(row.first()).toContainText(/Delayed/);

  // The parent, on a phone: the request is on her home page; she signs it.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, locale: 'en-US' });
  const parent = await context.newPage();
  await signIn(parent, 'parent3@lincoln.demo');
  await parent.goto(`/students/${benjamin}`);
  const card = parent
    .getByTestId('consent')
    .filter({ hasText: /special education services|servicios de educación especial/ });
  await expect(card).toHaveCount(1);
  await expectNoAxeViolations(parent, 'the consent to services, on a phone');
  await card.screenshot({ path: '.tmp/screens/lifecycle-parent-consent.png' });
  await card.getByLabel(/^(Yes, I give my consent|Sí, doy mi consentimiento)$/).check();
  await card.getByLabel(/^(Type your full name|Escriba su nombre completo)/).fill('Grace Miller');
  await card.getByLabel(/^(I have read|He leído lo que se me pide)/).check();
  await card.getByRole('button', { name: /^(Sign and send my answer|Firmar y enviar mi respuesta)$/ }).click();
  await expect(card.locator('.badge-consent')).toHaveText(/Consent given|Consentimiento otorgado/);
  expect(await parent.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();

  // The IEP is now the plan in effect, from the day consent came (the tests' today, after the planned start).
  const after = await benjaminPlan(staff, benjamin);
  expect(after).toMatchObject({ id: plan.id, status: 'active' });
  await staff.goto(`/plans/${plan.id}`);
  await expect(staff.getByTestId('awaiting-consent')).toHaveCount(0);
  await expect(staff.locator('.badge-plan-active').first()).toHaveText('In effect');
  await staffContext.close();
});

test('an administrator writes a graduate’s summary of performance, provides it and prints it', async ({ page }) => {
  await signIn(page, 'admin@lincoln.demo');
  const graduate = await studentId(page, 'L1050');
  await page.goto(`/students/${graduate}`);
  const section = page.getByRole('region', { name: 'Leaving special education' });
  await expect(section.getByTestId('exit-recorded')).toContainText('Graduated with a regular diploma');
  await expect(section).toContainText('Summary of performance (34 CFR 300.305(e)(3))');
  await section.getByRole('button', { name: 'Write a summary of performance' }).click();
  const editor = section.getByTestId('sop-editor');
  await editor
    .getByLabel('Academic achievement', { exact: true })
    .fill('Passed all courses for a regular diploma; reads at grade level with text-to-speech.');
  await editor
    .getByLabel('Functional performance', { exact: true })
    .fill('Uses a planner and phone reminders independently; asks for help when needed.');
  await editor
    .getByLabel('Postsecondary goals', { exact: true })
    .fill('Enrol in a community college certificate program in welding.');
  // Provide refuses while a required part is blank, naming it.
  await editor.getByRole('button', { name: 'Provide to the student' }).click();
  await expect(editor.getByRole('alert')).toContainText('Recommendations to help meet the postsecondary goals');
  await editor
    .getByLabel('Recommendations to help meet the postsecondary goals')
    .fill('Request disability services at college intake; keep using text-to-speech.');
  await expect(editor.getByTestId('sop-save-status')).toHaveText('Saved.', { timeout: 10_000 });
  await expectNoAxeViolations(page, 'the summary of performance editor');
  await section.screenshot({ path: '.tmp/screens/lifecycle-sop-editor.png' });
  await editor.getByRole('button', { name: 'Provide to the student' }).click();
  const provided = section.getByTestId('sop');
  await expect(provided).toContainText(/Provided on .* by Dana Whitfield/);
  await expect(section.getByTestId('sop-editor')).toHaveCount(0);
  const pdf = await page.request.get(
    (await provided.getByRole('link', { name: /PDF, Español/ }).getAttribute('href'))!,
  );
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  await expectNoAxeViolations(page, 'a provided summary of performance');
  await section.screenshot({ path: '.tmp/screens/lifecycle-sop-provided.png' });
});
