/**
 * The plan editor: a case manager starts an IEP and writes it. Typed work is saved as it is typed and
 * survives a reload, going offline and an ended session; a stale save becomes a choice, never an
 * overwrite; the goal check and the findings say what is missing; finalizing is refused while errors
 * remain, and a complete plan becomes the plan in effect, which can be amended. Axe on every screen.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { TEST_TODAY } from '../support/env';
import { expectNoAxeViolations, signIn, submitSignIn } from './support';

interface StudentRow {
  id: string;
  firstName: string;
  lastName: string;
  grade: string;
}
interface PlanBody {
  id: string;
  version: number;
  status: string;
  dates: Record<string, string | null>;
  content: Record<string, Record<string, unknown> | unknown[]>;
}

/**
 * An IEP-eligible student with no plan at all, chosen through the API (the demo data may gain plans, and
 * each test here starts plans of its own). `young` keeps transition-age rules out of a complete plan.
 */
async function studentWithoutPlans(
  request: APIRequestContext,
  opts: { young?: boolean; among?: ReadonlySet<string>; status?: string } = {},
): Promise<StudentRow> {
  const res = await request.get(`/api/v1/students?status=${opts.status ?? 'eligible_iep'}&limit=100`);
  expect(res.status()).toBe(200);
  const students = ((await res.json()) as { data: StudentRow[] }).data;
  for (const s of students) {
    if (opts.young && !/^0[0-8]$/.test(s.grade)) continue;
    if (opts.among && !opts.among.has(s.id)) continue;
    const plans = (await (await request.get(`/api/v1/students/${s.id}/plans`)).json()) as { data: unknown[] };
    if (plans.data.length === 0) return s;
  }
  throw new Error(`No ${opts.status ?? 'eligible_iep'} student without a plan is left in the demo data`);
}

async function csrf(request: APIRequestContext): Promise<string> {
  return ((await (await request.get('/api/v1/me')).json()) as { csrfToken: string }).csrfToken;
}

async function getPlan(request: APIRequestContext, id: string): Promise<PlanBody> {
  const res = await request.get(`/api/v1/plans/${id}`);
  expect(res.status()).toBe(200);
  expect(res.headers()['etag']).toMatch(/^"[0-9a-f-]{36}\.\d+"$/);
  return (await res.json()) as PlanBody;
}

/** Someone else saves sections of the plan, as another browser would (If-Match with the ETag). */
async function saveAsSomeoneElse(
  request: APIRequestContext,
  id: string,
  sections: Record<string, unknown>,
): Promise<void> {
  const res = await request.get(`/api/v1/plans/${id}`);
  const etag = res.headers()['etag']!;
  const patched = await request.patch(`/api/v1/plans/${id}`, {
    headers: { 'If-Match': etag, 'X-CSRF-Token': await csrf(request) },
    data: sections,
  });
  expect(patched.status(), await patched.text()).toBe(200);
}

/**
 * The parent's written consent to the initial provision of services, recorded from the signed form before the IEP is
 * finalized (34 CFR 300.300(b)): a student's first IEP then takes effect when it is finalized. (Without it the IEP
 * waits for consent: test/e2e/lifecycle.spec.ts.)
 */
async function consentToServices(request: APIRequestContext, studentId: string): Promise<void> {
  const res = await request.post(`/api/v1/students/${studentId}/events`, {
    headers: { 'X-CSRF-Token': await csrf(request) },
    data: {
      kind: 'consent_given',
      occurredOn: TEST_TODAY,
      details: { consentType: 'initial_services', note: 'Signed at the IEP meeting.' },
    },
  });
  expect(res.status()).toBe(201);
}

function planIdOf(page: Page): string {
  return new URL(page.url()).pathname.split('/').pop()!;
}

const saveStatus = (page: Page) => page.getByTestId('save-status');
const section = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

