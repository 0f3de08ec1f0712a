/**
 * One open plan of a type per student (issue 9): a second start is refused with a link to the plan already being
 * written, finalizing a version someone else has changed since is refused, and a draft nobody will finalize is
 * withdrawn — kept, never in effect — so a new one can start. Axe on each screen.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support';

test('a second start links to the open draft; the draft is withdrawn with a reason, and a new one can start', async ({
  page,
}) => {
  await signIn(page, 'casemanager@lincoln.demo');
  // An IEP-eligible student without any plan (the demo data may gain plans; other specs start their own).
  const students = (
    (await (await page.request.get('/api/v1/students?status=eligible_iep&limit=100')).json()) as {
      data: { id: string }[];
    }
  ).data;
  let studentId: string | null = null;
  for (const s of students.reverse()) {
    const plans = (await (await page.request.get(`/api/v1/students/${s.id}/plans`)).json()) as { data: unknown[] };
    if (plans.data.length === 0) {
      studentId = s.id;
      break;
    }
  }
  expect(studentId, 'an eligible student without plans').not.toBeNull();

  const start = async () => {
    await page.goto(`/students/${studentId}`);
    const plans = page.getByRole('region', { name: 'Plans' });
    await plans.getByRole('button', { name: 'Start an IEP or 504 plan' }).click();
    await plans.getByRole('button', { name: 'Start the draft' }).click();
    return plans;
  };
  await start();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const draftUrl = new URL(page.url()).pathname;

  // Someone starts again: refused, with the way to the plan already being written.
  const plans = await start();
  const alert = plans.getByRole('alert');
  await expect(alert).toContainText(
    'This student already has an open IEP (a draft or a proposal). Finish or withdraw it before starting another.',
  );
  await expectNoAxeViolations(page, 'a second start refused, with a link to the open draft');
  await plans.getByRole('link', { name: 'Open the plan already started' }).click();
  await expect(page).toHaveURL(draftUrl);

  // Someone else saves the draft meanwhile: finalizing the version on this screen is refused, not done over theirs.
  const planId = draftUrl.split('/').pop()!;
  const loaded = await page.request.get(`/api/v1/plans/${planId}`);
  const csrf = ((await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string }).csrfToken;
  const saved = await page.request.patch(`/api/v1/plans/${planId}`, {
    headers: { 'If-Match': loaded.headers()['etag']!, 'X-CSRF-Token': csrf },
    data: { esy: { determination: 'not_needed', services: '' } },
  });
  expect(saved.status()).toBe(200);
  await page.getByRole('button', { name: 'Finalize the plan' }).click();
  await expect(page.getByTestId('finalize-errors')).toContainText(
    'Someone changed this plan since you opened it, so it was not finalized.',
  );
  await page.reload();

  // Withdraw it: the reason is required; then it is kept, withdrawn, and says so.
  await page.getByRole('button', { name: 'Withdraw this draft' }).click();
  const reason = page.getByRole('textbox', { name: 'Why is it withdrawn?' });
  await expect(reason).toBeFocused();
  await reason.fill('Started by mistake; the team will start the annual review in January.');
  await expectNoAxeViolations(page, 'withdrawing a draft');
  await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
  const notice = page.getByTestId('plan-withdrawn');
  await expect(notice).toContainText('Withdrawn: this plan was never in effect');
  await expect(notice).toContainText('Reason: Started by mistake; the team will start the annual review in January.');
  await expectNoAxeViolations(page, 'a withdrawn draft');

  // The student may now have a new draft.
  await start();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  expect(new URL(page.url()).pathname).not.toBe(draftUrl);
});
