/** Progress reports: the case manager rates each goal and sends the report; the parent reads it, in Spanish. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support';

test('the case manager sends a progress report and the parent reads it in Spanish', async ({ page, browser }) => {
  await signIn(page, 'casemanager@lincoln.demo');
  // Camila Lopez (L1001), the parent's child: her IEP in effect.
  const students = (await (await page.request.get('/api/v1/students?q=L1001')).json()) as { data: { id: string }[] };
  const plans = (await (await page.request.get(`/api/v1/students/${students.data[0]!.id}/plans`)).json()) as {
    data: { id: string; status: string; type: string }[];
  };
  const planId = plans.data.find((p) => p.type === 'iep' && p.status === 'active')!.id;
  await page.goto(`/plans/${planId}`);
  const progress = page.getByRole('region', { name: 'Progress reports on the goals' });
  await expect(progress).toBeVisible();
  await progress.getByLabel('Reporting period').fill('Fall check-in (browser test)');
  await progress.getByRole('button', { name: 'Start a progress report' }).click();
  const report = progress.getByRole('article', { name: 'Fall check-in (browser test)' });
  await expect(report).toBeVisible();
  const ratings = report.getByLabel('Progress');
  await expect(ratings).toHaveCount(2);
  await ratings.nth(0).selectOption('insufficient');
  await ratings.nth(1).selectOption('sufficient');
  // Not enough progress needs a note: sending is refused until the note is written.
  await report.getByRole('button', { name: 'Send to the family' }).click();
  await expect(report.getByText(/say what the data show/)).toBeVisible();
  await report
    .getByLabel('What the data show')
    .nth(0)
    .fill('Weekly probes are flat at 64 words per minute; a third session starts in December.');
  await report.getByRole('button', { name: 'Send to the family' }).click();
  await expect(report.getByText(/Sent to the family on/)).toBeVisible();
  await expectNoAxeViolations(page, 'plan page with progress reports (case manager)');

  const parentContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const parent = await parentContext.newPage();
  await signIn(parent, 'parent@lincoln.demo');
  await parent.goto(page.url());
  const informes = parent.getByRole('region', { name: 'Informes de progreso sobre las metas' });
  await expect(informes).toBeVisible();
  const sent = informes.getByRole('article', { name: 'Fall check-in (browser test)' });
  await expect(sent).toContainText('No avanza lo suficiente para lograr la meta');
  await expect(sent.getByRole('button', { name: 'Enviar a la familia' })).toHaveCount(0);
  await expect(sent.getByRole('link', { name: /Descargar \(PDF, Español\)/ })).toBeVisible();
  await expectNoAxeViolations(parent, 'plan page with progress reports (parent, Spanish, phone)');
  await parentContext.close();
});