test('a case manager starts an IEP; typed work is saved, survives a reload, going offline and an ended session; a stale save is reconciled', async ({
  page,
  context,
}) => {
  await signIn(page, 'casemanager@lincoln.demo');
  const student = await studentWithoutPlans(page.request);
  const name = `${student.firstName} ${student.lastName}`;

  // The student page lists the plans (none yet) and offers to start one.
  await page.goto(`/students/${student.id}`);
  const plans = section(page, 'Plans');
  await expect(plans).toContainText('There are no plans for this student yet.');
  await expectNoAxeViolations(page, 'student page with the plans section');
  await plans.getByRole('button', { name: 'Start an IEP or 504 plan' }).click();
  await expect(plans.getByRole('radio', { name: 'Individualized Education Program (IEP)' })).toBeFocused();
  await expect(plans.getByRole('radio', { name: 'Individualized Education Program (IEP)' })).toBeChecked();
  await plans.getByRole('button', { name: 'Start the draft' }).click();

  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const planId = planIdOf(page);
  await expect(
    page.getByRole('heading', { level: 1, name: `Individualized Education Program (IEP) for ${name}` }),
  ).toBeFocused();
  await expect(saveStatus(page)).toHaveText(/Changes are saved as you type\./);
  // The findings: a count at the top, and each beside its section.
  const presentLevels = section(page, 'Present levels of academic achievement and functional performance');
  await expect(presentLevels.getByRole('complementary', { name: 'Checks for this section' })).toContainText(
    'Describe the present levels of academic achievement.',
  );
  await expect(page.getByTestId('findings-count')).toContainText(/\d+ errors, \d+ warnings/);

  // Type → "All changes saved" → the server has it → the finding about it is gone → a reload shows it.
  const academic = 'Reads grade-level text at 62 words correct per minute (fall benchmark).';
  await presentLevels.getByLabel('Academic achievement').fill(academic);
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  expect((await getPlan(page.request, planId)).content.presentLevels).toMatchObject({ academic });
  await expect(presentLevels.getByRole('complementary', { name: 'Checks for this section' })).not.toContainText(
    'Describe the present levels of academic achievement.',
  );
  await page.reload();
  await expect(section(page, /^Present levels/).getByLabel('Academic achievement')).toHaveValue(academic);

  // A vague goal: the measurability check beside it says what is missing; a measurable one passes.
  const goals = section(page, 'Measurable annual goals');
  await goals.getByRole('button', { name: 'Add a goal' }).click();
  await expect(goals.getByLabel('Area')).toBeFocused();
  await goals.getByLabel('Annual goal').fill('Sam will improve his reading.');
  const check = goals.getByRole('complementary', { name: 'Measurability check' });
  await expect(check.getByRole('status')).toHaveText(
    'Not measurable yet: missing observable behavior, criterion, and timeframe.',
  );
  await expect(check).toContainText('Cannot be observed or counted: “improve”');
  await expect(check).toContainText('Add a timeframe: by when');
  await expect(goals.getByLabel('Annual goal')).toHaveAccessibleDescription(/Not measurable yet/);
  await goals
    .getByLabel('Annual goal')
    .fill('Given a grade-level passage, Sam will read 90 words correct per minute by the annual review.');
  await expect(check.getByRole('status')).toHaveText('Measurable: it names a behavior, a criterion and a timeframe.');
  await expect(check).toContainText('Found: “90 words correct per minute”');
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  await expectNoAxeViolations(page, 'plan editor');

  // Offline: the change is kept on this device and said so; back online, it is saved.
  const functional = 'Follows a three-step routine with one visual prompt.';
  await context.setOffline(true);
  await presentLevels.getByLabel('Functional performance').fill(functional);
  await expect(saveStatus(page)).toHaveText(/Offline — your changes are kept on this device/);
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('openiep.draft.plan.'))
      .map((k) => localStorage.getItem(k) ?? ''),
  );
  expect(kept.join('')).toContain(functional);
  await context.setOffline(false);
  await expect(saveStatus(page)).toHaveText(/All changes saved/, { timeout: 15_000 });
  expect((await getPlan(page.request, planId)).content.presentLevels).toMatchObject({ academic, functional });
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('openiep.draft.plan.')).length),
  ).toBe(0);

  // The session ends with a change not yet saved: sign in again, and the change is restored and saved.
  const strengths = 'Curious; asks good questions; strong listening comprehension.';
  await context.clearCookies();
  await presentLevels.getByLabel('The student’s strengths').fill(strengths);
  await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(`/plans/${planId}`)}`);
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage)
        .map((k) => localStorage.getItem(k) ?? '')
        .join(''),
    ),
  ).toContain(strengths);
  await submitSignIn(page, 'casemanager@lincoln.demo');
  await expect(page).toHaveURL(`/plans/${planId}`);
  await expect(page.getByTestId('restored-notice')).toHaveText('1 unsaved change kept on this device was restored.');
  await expect(section(page, /^Present levels/).getByLabel('The student’s strengths')).toHaveValue(strengths);
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  expect((await getPlan(page.request, planId)).content.presentLevels).toMatchObject({
    academic,
    functional,
    strengths,
  });

  // Someone else saved another section: no conflict; this person's change goes on top of theirs.
  await saveAsSomeoneElse(page.request, planId, { esy: { determination: 'not_needed', services: '' } });
  const impact = 'Needs extended time to read grade-level science and social studies texts.';
  await section(page, /^Present levels/)
    .getByLabel('How the disability affects involvement and progress in the general curriculum')
    .fill(impact);
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  const merged = await getPlan(page.request, planId);
  expect(merged.content.esy).toMatchObject({ determination: 'not_needed' });
  expect(merged.content.presentLevels).toMatchObject({ impactOnGeneralCurriculum: impact });
  await expect(page.getByTestId('reconcile')).toHaveCount(0);

  // Someone else saved this very section: the reconcile screen shows both; "Keep mine" saves mine.
  const current = await getPlan(page.request, planId);
  await saveAsSomeoneElse(page.request, planId, {
    presentLevels: {
      ...(current.content.presentLevels as Record<string, unknown>),
      parentConcerns: 'Their words: worried about homework.',
    },
  });
  const mine = 'My words: wants more reading practice at home.';
  await section(page, /^Present levels/)
    .getByLabel('The parents’ concerns')
    .fill(mine);
  const reconcile = page.getByTestId('reconcile');
  await expect(reconcile).toBeVisible();
  await expect(saveStatus(page)).toHaveText(/Not saved: someone else changed this plan/);
  const reconcileHeading = reconcile.getByRole('heading', { level: 3, name: /Someone else changed “Present levels/ });
  await expect(reconcileHeading).toBeFocused();
  await expect(reconcile.getByRole('region', { name: 'Their version (saved)' })).toContainText(
    'Their words: worried about homework.',
  );
  await expect(reconcile.getByRole('region', { name: 'Your version (not saved)' })).toContainText(mine);
  // Nothing was overwritten meanwhile.
  expect((await getPlan(page.request, planId)).content.presentLevels).toMatchObject({
    parentConcerns: 'Their words: worried about homework.',
  });
  await expectNoAxeViolations(page, 'reconcile screen');
  // Keyboard: Tab from the heading reaches "Keep mine"; Enter chooses it.
  await page.keyboard.press('Tab');
  await expect(reconcile.getByRole('button', { name: 'Keep mine' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reconcile).toHaveCount(0);
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  expect((await getPlan(page.request, planId)).content.presentLevels).toMatchObject({
    parentConcerns: mine,
    academic,
    functional,
    strengths,
    impactOnGeneralCurriculum: impact,
  });

  // Finalize while errors remain: refused, with the list; each error's link moves focus to its field.
  await page.getByRole('button', { name: 'Finalize the plan' }).click();
  const refusal = page.getByTestId('finalize-errors');
  await expect(refusal.getByRole('heading', { name: 'The plan cannot be finalized yet' })).toBeFocused();
  await expect(refusal).toContainText(/\d+ problems must be fixed first:/);
  await refusal.getByRole('link', { name: /Give the date of the meeting/ }).click();
  await expect(page.getByLabel('Meeting date')).toBeFocused();
  expect((await getPlan(page.request, planId)).status).toBe('draft');

  // In Spanish: the same editor, every label from the catalogue; axe-clean.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 2, name: 'Metas anuales medibles' })).toBeVisible();
  await expect(
    section(page, 'Metas anuales medibles')
      .getByRole('complementary', { name: 'Revisión de medibilidad' })
      .getByRole('status'),
  ).toHaveText('Medible: nombra una conducta, un criterio y un plazo.');
  await expect(page.getByRole('region', { name: 'Fechas' }).getByRole('complementary')).toContainText(
    'Indique la fecha de la reunión.',
  );
  await expectNoAxeViolations(page, 'plan editor in Spanish');
  await page.getByRole('button', { name: 'English' }).click();

  // The student page now lists the draft.
  await page.getByRole('link', { name: `Back to ${name}` }).click();
  await expect(section(page, 'Plans').getByRole('link', { name: 'IEP, Draft' })).toBeVisible();
});

/** A plan with nothing missing, as the team would have written it. */
function completeIep(): Record<string, unknown> {
  const factor = { needed: false, howAddressed: '' };
  return {
    dates: {
      meetingDate: '2026-09-10',
      startDate: '2026-09-14',
      endDate: '2027-09-09',
      nextAnnualReview: '2027-09-09',
    },
    presentLevels: {
      academic: 'Reads at a 4th-grade level.',
      functional: 'Independent in routines.',
      strengths: 'Kind, persistent.',
      parentConcerns: 'Reading.',
      studentInput: 'Likes comics.',
      impactOnGeneralCurriculum: 'Needs support to read grade-level texts.',
    },
    specialFactors: {
      behavior: factor,
      limitedEnglish: factor,
      braille: factor,
      communication: { needed: true, howAddressed: 'Speech therapy twice a week.' },
      assistiveTechnology: factor,
    },
    goals: [
      {
        id: 'g1',
        area: 'Reading fluency',
        baseline: '62 words correct per minute.',
        text: 'Given a grade-level passage, the student will read 90 words correct per minute by the annual review.',
        measurement: 'Monthly curriculum-based measurement probes.',
        objectives: [],
        discipline: null,
      },
    ],
    progressReporting: { frequency: 'Each quarter, with report cards.', method: 'Written progress report.' },
    services: [
      {
        id: 's1',
        kind: 'special_education',
        service: 'Specialized reading instruction',
        providerRole: 'Special education teacher',
        minutesPerSession: 45,
        sessions: 4,
        per: 'week',
        location: 'special_education',
        locationDetail: '',
        startDate: '2026-09-14',
        endDate: '2027-09-09',
        discipline: null,
      },
    ],
    accommodations: [
      {
        id: 'a1',
        kind: 'both',
        description: 'Extended time (1.5x).',
        settings: 'All classes and tests',
        responsibleStaff: 'Teachers',
      },
    ],
    assessments: [
      { id: 'x1', assessment: 'State reading test', participation: 'regular_with_accommodations', alternateReason: '' },
    ],
    placement: {
      setting: 'regular_school',
      regularClassMinutesPerWeek: 1620,
      schoolMinutesPerWeek: 1800,
      nonParticipationExplanation: 'Pulled out for reading, 180 minutes a week.',
      extracurricular: 'Joins all activities.',
    },
    esy: { determination: 'not_needed', services: '' },
  };
}

test('a complete plan is finalized, read as the plan in effect, and amended by written agreement', async ({ page }) => {
  await signIn(page, 'casemanager@lincoln.demo');
  const student = await studentWithoutPlans(page.request, { young: true });
  const token = await csrf(page.request);
  const created = await page.request.post(`/api/v1/students/${student.id}/plans`, {
    headers: { 'X-CSRF-Token': token },
    data: { type: 'iep', startFrom: 'empty' },
  });
  expect(created.status()).toBe(201);
  const planId = ((await created.json()) as PlanBody).id;
  await saveAsSomeoneElse(page.request, planId, completeIep());
  await consentToServices(page.request, student.id);

  await page.goto(`/plans/${planId}`);
  await expect(page.getByTestId('findings-count')).toContainText('No errors');
  await page.getByRole('button', { name: 'Finalize the plan' }).click();
  await expect(page.getByTestId('finalized-notice')).toBeFocused();
  await expect(page.getByTestId('finalized-notice')).toHaveText('The plan is now in effect.');
  // The read view: nothing of the plan can be typed into any more (the one field is for starting a progress
  // report on the plan in effect), the plan's text, and its history.
  await expect(page.getByRole('textbox')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Reporting period' })).toBeVisible();
  await expect(section(page, 'Measurable annual goals')).toContainText(
    'the student will read 90 words correct per minute by the annual review',
  );
  await expect(section(page, 'Special education, related services and supports')).toContainText(
    '45 minutes, 4 sessions a week',
  );
  await expect(section(page, 'Version history').getByRole('listitem')).toHaveCount(1);
  await expect(section(page, 'Version history')).toContainText('In effect');
  await expectNoAxeViolations(page, 'plan in effect (read view)');
  // The PDF, in the reader's language.
  const pdfLink = page.getByRole('link', { name: 'Download the PDF' });
  await expect(pdfLink).toHaveAttribute('href', `/api/v1/plans/${planId}/document.pdf?lang=en`);
  const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // Amend: choose written agreement; the new draft opens, marked as an amendment.
  await page.getByRole('button', { name: 'Amend this plan' }).click();
  await expect(page.getByRole('radio', { name: 'At a team meeting' })).toBeFocused();
  await page.getByRole('radio', { name: 'By written agreement with the parent, without a meeting' }).check();
  await page.getByRole('button', { name: 'Start the amendment' }).click();
  await expect(page).not.toHaveURL(`/plans/${planId}`);
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByText('Amendment by written agreement')).toBeVisible();
  await expect(section(page, /^Present levels/).getByLabel('Academic achievement')).toHaveValue(
    'Reads at a 4th-grade level.',
  );
  // Nothing changed yet; change the ESY determination and the amendment lists it, before and after.
  await expect(section(page, 'What this amendment changes')).toContainText('Nothing has changed yet.');
  const amendmentId = planIdOf(page);
  const goals = completeIep().goals as { text: string }[];
  await saveAsSomeoneElse(page.request, amendmentId, {
    esy: { determination: 'needed', services: 'Reading, two hours a week in July.' },
    goals: [
      {
        ...goals[0],
        text: 'Given a grade-level passage, the student will read 100 words correct per minute by the annual review.',
      },
    ],
  });
  await page.reload();
  const changes = section(page, 'What this amendment changes').getByTestId('plan-changes');
  await expect(
    changes.locator('tr[data-change="changed"]').filter({ hasText: 'Reading, two hours a week in July.' }),
  ).toHaveCount(1);
  // In words, as the editor labels them: the field, the decision, the goal by its area; never a key or a code.
  const determination = changes
    .locator('tr')
    .filter({ has: page.getByText('Extended school year services', { exact: true }) });
  await expect(determination).toHaveCount(1);
  await expect(determination.getByRole('cell').nth(2)).toHaveText('Not needed');
  await expect(determination.getByRole('cell').nth(3)).toHaveText('Needed');
  const goal = changes.locator('tr').filter({ hasText: 'Goal: Reading fluency' });
  await expect(goal).toHaveCount(1);
  await expect(goal).toContainText('Annual goal');
  await expect(goal).toContainText('read 100 words correct per minute');
  const tableText = await changes.innerText();
  expect(tableText).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/); // camelCase keys (determination's path, meetingDate…)
  expect(tableText).not.toMatch(/not_needed|esy\.|goals\[|\bg1\b/);
  await expectNoAxeViolations(page, 'amendment with its changes');
  await changes.screenshot({ path: test.info().outputPath('amendment-changes-en.png') });
  // In Spanish, the same changes in Spanish (the goal's own words stay as the team wrote them).
  await page.getByRole('button', { name: 'Español' }).click();
  const cambios = section(page, 'Qué cambia esta enmienda').getByTestId('plan-changes');
  await expect(cambios.locator('tr').filter({ hasText: 'Meta: Reading fluency' })).toContainText('Meta anual');
  await expect(
    cambios
      .locator('tr')
      .filter({ has: page.getByText('Servicios del año escolar extendido', { exact: true }) })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('No se necesitan');
  await cambios.screenshot({ path: test.info().outputPath('amendment-changes-es.png') });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(changes.locator('tr').filter({ hasText: 'Goal: Reading fluency' })).toHaveCount(1);

  // The student page lists both, the amendment marked.
  await page.goto(`/students/${student.id}`);
  const rows = section(page, 'Plans').getByTestId('plan-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Amendment by written agreement' })).toHaveCount(1);
  await expect(section(page, 'Plans').getByRole('link', { name: 'IEP, In effect' })).toBeVisible();
});

test('a complete draft is proposed to the family, then finalized, then ended with a reason', async ({ page }) => {
  await signIn(page, 'casemanager@lincoln.demo');
  const student = await studentWithoutPlans(page.request, { young: true });
  const token = await csrf(page.request);
  const created = await page.request.post(`/api/v1/students/${student.id}/plans`, {
    headers: { 'X-CSRF-Token': token },
    data: { type: 'iep', startFrom: 'empty' },
  });
  expect(created.status()).toBe(201);
  const planId = ((await created.json()) as PlanBody).id;
  await saveAsSomeoneElse(page.request, planId, completeIep());
  await consentToServices(page.request, student.id);

  await page.goto(`/plans/${planId}`);
  await page.getByRole('button', { name: 'Propose to the family' }).click();
  await expect(page.getByText('This plan is proposed to the family and cannot be changed.')).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  expect((await getPlan(page.request, planId)).status).toBe('proposed');
  await expectNoAxeViolations(page, 'proposed plan');

  await page.getByRole('button', { name: 'Finalize the plan' }).click();
  await expect(page.getByTestId('finalized-notice')).toHaveText('The plan is now in effect.');
  await page.getByRole('button', { name: 'End this plan', exact: true }).click();
  await expect(page.getByLabel('Why does the plan end?')).toBeFocused();
  await page.getByLabel('Why does the plan end?').selectOption({ label: 'The student moved away' });
  await page.getByLabel('Note (optional)').fill('Moved out of state in November.');
  await expectNoAxeViolations(page, 'ending a plan');
  await page.getByRole('button', { name: 'End the plan', exact: true }).click();
  await expect(page.getByRole('button', { name: 'End this plan', exact: true })).toHaveCount(0);
  await expect.poll(async () => (await getPlan(page.request, planId)).status).toBe('ended');
  await expect(section(page, 'Version history').getByRole('listitem')).toHaveCount(3);
});

test('a teacher reads the goals and accommodations of the plan in effect, and cannot change it or start one', async ({
  page,
}) => {
  // A student this teacher teaches, on the case manager's caseload, with no plan yet.
  await signIn(page, 'teacher@lincoln.demo');
  const taught = new Set(
    ((await (await page.request.get('/api/v1/students?limit=100')).json()) as { data: StudentRow[] }).data.map(
      (s) => s.id,
    ),
  );
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'casemanager@lincoln.demo');
  const student = await studentWithoutPlans(page.request, { young: true, among: taught });
  const token = await csrf(page.request);
  const created = (await (
    await page.request.post(`/api/v1/students/${student.id}/plans`, {
      headers: { 'X-CSRF-Token': token },
      data: { type: 'iep' },
    })
  ).json()) as PlanBody;
  await saveAsSomeoneElse(page.request, created.id, completeIep());
  await consentToServices(page.request, student.id);
  expect(
    (await page.request.post(`/api/v1/plans/${created.id}/finalize`, { headers: { 'X-CSRF-Token': token } })).status(),
  ).toBe(200);
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'teacher@lincoln.demo');
  await page.goto(`/plans/${created.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Individualized Education Program (IEP) for ${student.firstName} ${student.lastName}`,
  );
  // A teacher sees the goals and accommodations only (300.323(d)), and nothing to change them with.
  await expect(section(page, 'Measurable annual goals')).toContainText('will read 90 words correct per minute');
  await expect(section(page, 'Accommodations')).toContainText('Extended time (1.5x).');
  await expect(section(page, /^Present levels/)).toHaveCount(0);
  await expect(section(page, 'Special education, related services and supports')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Amend this plan' })).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expectNoAxeViolations(page, 'plan in effect as a teacher');
  await page.goto(`/students/${student.id}`);
  await expect(section(page, 'Plans').getByRole('link', { name: 'IEP, In effect' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start an IEP or 504 plan' })).toHaveCount(0);
});

test('a 504 plan: impairment, major life activities and accommodations are edited and saved', async ({ page }) => {
  await signIn(page, 'admin@lincoln.demo');
  const student = await studentWithoutPlans(page.request, { status: 'plan_504' });
  await page.goto(`/students/${student.id}`);
  const plans = section(page, 'Plans');
  await plans.getByRole('button', { name: 'Start an IEP or 504 plan' }).click();
  await plans.getByRole('radio', { name: 'Section 504 plan' }).check();
  await plans.getByRole('button', { name: 'Start the draft' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Section 504 plan for ${student.firstName} ${student.lastName}` }),
  ).toBeVisible();
  const planId = planIdOf(page);
  // Only a 504 plan's sections.
  await expect(page.getByRole('navigation', { name: 'Sections of the plan' }).getByRole('link')).toHaveText([
    /^Dates/,
    /^Impairment/,
    /^Major life activities/,
    /^Accommodations/,
    /^Review/,
  ]);
  await section(page, 'Impairment').getByLabel('The physical or mental impairment').fill('Type 1 diabetes.');
  const activities = section(page, 'Major life activities');
  await activities.getByRole('button', { name: 'Add a major life activity' }).click();
  await expect(activities.getByLabel('Major life activity 1')).toBeFocused();
  await page.keyboard.type('Eating');
  const accommodations = section(page, 'Accommodations');
  await accommodations.getByRole('button', { name: 'Add an accommodation' }).click();
  await accommodations.getByLabel('Accommodation', { exact: true }).fill('Snacks and water in class at any time.');
  await accommodations.getByLabel('Who provides it').fill('Classroom teachers');
  await accommodations.getByLabel('Applies to').selectOption({ label: 'Classroom and testing' });
  await section(page, 'Review').getByLabel('Review date').fill('2027-05-01');
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  const saved = await getPlan(page.request, planId);
  expect(saved.content).toMatchObject({
    impairment: 'Type 1 diabetes.',
    majorLifeActivities: ['Eating'],
    accommodations: [
      { kind: 'both', description: 'Snacks and water in class at any time.', responsibleStaff: 'Classroom teachers' },
    ],
    reviewDate: '2027-05-01',
  });
  expect((saved.content.accommodations as { id: string }[])[0]!.id).toMatch(/\S{8,}/);
  await expect(section(page, 'Impairment').getByRole('complementary')).toContainText(
    'Nothing is missing in this section.',
  );
  // Removing moves focus to the list's "Add" button.
  await activities.getByRole('button', { name: 'Remove major life activity 1' }).click();
  await expect(activities.getByRole('button', { name: 'Add a major life activity' })).toBeFocused();
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  expect((await getPlan(page.request, planId)).content.majorLifeActivities).toEqual([]);
  await expect(section(page, 'Major life activities').getByRole('complementary')).toContainText(
    'Name the major life activities',
  );
  await expectNoAxeViolations(page, '504 plan editor');

  // Share with the family: the draft's version moves on; the next edit still saves, without a conflict.
  await page.getByRole('checkbox', { name: 'Share this draft with the family' }).check();
  await expect(page.getByRole('definition').filter({ hasText: 'The draft is shared with the family.' })).toBeVisible();
  expect((await getPlan(page.request, planId)) as PlanBody & { sharedWithFamily: boolean }).toMatchObject({
    sharedWithFamily: true,
  });
  await section(page, 'Impairment')
    .getByLabel('The physical or mental impairment')
    .fill('Type 1 diabetes, diagnosed 2022.');
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  await expect(page.getByTestId('reconcile')).toHaveCount(0);
  expect((await getPlan(page.request, planId)).content.impairment).toBe('Type 1 diabetes, diagnosed 2022.');

  // Complete it in the browser and finalize: the meeting date and a major life activity are what is missing.
  await section(page, 'Dates').getByLabel('Meeting date').fill('2026-11-20');
  await activities.getByRole('button', { name: 'Add a major life activity' }).click();
  await page.keyboard.type('Eating');
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  await page.getByRole('button', { name: 'Finalize the plan' }).click();
  await expect(page.getByTestId('finalized-notice')).toHaveText('The plan is now in effect.');
  expect((await getPlan(page.request, planId)).status).toBe('active');
});

