/**
 * The discipline page (34 CFR 300.530–300.536): the case manager records removals and sees the count against 10
 * with its warning, the "pattern determination needed" finding past day 10, records the determination, the
 * parents' notice and the manifestation determination; the parent reads their child's record on a phone, in
 * Spanish too. Axe checks each screen; screenshots at desktop and phone size go to the test's output folder.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support';

const PHONE = { width: 390, height: 844 };

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

async function studentId(page: Page, localId: string): Promise<string> {
  const res = await page.request.get(`/api/v1/students?q=${localId}`);
  return ((await res.json()) as { data: { id: string }[] }).data[0]!.id;
}

test('case manager: removals, the count against 10, the pattern determination, the notice and the MDR', async ({
  page,
}) => {
  await signIn(page, 'casemanager@lincoln.demo');
  const id = await studentId(page, 'L1014');
  await page.goto(`/students/${id}`);
  await page.getByRole('link', { name: 'Open the discipline record' }).click();
  await expect(page).toHaveURL(new RegExp(`/students/${id}/discipline$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Discipline –');
  const count = page.getByRole('region', { name: /School days of removal in 2026-2027/ });
  await expect(count).toContainText('0 school days of removal counted, of 10.');
  await expect(page.getByRole('meter', { name: /School days of removal counted in 2026-2027: 0 of 10/ })).toBeVisible();
  await expectNoAxeViolations(page, 'an empty discipline record');

  const recordRemoval = async (fill: () => Promise<void>) => {
    await page.getByRole('button', { name: 'Record a removal' }).click();
    const form = page.getByRole('region', { name: 'Record a removal' });
    await expect(form.getByRole('heading', { name: 'Record a removal' })).toBeFocused();
    await fill();
    const posted = page.waitForResponse(
      (r) => r.url().endsWith(`/api/v1/students/${id}/discipline/removals`) && r.request().method() === 'POST',
    );
    await form.getByRole('button', { name: 'Save' }).click();
    expect((await posted).status()).toBe(201);
    await expect(page.getByRole('status').filter({ hasText: 'The removal is recorded.' })).toBeFocused();
  };

  // A five-day suspension in October.
  await recordRemoval(async () => {
    const form = page.getByRole('region', { name: 'Record a removal' });
    await form.getByLabel('Type of removal').selectOption('out_of_school_suspension');
    await form.getByLabel('First day').fill('2026-10-05');
    await form.getByLabel('Number of school days', { exact: true }).fill('5');
    await form.getByLabel('What happened (the conduct)').fill('Threw a book at a classmate.');
    // Nothing is sent until the form is complete: the missing field is named.
    await form.getByLabel('What happened (the conduct)').fill('');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('alert')).toHaveText('Check the fields marked below.');
    await expect(form.getByLabel('What happened (the conduct)')).toHaveAttribute('aria-invalid', 'true');
    await form.getByLabel('What happened (the conduct)').fill('Threw a book at a classmate.');
    await expectNoAxeViolations(page, 'the removal form');
    await shot(page, 'removal-form-desktop');
  });
  await expect(count).toContainText('5 school days of removal counted, of 10.');

  // An in-school suspension without the IEP services counts: day 9, the warning before day 10.
  await recordRemoval(async () => {
    const form = page.getByRole('region', { name: 'Record a removal' });
    await form.getByLabel('Type of removal').selectOption('in_school_suspension');
    await form.getByLabel('First day').fill('2026-11-02');
    await form.getByLabel('Number of school days', { exact: true }).fill('4');
    await form.getByLabel('continue to progress appropriately in the general curriculum').check();
    await form.getByLabel('continue to participate with non-disabled peers as in the current placement').check();
    await form.getByLabel('What happened (the conduct)').fill('Threw a chair.');
  });
  await expect(count).toContainText('9 school days of removal counted, of 10.');
  await expect(count).toContainText('Day 8 reached');
  await expect(page.getByTestId('removal').nth(1)).toContainText('the student was not afforded all three');

  // Two more days, not back to back: day 11. Services are required, and a pattern determination is needed.
  await recordRemoval(async () => {
    const form = page.getByRole('region', { name: 'Record a removal' });
    await form.getByLabel('Type of removal').selectOption('out_of_school_suspension');
    await form.getByLabel('First day').fill('2026-11-17');
    await form.getByLabel('Number of school days', { exact: true }).fill('2');
    await form.getByLabel('What happened (the conduct)').fill('Threw a stapler at a classmate.');
  });
  await expect(count).toContainText('11 school days of removal counted, of 10.');
  await expect(count).toContainText('from November 18, 2026 (day 11) services are required');
  const next = page.getByRole('region', { name: 'What to do next' });
  await expect(next).toContainText('Pattern determination needed');
  await expect(page.getByRole('region', { name: 'Changes of placement' })).toContainText(
    'No change of placement this school year',
  );
  await expectNoAxeViolations(page, 'a record past day 10');
  await shot(page, 'past-ten-desktop');

  // The pattern determination: the factors drafted from the removals, who decided, and yes.
  await next.getByRole('button', { name: 'Record the pattern determination' }).click();
  const pattern = page.getByRole('region', { name: 'Is this series of removals a pattern?' });
  await expect(pattern.getByLabel('Total time removed')).toHaveValue(
    '11 school days counted in the removals considered.',
  );
  await pattern
    .getByRole('group', { name: 'Is the behavior substantially similar to the behavior in the previous incidents?' })
    .getByLabel('Yes')
    .check();
  await pattern.getByLabel('Determined by').fill('Maria Alvarez, case manager; Dana Fox, assistant principal');
  await pattern
    .getByRole('group', { name: 'Do the removals form a pattern (a change of placement)?' })
    .getByLabel('Yes')
    .check();
  await expectNoAxeViolations(page, 'the pattern form');
  await pattern.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The pattern determination is recorded.' })).toBeVisible();
  const decisions = page.getByRole('region', { name: 'Changes of placement' });
  await expect(decisions.getByTestId('decision')).toHaveCount(1);
  await expect(decisions).toContainText('A series of removals the district determined to be a pattern.');
  // Decided today (30 November): the MDR is due on the 10th school day after, 14 December.
  await expect(decisions).toContainText('due December 14, 2026.');
  await expect(next).toContainText('Notify the parents of the decision of November 30, 2026');

  // The parents' notice, the same day.
  await decisions.getByRole('button', { name: /Record the notice to the parents/ }).click();
  const notice = page.getByRole('region', { name: 'Record the notice to the parents' });
  await notice.getByLabel('How').selectOption('phone');
  await notice.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The notice to the parents is recorded.' })).toBeVisible();
  await expect(decisions).toContainText('notified November 30, 2026 (by phone)');

  // The MDR: both questions no, so the discipline proceeds with services.
  await decisions.getByRole('button', { name: /Record the manifestation determination/ }).click();
  const mdr = page.getByRole('region', { name: 'Record the manifestation determination' });
  await mdr
    .getByRole('group', { name: /caused by, or did it have a direct and substantial relationship/ })
    .getByLabel('No')
    .check();
  await mdr
    .getByRole('group', { name: /failure to implement the IEP/ })
    .getByLabel('No')
    .check();
  await expect(mdr.getByRole('status')).toContainText('The conduct was not a manifestation of the disability.');
  await mdr
    .getByLabel('Services during the removal (optional)')
    .fill('Assignments and check-ins with the resource teacher three times a week.');
  await expectNoAxeViolations(page, 'the MDR form');
  await mdr.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The manifestation determination is recorded.' }),
  ).toBeVisible();
  await expect(decisions).toContainText('The discipline proceeds as for children without disabilities');
  await expect(next).not.toContainText('Hold the manifestation determination');
  await expectNoAxeViolations(page, 'the record after the MDR');
  await shot(page, 'after-mdr-desktop');

  // The case clock on the student page agrees: the MDR met.
  await page.goto(`/students/${id}`);
  await expect(page.locator('[data-rule="mdr"]').first()).toContainText('Met');
});

test('parent: their child’s removals on a phone, in English and Spanish; the teacher sees no discipline link', async ({
  browser,
}) => {
  // The case manager records a one-day removal for the parent's child (not a change of placement).
  const staff = await browser.newContext();
  const cm = await staff.newPage();
  await signIn(cm, 'casemanager@lincoln.demo');
  const id = await studentId(cm, 'L1001');
  const csrf = ((await (await cm.request.get('/api/v1/me')).json()) as { csrfToken: string }).csrfToken;
  const rec = await cm.request.post(`/api/v1/students/${id}/discipline/removals`, {
    headers: { 'X-CSRF-Token': csrf },
    data: {
      type: 'bus_suspension',
      firstDay: '2026-11-18',
      schoolDays: 2,
      bus: { transportationInIep: false, otherTransportationProvided: false },
      behavior: 'Stood on the seat while the bus was moving.',
    },
  });
  expect(rec.status()).toBe(201);
  await staff.close();

  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, 'parent@lincoln.demo');
  await page.goto(`/students/${id}`);
  // The parent reads in her own language (Spanish, her preferred language), then in English.
  await page.getByRole('link', { name: 'Abrir el expediente disciplinario' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Disciplina –');
  const removal = page.getByTestId('removal');
  await expect(removal).toContainText('Suspensión del autobús');
  await expect(removal).toContainText('el transporte no figura en el IEP');
  await expect(page.getByRole('region', { name: /Días escolares de separación en 2026-2027/ })).toContainText(
    '0 días escolares de separación contados, de 10.',
  );
  // The family reads; the server says they may not record, so there is no button to.
  await expect(page.getByRole('button', { name: /Registrar una separación|Record a removal/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Anular|Void)/ })).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: 'nothing wider than a phone' })
    .toBeLessThanOrEqual(PHONE.width);
  await expectNoAxeViolations(page, 'the parent’s discipline page on a phone, in Spanish');
  await shot(page, 'parent-phone-es');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Discipline –');
  await expect(page.getByText(/Each time your child was removed/)).toBeVisible();
  await expect(removal).toContainText('Bus suspension');
  await expect(removal).toContainText('transportation is not in the IEP');
  await expect(page.getByRole('region', { name: /School days of removal in 2026-2027/ })).toContainText(
    '0 school days of removal counted, of 10.',
  );
  await expectNoAxeViolations(page, 'the parent’s discipline page on a phone');
  await shot(page, 'parent-phone');
  await context.close();

  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signIn(teacher, 'teacher@lincoln.demo');
  await teacher.goto(`/students/${id}`);
  await expect(teacher.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(teacher.getByRole('link', { name: 'Open the discipline record' })).toHaveCount(0);
  await teacherContext.close();
});
