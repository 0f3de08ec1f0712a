/**
 * Unsaved copies of a child's plan kept in the browser do not outlive the person's session unnoticed: signing out
 * with one asks to save or discard it (and follows the editor saving it meanwhile); after a session ended, the
 * sign-in page says how many are kept and discards them on confirmation. Axe on the dialog and the notice.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn, submitSignIn } from './support';

interface PlanRow {
  id: string;
  status: string;
  abilities: { editSections: string[] };
}

async function csrf(request: APIRequestContext): Promise<string> {
  return ((await (await request.get('/api/v1/me')).json()) as { csrfToken: string }).csrfToken;
}

/** A draft plan whose present levels this person may write: one of the demo's, else a new one. */
async function editableDraft(request: APIRequestContext): Promise<string> {
  const students = (
    (await (await request.get('/api/v1/students?limit=100')).json()) as { data: { id: string; spedStatus: string }[] }
  ).data;
  for (const s of students) {
    const plans = ((await (await request.get(`/api/v1/students/${s.id}/plans`)).json()) as { data: PlanRow[] }).data;
    const draft = plans.find((p) => p.status === 'draft' && p.abilities.editSections.includes('presentLevels'));
    if (draft) return draft.id;
  }
  for (const s of students.filter((x) => x.spedStatus === 'eligible_iep')) {
    const plans = ((await (await request.get(`/api/v1/students/${s.id}/plans`)).json()) as { data: PlanRow[] }).data;
    if (plans.length) continue;
    const created = await request.post(`/api/v1/students/${s.id}/plans`, {
      headers: { 'X-CSRF-Token': await csrf(request) },
      data: { type: 'iep' },
    });
    expect(created.status()).toBe(201);
    return ((await created.json()) as { id: string }).id;
  }
  throw new Error('no draft plan to edit');
}

const draftKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('openiep.draft.')));
const draftText = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('openiep.draft.'))
      .map((k) => localStorage.getItem(k) ?? '')
      .join(''),
  );
const strengthsOf = async (request: APIRequestContext, planId: string) =>
  (
    (await (await request.get(`/api/v1/plans/${planId}`)).json()) as {
      content: { presentLevels: { strengths?: string } };
    }
  ).content.presentLevels.strengths ?? '';

/** Saves to the plan fail as if the network were down, until `unblock` is called. */
async function blockPlanSaves(page: Page): Promise<() => Promise<void>> {
  const pattern = '**/api/v1/plans/*';
  await page.route(pattern, (route) =>
    route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.continue(),
  );
  return () => page.unroute(pattern);
}

test('signing out with unsaved plan text asks first: saved meanwhile, or discarded and gone from the browser', async ({
  page,
}) => {
  await signIn(page, 'casemanager@lincoln.demo');
  const planId = await editableDraft(page.request);
  await page.goto(`/plans/${planId}`);
  const strengths = page.getByRole('region', { name: /^Present levels/ }).getByLabel('The student’s strengths');
  await expect(strengths).toBeEditable();

  // Typed while saves fail: kept in this browser only.
  let unblock = await blockPlanSaves(page);
  const first = `Enjoys building models; explains his reasoning aloud (${Date.now().toString(36)}).`;
  await strengths.fill(first);
  await expect.poll(() => draftText(page)).toContain(first);

  // Sign out: a dialog lists the change, with a way to open it and save it.
  await page.getByRole('button', { name: 'Sign out' }).click();
  const dialog = page.getByRole('dialog', { name: 'Changes not saved yet' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await expect(dialog.getByRole('listitem')).toContainText('Changes to an IEP or 504 plan draft');
  await expect(dialog.getByRole('link', { name: 'Open to save' })).toHaveAttribute('href', `/plans/${planId}`);
  await expectNoAxeViolations(page, 'sign-out dialog with unsaved changes');

  // The network comes back: the editor saves it, and the dialog follows.
  await unblock();
  await expect(dialog.getByRole('status')).toHaveText('Everything is saved now. You can sign out.', {
    timeout: 30_000,
  });
  expect(await strengthsOf(page.request, planId)).toBe(first);
  expect(await draftKeys(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(`/plans/${planId}`);

  // Again, and this time discarded.
  unblock = await blockPlanSaves(page);
  const second = `Prefers written instructions to spoken ones (${Date.now().toString(36)}).`;
  await strengths.fill(second);
  await expect.poll(() => draftText(page)).toContain(second);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Discard them and sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText('You have signed out.')).toBeVisible();
  // Give an editor that was still on screen time to try keeping its copy again: it must not.
  await page.waitForTimeout(1500);
  expect(await draftKeys(page)).toEqual([]);
  await unblock();
  expect(await strengthsOf(page.request, planId).catch(() => 'signed out')).not.toContain(second);

  // Signing in again finds nothing to restore.
  await submitSignIn(page, 'casemanager@lincoln.demo');
  await expect(page).not.toHaveURL(/\/sign-in/);
  await page.goto(`/plans/${planId}`);
  await expect(strengths).toHaveValue(first);
  await expect(page.getByTestId('restored-notice')).toHaveCount(0);
});

test('after a session ended, the sign-in page says unsaved changes are kept, and discards them when confirmed', async ({
  page,
  context,
}) => {
  await signIn(page, 'casemanager@lincoln.demo');
  const planId = await editableDraft(page.request);
  await page.goto(`/plans/${planId}`);
  const strengths = page.getByRole('region', { name: /^Present levels/ }).getByLabel('The student’s strengths');
  await expect(strengths).toBeEditable();

  // A change the server has not saved yet, then the session ends (revoked elsewhere) and the page is opened again.
  await blockPlanSaves(page);
  const text = `Asks for help when a task is unclear (${Date.now().toString(36)}).`;
  await strengths.fill(text);
  await expect.poll(() => draftText(page)).toContain(text);
  await context.clearCookies();
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  expect(await draftText(page)).toContain(text);

  const notice = page.getByTestId('expired-drafts');
  await expect(notice).toContainText('This browser keeps 1 change that was not saved before the session ended.');
  // No names on a page the next person at this browser can see.
  await expect(notice).not.toContainText(text);
  await expectNoAxeViolations(page, 'sign-in page with unsaved changes kept');
  await notice.getByRole('button', { name: 'Discard them' }).click();
  await expect(notice.getByRole('button', { name: 'Yes, discard them' })).toBeFocused();
  expect(await draftKeys(page)).not.toEqual([]); // nothing removed before the confirmation
  await notice.getByRole('button', { name: 'Yes, discard them' }).click();
  await expect(page.getByText('The unsaved changes were removed from this browser.')).toBeVisible();
  expect(await draftKeys(page)).toEqual([]);
  await expectNoAxeViolations(page, 'sign-in page after discarding');
});
