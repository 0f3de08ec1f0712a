/**
 * A stale edit is refused and said so, never saved over someone else's work: the case manager has a screen open while
 * an administrator changes the same record; the case manager's save is refused ("changed by someone else"), nothing is
 * overwritten, and Reload shows the other person's change — a member of a meeting's team, and a progress report.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_PASSWORD } from './env';
import { expectNoAxeViolations, signIn } from './support';

/** Another person, through the API: signed in on their own request context; returns their CSRF token. */
async function apiSignIn(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post('/api/v1/session', { data: { email, password: E2E_PASSWORD } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

async function studentId(request: APIRequestContext, q: string): Promise<string> {
  return ((await (await request.get(`/api/v1/students?q=${q}`)).json()) as { data: { id: string }[] }).data[0]!.id;
}

test('a team member changed by someone else is not removed from a stale page; Reload shows the change', async ({
  page,
  request,
}) => {
  const csrf = await apiSignIn(request, 'admin@lincoln.demo');
  const student = await studentId(request, 'L1010');
  const scheduled = await request.post(`/api/v1/students/${student}/meetings`, {
    headers: { 'X-CSRF-Token': csrf },
    data: {
      purpose: 'other',
      purposeNote: 'Reading plan check-in',
      date: '2026-12-17',
      startTime: '14:00',
      location: 'Room 12',
      participants: [{ role: 'other', name: 'Dana Rivera', title: 'Reading specialist' }],
    },
  });
  expect(scheduled.status()).toBe(201);
  const meeting = (await scheduled.json()) as {
    id: string;
    participants: { id: string; name: string; version: number }[];
  };
  const rivera = meeting.participants.find((p) => p.name === 'Dana Rivera')!;

  await signIn(page, 'casemanager@lincoln.demo');
  await page.goto(`/meetings/${meeting.id}`);
  const member = page.getByTestId('meeting-member').filter({ hasText: 'Dana Rivera' });
  await expect(member).toContainText('Reading specialist');

  // Meanwhile the administrator changes her entry.
  const changed = await request.patch(`/api/v1/meetings/${meeting.id}/participants/${rivera.id}`, {
    headers: { 'X-CSRF-Token': csrf, 'If-Match': `"${rivera.id}.${rivera.version}"` },
    data: { title: 'Literacy coach' },
  });
  expect(changed.status()).toBe(200);

  // The case manager's page still shows the old entry: removing from it is refused, and said so.
  await member.getByRole('button', { name: 'Remove Dana Rivera' }).click();
  const stale = page.getByTestId('stale-notice');
  await expect(stale).toContainText(
    'Someone else changed this member’s entry since you opened this page. Nothing was saved.',
  );
  await expect(member).toBeVisible();
  await expectNoAxeViolations(page, 'the meeting page with a stale edit refused');

  await stale.getByRole('button', { name: 'Reload' }).click();
  await expect(stale).toHaveCount(0);
  await expect(member).toContainText('Literacy coach');
  // Now the page has the entry as it is, and the removal goes through.
  await member.getByRole('button', { name: 'Remove Dana Rivera' }).click();
  await expect(member).toHaveCount(0);
});

test('a progress report saved by someone else meanwhile is not overwritten; Reload shows their ratings', async ({
  page,
  request,
}) => {
  const csrf = await apiSignIn(request, 'admin@lincoln.demo');
  const student = await studentId(request, 'L1001');
  const plans = (await (await request.get(`/api/v1/students/${student}/plans`)).json()) as {
    data: { id: string; status: string; type: string }[];
  };
  const planId = plans.data.find((p) => p.type === 'iep' && p.status === 'active')!.id;

  await signIn(page, 'casemanager@lincoln.demo');
  await page.goto(`/plans/${planId}`);
  const progress = page.getByRole('region', { name: 'Progress reports on the goals' });
  await progress.getByLabel('Reporting period').fill('Winter check (two editors)');
  await progress.getByRole('button', { name: 'Start a progress report' }).click();
  const report = progress.getByRole('article', { name: 'Winter check (two editors)' });
  await expect(report).toBeVisible();

  // The administrator opens the same draft and saves a rating on the first goal.
  const list = (await (await request.get(`/api/v1/plans/${planId}/progress-reports`)).json()) as {
    data: {
      id: string;
      periodLabel: string;
      version: number;
      entries: { goalId: string; rating: string | null; note: string }[];
    }[];
  };
  const theirs = list.data.find((r) => r.periodLabel === 'Winter check (two editors)')!;
  const entries = theirs.entries.map((e, i) => (i === 0 ? { ...e, rating: 'mastered' } : e));
  const saved = await request.patch(`/api/v1/progress-reports/${theirs.id}`, {
    headers: { 'X-CSRF-Token': csrf, 'If-Match': `"${theirs.id}.${theirs.version}"` },
    data: { periodLabel: theirs.periodLabel, entries },
  });
  expect(saved.status()).toBe(200);

  // The case manager rates it otherwise on the page loaded before: the save is refused, theirs stands.
  await report.getByLabel('Progress').nth(0).selectOption('insufficient');
  await report.getByRole('button', { name: 'Save draft' }).click();
  const stale = report.getByTestId('stale-notice');
  await expect(stale).toContainText('Someone else changed this report since you opened it. Nothing was saved.');
  await expectNoAxeViolations(page, 'the plan page with a stale progress report save refused');
  const now = (await (await request.get(`/api/v1/progress-reports/${theirs.id}`)).json()) as {
    entries: { rating: string | null }[];
  };
  expect(now.entries[0]!.rating).toBe('mastered');

  await stale.getByRole('button', { name: 'Reload' }).click();
  await expect(report.getByTestId('stale-notice')).toHaveCount(0);
  await expect(report.getByLabel('Progress').nth(0)).toHaveValue('mastered');
});
