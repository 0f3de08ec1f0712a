/**
 * The family's portal on a phone: the parent (Spanish, their preferred language) adds a concern for the next IEP
 * and opens the plain-language help where the question arises; the page stays axe-clean and fits the screen.
 * The case manager then finds the concern in "Family input and requests".
 */
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loadedRows, signIn } from './support';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the parent adds a concern in Spanish and opens a help topic', async ({ page }) => {
    await signIn(page, 'parent@lincoln.demo');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const rows = await loadedRows(page);
    await rows.first().getByRole('link').click();

    const portal = page.getByRole('region', { name: /^Participe en el plan de / });
    await expect(portal).toBeVisible();
    const concerns = portal.getByRole('region', { name: 'Sus inquietudes para el próximo IEP' });
    // The demo concern the parent sent earlier is listed.
    await expect(concerns.getByTestId('family-input-item').first()).toContainText(
      'Mi hija entiende más de lo que puede decir',
    );

    // Help, where the question arises: a disclosure that opens with the keyboard or a tap.
    const help = concerns.locator('details[data-help-topic="who-attends"]');
    const summary = help.locator('summary');
    await expect(summary).toHaveText(/¿Quién va a una reunión del IEP\?/);
    await expect(help).not.toHaveAttribute('open', '');
    await summary.click();
    await expect(help).toHaveAttribute('open', '');
    await expect(help).toContainText('Usted, como madre o padre, es un miembro pleno del equipo.');
    await expect(help).toContainText('La norma: 34 CFR 300.321');

    // Next to "Ask for a meeting": what happens if you disagree, with the clocks.
    const disagree = portal
      .getByRole('region', { name: 'Pedir una reunión' })
      .locator('details[data-help-topic="disagree"]');
    await disagree.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(disagree).toContainText('60 días');
    await expect(disagree).toContainText('15 días');
    await expect(disagree).toContainText('45 días');

    // An empty concern is refused in words; a real one is sent and listed.
    await concerns.getByRole('button', { name: 'Enviar al equipo' }).click();
    await expect(concerns.getByRole('status')).toHaveText('Primero escriba algo.');
    const text = 'En casa practica la lectura 20 minutos, pero se cansa rápido. ¿Podemos hablar de eso?';
    await concerns.getByLabel('¿Qué le gustaría que el equipo sepa o trabaje?').fill(text);
    await concerns.getByRole('button', { name: 'Enviar al equipo' }).click();
    await expect(concerns.getByRole('status')).toHaveText('Gracias. Su mensaje se envió al equipo.');
    await expect(concerns.getByTestId('family-input-item').first()).toContainText(text);
    await expect(concerns.getByLabel('¿Qué le gustaría que el equipo sepa o trabaje?')).toHaveValue('');

    // Getting ready for the coming meeting: the parent's own checklist, saved, then shared with the team.
    const prepare = portal.getByRole('region', { name: 'Prepárese para una reunión' });
    const meeting = prepare.getByTestId('family-meeting').first();
    const openList = meeting.getByRole('button', { name: 'Mi lista para esta reunión' });
    await expect(openList).toHaveAttribute('aria-expanded', 'false');
    await openList.click();
    await expect(openList).toHaveAttribute('aria-expanded', 'true');
    await meeting.getByLabel('Anoté mis preguntas').check();
    await meeting.getByLabel('Las fortalezas de mi hijo').fill('Le encanta dibujar y ayuda a sus compañeros.');
    await meeting.getByRole('button', { name: 'Guardar mi lista' }).click();
    await expect(meeting.getByRole('status')).toHaveText('Guardado.');
    await meeting.getByRole('button', { name: 'Compartir con el equipo' }).click();
    await expect(meeting.getByRole('status')).toContainText('Compartida con el equipo el');

    // The rights notice is offered in both languages.
    const rights = portal.getByRole('region', { name: 'Sus derechos' });
    await expect(rights.getByRole('link', { name: 'Descargar en español (PDF)' })).toHaveAttribute(
      'href',
      /procedural-safeguards\.pdf\?lang=es/,
    );
    const pdf = await page.request.get(
      (await rights.getByRole('link', { name: 'Descargar en inglés (PDF)' }).getAttribute('href'))!,
    );
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    // Nothing in the portal reaches past the screen's edge (no sideways scrolling on a phone).
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('#family, #family *')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((e) => e.tagName + '.' + e.className),
    );
    expect(wide).toEqual([]);
    await expectNoAxeViolations(page, 'family portal on a phone (Spanish)');

    // For a person to look at (the run's own folder is shared with other suites).
    await page.screenshot({ path: path.join(os.tmpdir(), 'openiep-family-phone-es.png'), fullPage: true });
  });
});

test('the student (16) adds their own input, with help on why their voice matters', async ({ page }) => {
  await signIn(page, 'student@lincoln.demo');
  const rows = await loadedRows(page);
  await rows.first().getByRole('link').click();
  const portal = page.getByRole('region', { name: 'Your voice in your plan' });
  const input = portal.getByRole('region', { name: 'Your input for your next IEP' });
  await input.locator('details[data-help-topic="student-input"] summary').click();
  await expect(input.locator('details[data-help-topic="student-input"]')).toContainText(
    'The student is the “I” in IEP.',
  );
  await input
    .getByLabel('What helps you learn? What is hard? What do you want to work on?')
    .fill('I want to work on planning big projects.');
  await input.getByRole('button', { name: 'Send to the team' }).click();
  await expect(input.getByRole('status')).toHaveText('Thank you. Your message was sent to the team.');
  await expect(input.getByTestId('family-input-item').first()).toContainText('planning big projects');
  await expectNoAxeViolations(page, 'family portal (student)');
});

test('the case manager sees the family input and requests, and can act on them', async ({ page }) => {
  await signIn(page, 'casemanager@lincoln.demo');
  // The parent's child: L1001 (the demo's concern and open meeting request are on it).
  const found = (await (await page.request.get('/api/v1/students?q=L1001')).json()) as { data: { id: string }[] };
  expect(found.data).toHaveLength(1);
  await page.goto(`/students/${found.data[0]!.id}`);
  const panel = page.getByRole('region', { name: 'Family input and requests' });
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('staff-family-input').first()).toContainText('Parent concern');
  const request = panel.getByTestId('staff-meeting-request').filter({ hasText: 'Quisiera hablar sobre el progreso' });
  await expect(request).toContainText('Waiting for an answer');
  await request.getByRole('button', { name: 'Mark scheduled' }).click();
  await expect(request).toContainText('Scheduled');
  await expect(request.getByRole('button', { name: 'Mark scheduled' })).toHaveCount(0);
  // The safeguards notice: printed for the family, and recorded as given (a case event on the clock).
  const notice = panel.getByRole('region', { name: 'Procedural safeguards notice' });
  await notice.getByLabel('Given on').fill('2026-11-20');
  await notice.getByLabel('Language').selectOption('es');
  await notice.getByRole('button', { name: 'Record as given' }).click();
  await expect(notice.getByRole('status')).toHaveText('Recorded: the notice was given on November 20, 2026.');
  await expectNoAxeViolations(page, 'family input and requests (case manager)');
  await panel.screenshot({ path: path.join(os.tmpdir(), 'openiep-family-staff.png') });
});