/** A draft for a student the provider serves, holding one special-education goal (another discipline than the provider's). */
async function draftForProvider(page: Page): Promise<string> {
  await signIn(page, 'provider@lincoln.demo');
  const served = new Set(
    ((await (await page.request.get('/api/v1/students?limit=100')).json()) as { data: StudentRow[] }).data.map(
      (s) => s.id,
    ),
  );
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'casemanager@lincoln.demo');
  const student = await studentWithoutPlans(page.request, { among: served });
  const token = await csrf(page.request);
  const created = (await (
    await page.request.post(`/api/v1/students/${student.id}/plans`, {
      headers: { 'X-CSRF-Token': token },
      data: { type: 'iep' },
    })
  ).json()) as PlanBody;
  const teacherGoal = {
    id: 'g-sped',
    area: 'Math',
    baseline: '',
    text: 'Given ten problems, the student will solve 8 by June 2027.',
    measurement: '',
    objectives: [],
    discipline: null,
  };
  await saveAsSomeoneElse(page.request, created.id, { goals: [teacherGoal] });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'provider@lincoln.demo');
  return created.id;
}

test('a related-service provider sees the draft, with only goals and services of their discipline to change', async ({
  page,
}) => {
  const planId = await draftForProvider(page);
  await page.goto(`/plans/${planId}`);
  await expect(page.getByText('You can change only some sections of this draft')).toBeVisible();
  // Present levels: read, not changed.
  await expect(section(page, /^Present levels/).getByRole('textbox')).toHaveCount(0);
  await expect(section(page, /^Present levels/)).toContainText('You can read this section, not change it.');
  // The special-education goal is read-only for a speech-language pathologist.
  const goals = section(page, 'Measurable annual goals');
  await expect(goals).toContainText('This goal belongs to another discipline');
  await expect(goals.getByRole('button', { name: 'Remove goal 1' })).toHaveCount(0);
  await expect(goals.getByRole('button', { name: 'Add a goal' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Finalize the plan' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Share this draft with the family' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'plan editor as a provider');
});

test('a related-service provider adds a goal of their discipline beside another discipline’s goal', async ({
  page,
}) => {
  const planId = await draftForProvider(page);
  await page.goto(`/plans/${planId}`);
  const goals = section(page, 'Measurable annual goals');
  await goals.getByRole('button', { name: 'Add a goal' }).click();
  await goals
    .getByLabel('Annual goal')
    .fill('During structured play, the student will produce /s/ in 8 of 10 trials by the annual review.');
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  const saved = (await getPlan(page.request, planId)).content.goals as { id: string; discipline: string | null }[];
  expect(saved).toHaveLength(2);
  expect(saved[0]).toMatchObject({ id: 'g-sped', discipline: null });
  expect(saved[1]!.discipline).toBe('slp');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the editor is stacked, fits the screen, and is axe-clean', async ({ page }) => {
    await signIn(page, 'casemanager@lincoln.demo');
    const student = await studentWithoutPlans(page.request);
    const token = await csrf(page.request);
    const created = await page.request.post(`/api/v1/students/${student.id}/plans`, {
      headers: { 'X-CSRF-Token': token },
      data: { type: 'iep' },
    });
    const planId = ((await created.json()) as PlanBody).id;
    await page.goto(`/plans/${planId}`);
    await expect(page.getByRole('navigation', { name: 'Sections of the plan' })).toBeVisible();
    const goals = section(page, 'Measurable annual goals');
    await goals.getByRole('button', { name: 'Add a goal' }).click();
    await goals.getByLabel('Annual goal').fill('Ana will understand fractions.');
    await expect(goals.getByRole('complementary', { name: 'Measurability check' }).getByRole('status')).toContainText(
      'Not measurable yet',
    );
    await expect(page.getByTestId('save-status')).toHaveText(/All changes saved/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // The section list is above the sections, not beside them.
    const nav = await page.getByRole('navigation', { name: 'Sections of the plan' }).boundingBox();
    const first = await section(page, 'Dates').boundingBox();
    expect(nav && first && nav.y + nav.height <= first.y).toBe(true);
    await expectNoAxeViolations(page, 'plan editor on a phone');
  });
});
