/**
 * The goal bank in the plan editor: a case manager opens the bank, narrows it by area, grade band and a
 * word, and inserts a goal, which becomes a new goal of the draft (saved like any edit, measurable, and
 * editable); an adapted goal is saved to the district's bank and found there again; a goal that is not
 * measurable is refused with the reason. The dialog is keyboard-operable and axe-clean in both languages.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support';

interface StudentRow {
  id: string;
  firstName: string;
  lastName: string;
  grade: string;
}
interface PlanBody {
  id: string;
  content: Record<string, unknown>;
}

/** An IEP-eligible student with no plan at all, chosen through the API (as plan-editor.spec.ts does). */
async function studentWithoutPlans(request: APIRequestContext): Promise<StudentRow> {
  const res = await request.get('/api/v1/students?status=eligible_iep&limit=100');
  expect(res.status()).toBe(200);
  for (const s of ((await res.json()) as { data: StudentRow[] }).data) {
    const plans = (await (await request.get(`/api/v1/students/${s.id}/plans`)).json()) as { data: unknown[] };
    if (plans.data.length === 0) return s;
  }
  throw new Error('No eligible_iep student without a plan is left in the demo data');
}

async function getPlan(request: APIRequestContext, id: string): Promise<PlanBody> {
  const res = await request.get(`/api/v1/plans/${id}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as PlanBody;
}

const section = (page: Page, name: string | RegExp) => page.getByRole('region', { name });
const saveStatus = (page: Page) => page.getByTestId('save-status');

const FRACTIONS =
  'Given 10 problems adding and subtracting fractions with unlike denominators, the student will solve 8 of 10 correctly in 3 consecutive probes by the annual review.';
const FRACTIONS_MEASUREMENT = 'Computation probes, every two weeks';

test('a case manager inserts a goal from the bank, adapts it, and saves it to the district’s bank', async ({
  page,
}) => {
  await signIn(page, 'casemanager@lincoln.demo');
  const student = await studentWithoutPlans(page.request);
  await page.goto(`/students/${student.id}`);
  const plans = section(page, 'Plans');
  await plans.getByRole('button', { name: 'Start an IEP or 504 plan' }).click();
  await expect(plans.getByRole('radio', { name: 'Individualized Education Program (IEP)' })).toBeChecked();
  await plans.getByRole('button', { name: 'Start the draft' }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const planId = new URL(page.url()).pathname.split('/').pop()!;

  // The bank opens as a modal dialog with focus inside; Escape closes it and focus goes back to the button.
  const goals = section(page, 'Measurable annual goals');
  const openBank = goals.getByRole('button', { name: 'Choose from the goal bank' });
  await openBank.click();
  const dialog = page.getByRole('dialog', { name: 'Goal bank' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Area' })).toBeFocused();
  // The band starts at the student's grade.
  const grade = ((await (await page.request.get(`/api/v1/students/${student.id}`)).json()) as { grade: string }).grade;
  const band =
    grade === 'KG' || Number(grade) <= 2 ? 'K-2' : Number(grade) <= 5 ? '3-5' : Number(grade) <= 8 ? '6-8' : '9-12';
  await expect(dialog.getByRole('combobox', { name: 'Grade band' })).toHaveValue(band);
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ goals$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(openBank).toBeFocused();

  // Area, grade band and a word narrow the list to the fractions goal.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Area' }).selectOption({ label: 'Math' });
  await dialog.getByRole('combobox', { name: 'Grade band' }).selectOption({ label: 'Grades 6–8' });
  await dialog.getByRole('searchbox', { name: 'Search the goals' }).fill('fractions');
  const items = dialog.getByTestId('goal-bank-item');
  await expect(items).toHaveCount(1);
  await expect(dialog.getByRole('status')).toHaveText('1 goal');
  const fractions = items.filter({ hasText: FRACTIONS });
  await expect(fractions).toContainText('Math, Grades 6–8');
  await expect(fractions).toContainText('Starter bank');
  await expect(fractions).toContainText(`How progress is measured: ${FRACTIONS_MEASUREMENT}`);
  await expectNoAxeViolations(page, 'goal bank dialog');

  // Insert: a new goal with the bank's text, focus on it; it is saved, and the check says it is measurable.
  await fractions.getByRole('button', { name: 'Insert' }).click();
  await expect(dialog).toHaveCount(0);
  const goalText = goals.getByRole('textbox', { name: 'Annual goal' });
  await expect(goalText).toBeFocused();
  await expect(goalText).toHaveValue(FRACTIONS);
  await expect(goals.getByRole('heading', { level: 3, name: 'Goal 1' })).toBeVisible();
  await expect(goals.getByRole('textbox', { name: 'Area' })).toHaveValue('Math');
  await expect(goals.getByRole('textbox', { name: 'Baseline' })).toHaveValue('');
  await expect(goals.getByRole('textbox', { name: 'How progress is measured' })).toHaveValue(FRACTIONS_MEASUREMENT);
  await expect(goals.getByRole('complementary', { name: 'Measurability check' }).getByRole('status')).toHaveText(
    'Measurable: it names a behavior, a criterion and a timeframe.',
  );
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  const inserted = (await getPlan(page.request, planId)).content.goals as Record<string, unknown>[];
  expect(inserted).toEqual([
    {
      id: expect.stringMatching(/\S{8,}/),
      area: 'Math',
      baseline: '',
      text: FRACTIONS,
      measurement: FRACTIONS_MEASUREMENT,
      objectives: [],
      discipline: null,
    },
  ]);

  // The inserted goal is the plan's own: adapted, saved.
  const adapted = FRACTIONS.replace('solve 8 of 10', 'solve 9 of 10');
  await goalText.fill(adapted);
  await goals.getByRole('textbox', { name: 'Baseline' }).fill('Solves 4 of 10 such problems (September probe).');
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  expect((await getPlan(page.request, planId)).content.goals).toMatchObject([
    { text: adapted, baseline: 'Solves 4 of 10 such problems (September probe).' },
  ]);

  // Save the adapted goal to the district's bank: the area follows the goal's, the grade band is chosen.
  const saveToBank = goals.getByRole('button', { name: 'Save goal 1 to the district’s goal bank' });
  await saveToBank.click();
  await expect(saveToBank).toHaveAttribute('aria-expanded', 'true');
  const where = goals.getByRole('group', { name: 'Where it goes in the bank' });
  await expect(where.getByRole('combobox', { name: 'Area' })).toBeFocused();
  await expect(where.getByRole('combobox', { name: 'Area' })).toHaveValue('math');
  // The band starts at the student's grade; without one, it is said, and focus goes to the missing choice.
  await expect(where.getByRole('combobox', { name: 'Grade band' })).toHaveValue(band);
  await where.getByRole('combobox', { name: 'Grade band' }).selectOption('');
  await goals.getByRole('button', { name: 'Save to the bank' }).click();
  await expect(goals.getByRole('alert')).toHaveText('Choose an area and a grade band.');
  await expect(where.getByRole('combobox', { name: 'Grade band' })).toBeFocused();
  await where.getByRole('combobox', { name: 'Grade band' }).selectOption({ label: 'Grades 6–8' });
  await expectNoAxeViolations(page, 'plan editor with the save-to-bank form');
  await goals.getByRole('button', { name: 'Save to the bank' }).click();
  await expect(goals.getByRole('status').filter({ hasText: 'Saved to' })).toHaveText(
    'Saved to the district’s goal bank (Math, Grades 6–8).',
  );
  await expect(where).toHaveCount(0);
  await expect(saveToBank).toBeFocused();
  const district = (
    (await (await page.request.get('/api/v1/goal-bank?q=9%20of%2010&area=math&gradeBand=6-8')).json()) as {
      data: { text: string; source: string }[];
    }
  ).data;
  expect(district).toEqual([
    expect.objectContaining({ text: adapted, source: 'district', measurement: FRACTIONS_MEASUREMENT }),
  ]);

  // A goal that is not measurable is refused, with what is missing.
  await goals.getByRole('button', { name: 'Add a goal' }).click();
  await goals.getByRole('textbox', { name: 'Annual goal' }).nth(1).fill('Sam will improve his reading.');
  await goals.getByRole('button', { name: 'Save goal 2 to the district’s goal bank' }).click();
  await where.getByRole('combobox', { name: 'Area' }).selectOption({ label: 'Reading' });
  await where.getByRole('combobox', { name: 'Grade band' }).selectOption({ label: 'Grades 3–5' });
  await goals.getByRole('button', { name: 'Save to the bank' }).click();
  const refusal = goals.getByRole('alert');
  await expect(refusal).toContainText('Only measurable goals go in the bank, and this one is not measurable yet.');
  await expect(refusal).toContainText('Missing: observable behavior, criterion, and timeframe.');
  await expect(refusal).toContainText('Cannot be observed or counted: “improve”');
  await goals.getByRole('button', { name: 'Cancel' }).click();
  await expect(goals.getByRole('button', { name: 'Save goal 2 to the district’s goal bank' })).toBeFocused();
  await goals.getByRole('button', { name: 'Remove goal 2' }).click();
  await expect(saveStatus(page)).toHaveText(/All changes saved/);

  // The bank again, the filters as they were: the district's goal first, marked "Our district".
  await openBank.click();
  await expect(dialog.getByRole('searchbox', { name: 'Search the goals' })).toHaveValue('fractions');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(adapted);
  await expect(items.nth(0)).toContainText('Our district');
  await expect(items.nth(1)).toContainText(FRACTIONS);
  await expect(items.nth(1)).toContainText('Starter bank');
  await expectNoAxeViolations(page, 'goal bank dialog with a district goal');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(openBank).toBeFocused();

  // In Spanish: the same dialog from the catalogue, axe-clean.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await section(page, 'Metas anuales medibles').getByRole('button', { name: 'Elegir del banco de metas' }).click();
  const dialogEs = page.getByRole('dialog', { name: 'Banco de metas' });
  await expect(dialogEs.getByTestId('goal-bank-item').nth(0)).toContainText('Nuestro distrito');
  await expect(dialogEs.getByTestId('goal-bank-item').nth(0)).toContainText('Matemáticas, Grados 6–8');
  await expect(dialogEs.getByRole('button', { name: 'Insertar' })).toHaveCount(2);
  await expectNoAxeViolations(page, 'goal bank dialog in Spanish');
  await page.keyboard.press('Escape');
  await expect(dialogEs).toHaveCount(0);
  await page.getByRole('button', { name: 'English' }).click();
});
