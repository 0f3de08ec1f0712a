/**
 * The case clock's screens: the case manager's "What is due" (clearing an overdue item from home, then the
 * student's deadlines and case history: void, record again, record an event with details), the family's
 * read-only dates, the teacher who is not shown the clock, and the district compliance dashboard with its
 * indicators, charts (each with a text alternative) and drill-down. Axe checks each screen; screenshots of
 * each at desktop and phone size go to the test's output folder.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support';

const TODAY = '2026-11-30';
const PHONE = { width: 390, height: 844 };

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/** The same page at phone size, captured, then back to the desktop size. */
async function shotBoth(page: Page, name: string, { checkWidth = true } = {}): Promise<void> {
  const desktop = page.viewportSize();
  await shot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(300);
  if (checkWidth) {
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
        message: `${name}: nothing wider than a phone`,
      })
      .toBeLessThanOrEqual(PHONE.width);
  }
  await shot(page, `${name}-phone`);
  if (desktop) await page.setViewportSize(desktop);
}

test('case manager: what is due on home, most urgent first; clearing an overdue notice from there', async ({
  page,
}) => {
  await signIn(page, 'casemanager@lincoln.demo');
  const panel = page.getByRole('region', { name: 'What is due' });
  await expect(panel).toBeVisible();
  const items = panel.getByTestId('due-item');
  await expect(items.first()).toBeVisible();

  // Overdue first (oldest due date first), then due soon; nothing else is listed.
  const rows = await items.evaluateAll((els) =>
    els.map((el) => ({
      status: el.getAttribute('data-status'),
      due: el.querySelector('.due-item-when')?.textContent ?? '',
    })),
  );
  const statuses = rows.map((r) => r.status);
  expect(statuses.length).toBeGreaterThanOrEqual(2);
  expect(new Set(statuses)).toEqual(new Set(['overdue', 'due_soon']));
  expect(statuses.indexOf('due_soon')).toBeGreaterThan(statuses.lastIndexOf('overdue'));
  await expect(panel).toContainText(/\d+ overdue, \d+ due soon\./);

  // The overdue yearly safeguards notice: who, what, when, how late, the citation, the status in words.
  const item = panel
    .locator('[data-testid="due-item"][data-rule="procedural-safeguards-notice"][data-status="overdue"]')
    .first();
  const studentId = await item.getAttribute('data-student');
  const name = (await item.getByRole('link').first().textContent())!.trim();
  expect(studentId).toBeTruthy();
  await expect(item).toContainText('Yearly notice of procedural safeguards');
  await expect(item).toContainText(/Due \w+ \d+, 2026 · \d+ days late/);
  await expect(item).toContainText('34 CFR 300.504');
  await expect(item).toContainText('Overdue');
  await expectNoAxeViolations(page, 'home with what is due');
  await shotBoth(page, 'home');

  // One click: the form to record the notice, dated today by default.
  await item
    .getByRole('button', {
      name: `Record: Procedural safeguards notice given for ${name}: Yearly notice of procedural safeguards`,
    })
    .click();
  const dialog = page.getByRole('dialog', { name: `Procedural safeguards notice given: ${name}` });
  await expect(dialog).toBeVisible();
  const date = dialog.getByLabel('Date', { exact: true });
  await expect(date).toHaveValue(TODAY);
  await expect(date).toBeFocused();
  await expectNoAxeViolations(page, 'the record-event dialog');
  await shot(page, 'record-dialog-desktop');

  // A day after today is refused before anything is sent.
  await date.fill('2026-12-01');
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Please correct the fields marked below.');
  await expect(dialog.getByText('The date cannot be after today.')).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');

  await date.fill(TODAY);
  const posted = page.waitForResponse(
    (r) => r.url().endsWith(`/api/v1/students/${studentId}/events`) && r.request().method() === 'POST',
  );
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  expect((await posted).status()).toBe(201);
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByRole('status')).toHaveText(
    `Recorded “Procedural safeguards notice given” for ${name}. The list is up to date.`,
  );
  await expect(panel.getByRole('status')).toBeFocused();
  // The item is gone from what is due; the API says the notice is no longer overdue: the next one is due in a year.
  await expect(
    panel.locator(`[data-testid="due-item"][data-rule="procedural-safeguards-notice"][data-student="${studentId}"]`),
  ).toHaveCount(0);
  const deadlines = (await (await page.request.get(`/api/v1/students/${studentId}/deadlines`)).json()) as {
    data: { rule: string; status: string; due: string; startedOn: string | null }[];
  };
  const notices = deadlines.data.filter((d) => d.rule === 'procedural-safeguards-notice');
  expect(notices.length).toBeGreaterThan(0);
  expect(notices.filter((d) => d.status === 'overdue')).toEqual([]);
  expect(notices.find((d) => d.startedOn === TODAY)).toMatchObject({ status: 'upcoming', due: '2027-11-29' });
  await expectNoAxeViolations(page, 'home after clearing an item');

  // An action that is a place to go: "Schedule the meeting" opens the student's page at the meetings.
  const schedule = panel.getByRole('link', { name: /^Schedule the meeting for / }).first();
  const scheduleName = (await schedule.textContent())!
    .replace(/^Schedule the meeting for /, '')
    .replace(/:.*$/, '')
    .trim();
  await schedule.click();
  await expect(page).toHaveURL(/\/students\/[0-9a-f-]{36}#meetings-heading$/);
  await expect(page.getByRole('heading', { level: 1, name: scheduleName })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Meetings' })).toBeInViewport();
});

test('case manager: the student timeline — deadlines, case history, void with a reason, record again, record with details', async ({
  page,
}) => {
  await signIn(page, 'casemanager@lincoln.demo');
  const panel = page.getByRole('region', { name: 'What is due' });
  const item = panel
    .locator('[data-testid="due-item"][data-rule="procedural-safeguards-notice"][data-status="overdue"]')
    .first();
  await expect(item).toBeVisible();
  const name = (await item.getByRole('link').first().textContent())!.trim();
  await item.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const section = page.getByRole('region', { name: 'Deadlines and case history' });
  const table = section.getByRole('table', { name: `Deadlines for ${name}, most urgent first` });
  const row = table.locator('[data-testid="deadline-row"][data-rule="procedural-safeguards-notice"]');
  await expect(row).toContainText('Overdue');
  await expect(row).toContainText('34 CFR 300.504');
  const timeline = section.getByRole('list', { name: 'Case history' });
  await expect(timeline.getByTestId('case-event').first()).toBeVisible();
  await expectNoAxeViolations(page, 'student page: deadlines and case history');

  // Clear it from the deadline's own action.
  await row.getByRole('button', { name: /^Record: Procedural safeguards notice given/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Record', exact: true }).click();
  await expect(section.getByRole('status')).toHaveText(
    'Recorded “Procedural safeguards notice given”. The deadlines are up to date.',
  );
  // Not overdue any more: the next yearly notice is due a year on.
  await expect(row).toHaveAttribute('data-status', 'upcoming');
  await expect(row).toContainText('Upcoming');
  await expect(row).toContainText('November 29, 2027');
  // Newest first: today's notice is on top.
  const newest = timeline.getByTestId('case-event').first();
  await expect(newest).toContainText('Procedural safeguards notice given');
  await expect(newest).toContainText('November 30, 2026');
  await expect(newest).toContainText('Recorded by Maria Alvarez');
  // (Other sections of the student page are not this spec's to measure.)
  await shotBoth(page, 'student-timeline', { checkWidth: false });
  await expect.poll(() => section.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

  // Void it: a reason is required; it stays, struck through, with who and why; the deadline is overdue again.
  await newest.getByRole('button', { name: /^Void Procedural safeguards notice given on November 30, 2026/ }).click();
  await newest.getByRole('button', { name: 'Void the event' }).click();
  await expect(newest.getByRole('alert')).toHaveText('Say why the event is voided.');
  await newest.getByLabel('Why is it voided?').fill('Recorded before the notice was actually handed over.');
  await newest.getByRole('button', { name: 'Void the event' }).click();
  await expect(section.getByRole('status')).toHaveText('The event was voided. The deadlines are up to date.');
  const voided = timeline.locator('[data-testid="case-event"].is-voided').first();
  await expect(voided.locator('del').first()).toHaveText('Procedural safeguards notice given');
  await expect(voided).toContainText('Voided by Maria Alvarez');
  await expect(voided).toContainText('Reason: Recorded before the notice was actually handed over.');
  await expect(voided.getByRole('button', { name: /^Void/ })).toHaveCount(0);
  await expect(row).toHaveAttribute('data-status', 'overdue');
  await expectNoAxeViolations(page, 'student page with a voided event');

  // Record it again, then an event with details through "Record an event".
  await row.getByRole('button', { name: /^Record: Procedural safeguards notice given/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Record', exact: true }).click();
  await expect(row).toHaveAttribute('data-status', 'upcoming');

  await section.getByRole('button', { name: 'Record an event' }).click();
  const form = section.getByRole('group', { name: 'Record an event' });
  await expect(form.getByLabel('What happened')).toBeFocused();
  await form.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(form.getByText('Fill this in.')).toBeVisible();
  await form.getByLabel('What happened').selectOption({ label: 'Consent requested' });
  await form.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(form.getByLabel('Consent for')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Consent for').selectOption({ label: 'Release of information' });
  await form.getByLabel('Date', { exact: true }).fill('2026-11-25');
  await form.getByLabel('Note (optional)').fill('Sent home with the student.');
  await expectNoAxeViolations(page, 'the record-an-event form');
  await form.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(section.getByRole('status')).toHaveText('Recorded “Consent requested”. The deadlines are up to date.');
  const consent = timeline.locator('[data-testid="case-event"][data-kind="consent_requested"]').first();
  await expect(consent).toContainText('November 25, 2026');
  await expect(consent).toContainText('Consent for: Release of information');
  await expect(consent).toContainText('“Sent home with the student.”');
  await expect(section.getByRole('status')).toBeFocused();
  await expect(section.getByRole('button', { name: 'Record an event' })).toBeVisible();
});

test('a teacher is not shown the case clock; a parent sees the dates read-only, in Spanish, on a phone', async ({
  browser,
}) => {
  const teacher = await browser.newPage();
  await signIn(teacher, 'teacher@lincoln.demo');
  await expect(teacher.getByRole('heading', { level: 1, name: 'Students' })).toBeVisible();
  await expect(teacher.getByRole('region', { name: 'What is due' })).toHaveCount(0);
  await teacher.getByRole('link', { name: 'Anderson, Noah' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Noah Anderson' })).toBeVisible();
  await teacher.waitForLoadState('networkidle');
  await expect(teacher.getByRole('heading', { name: 'Deadlines and case history' })).toHaveCount(0);
  await teacher.goto('/compliance');
  await expect(
    teacher.getByText('The compliance dashboard is for district administrators and principals.'),
  ).toBeVisible();
  await teacher.close();

  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const parent = await context.newPage();
  await signIn(parent, 'parent@lincoln.demo');
  await parent
    .getByRole('link', { name: /Camila/ })
    .first()
    .click();
  const dates = parent.getByRole('region', { name: 'Fechas importantes' });
  await expect(dates).toBeVisible();
  await expect(dates.getByTestId('deadline-row').first()).toBeVisible();
  await expect(dates).toContainText('La ley fija fechas que la escuela debe cumplir.');
  // Read-only: no action, no history, no "record".
  await expect(dates.getByRole('button', { name: /Registrar|Anular/ })).toHaveCount(0);
  await expect(dates.getByRole('columnheader', { name: 'Acción' })).toHaveCount(0);
  await expect(dates.getByRole('heading', { name: 'Historial del caso' })).toHaveCount(0);
  await expectNoAxeViolations(parent, 'the family’s dates (Spanish, phone)');
  await shot(parent, 'family-dates-phone');
  await context.close();
});

test('administrator: the compliance dashboard — indicators, charts with text alternatives, drill-down to students', async ({
  page,
}) => {
  await signIn(page, 'admin@lincoln.demo');
  // Home shows the district's overdue and due soon too, with a way to the dashboard.
  const panel = page.getByRole('region', { name: 'What is due' });
  await expect(panel).toContainText('across the district');
  await panel.getByRole('link', { name: 'See every deadline on the compliance dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compliance' })).toBeVisible();
  await expect(page.getByText('As of November 30, 2026.')).toBeVisible();

  for (const [id, title] of [
    ['spp11', 'Indicator 11: evaluations on time'],
    ['spp12', 'Indicator 12: IEP by age 3'],
    ['spp13', 'Indicator 13: transition plans'],
  ] as const) {
    const card = page.getByTestId(`indicator-${id}`);
    await expect(card.getByRole('heading', { name: title })).toBeVisible();
    await expect(card).toContainText(/(\d+(\.\d)?%|No cases yet)/);
    await expect(card).toContainText(/\d+ of \d+/);
  }
  // The numbers on the cards are the API's.
  const summary = (await (await page.request.get('/api/v1/compliance/summary')).json()) as {
    indicators: { id: string; numerator: number; denominator: number }[];
  };
  for (const ind of summary.indicators)
    await expect(page.getByTestId(`indicator-${ind.id}`)).toContainText(`${ind.numerator} of ${ind.denominator}`);

  // Two charts, each one image with a summary in words, and the same numbers in a table.
  const charts = page.getByRole('img', { name: /^Bar chart/ });
  await expect(charts).toHaveCount(2);
  await expect(charts.first()).toHaveAttribute('aria-label', /Yearly notice of procedural safeguards: [^.]*\d+/);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expectNoAxeViolations(page, 'compliance dashboard');
  await shotBoth(page, 'compliance');

  // Drill down: the overdue deadlines of one rule (a number in the table) → the list of those deadlines.
  const ruleTable = page.getByRole('table', { name: /^By deadline: the numbers/ });
  const overdueButton = ruleTable.getByRole('button', { name: /^\d+ Overdue, / }).first();
  const accessibleName = (await overdueButton.evaluate((el) => el.textContent)).replace(/\s+/g, ' ').trim();
  const [, count, ruleName] = /^(\d+) Overdue, (.+)$/.exec(accessibleName)!;
  const expected = Number(count);
  expect(expected).toBeGreaterThan(0);
  await overdueButton.click();
  await expect(page).toHaveURL(/\?rule=[a-z-]+&status=overdue$/);
  const drill = page.getByRole('region', { name: 'Deadlines chosen' });
  await expect(drill.getByRole('heading', { name: 'Deadlines chosen' })).toBeFocused();
  const drillRows = drill.getByTestId('drill-row');
  await expect(drillRows).toHaveCount(expected);
  await expect(drillRows.filter({ hasNotText: 'Overdue' })).toHaveCount(0);
  await expect(drillRows.filter({ hasNotText: ruleName! })).toHaveCount(0);
  const showing = drill.getByRole('list', { name: 'Showing' });
  await expect(showing.getByRole('listitem').first()).toHaveText(`Deadline: ${ruleName}Remove Deadline: ${ruleName}`);
  await expect(showing).toContainText('Status: Overdue');
  await expectNoAxeViolations(page, 'compliance drill-down');
  await shotBoth(page, 'compliance-drill');

  // By school: a school narrows the whole dashboard; Back undoes it; "Clear all" closes the list.
  const schoolTable = page.getByRole('table', { name: /^By school: the numbers/ });
  await schoolTable.getByRole('button', { name: 'Lincoln Middle School', exact: true }).click();
  await expect(page).toHaveURL(/schoolId=[0-9a-f-]+/);
  await expect(page.getByRole('heading', { name: 'By deadline at Lincoln Middle School' })).toBeVisible();
  await expect(showing).toContainText('School: Lincoln Middle School');
  await expect(drillRows.filter({ hasNotText: 'Lincoln Middle School' })).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'By deadline', exact: true })).toBeVisible();
  await drill.getByRole('button', { name: 'Clear all' }).click();
  await expect(drill).toHaveCount(0);

  // A student link leads to that student's clock.
  await page
    .getByRole('button', { name: /Overdue$/ })
    .first()
    .click();
  const firstStudent = drill.getByTestId('drill-row').first().getByRole('link');
  const studentName = (await firstStudent.textContent())!.trim();
  await firstStudent.click();
  await expect(page.getByRole('heading', { level: 1, name: studentName })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Deadlines and case history' })).toBeVisible();
});
