/**
 * Meetings: the case manager opens the demo annual review that is missing a required member (34 CFR 300.321),
 * sees the finding, adds a general education teacher, and the check clears. The parent answers an invitation on a
 * phone-sized screen, in Spanish. Axe on every screen.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support';

test('the case manager completes the team of a meeting missing a required member', async ({ page }) => {
  await signIn(page, 'casemanager@lincoln.demo');
  const found = await page.request.get('/api/v1/students?q=L1010');
  const student = ((await found.json()) as { data: { id: string }[] }).data[0]!;
  await page.goto(`/students/${student.id}`);

  const section = page.locator('section.meetings-section');
  const row = section.getByTestId('meeting-row').filter({ hasText: 'Annual IEP review' });
  await expect(row).toContainText('1 problem with the team');
  await expectNoAxeViolations(page, 'the student page with its meetings');
  await row.getByRole('link', { name: 'Annual IEP review' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Annual IEP review');
  const check = page.getByTestId('team-check');
  await expect(check.getByTestId('team-findings')).toContainText('The team must include: A general education teacher.');
  await expect(check.getByTestId('team-findings')).toContainText('34 CFR 300.321(a)(2)');
  await page.screenshot({ path: 'test-results/meetings-missing-member.png', fullPage: true });
  await expectNoAxeViolations(page, 'the meeting page with a missing member');

  const add = page.getByRole('form', { name: 'Add a team member' });
  await expect(add.getByLabel('Role')).toHaveValue('general_education_teacher');
  await add.getByLabel('Who').selectOption({ label: 'Sam Carter (Teacher)' });
  await add.getByLabel('Title or subject (optional)').fill('Science 7');
  await add.getByRole('button', { name: 'Add to the team' }).click();

  await expect(page.getByTestId('meeting-member').filter({ hasText: 'Sam Carter' })).toContainText('General education teacher — Science 7');
  await expect(check.getByTestId('team-findings')).toHaveCount(0);
  await expect(check).toContainText('The team includes every required member.');
  await page.screenshot({ path: 'test-results/meetings-team-complete.png', fullPage: true });
  await expectNoAxeViolations(page, 'the meeting page with the team complete');

  // Back on the student page, the list agrees.
  await page.getByRole('link', { name: /Back to/ }).click();
  await expect(page.locator('section.meetings-section').getByTestId('meeting-row').filter({ hasText: 'Annual IEP review' })).toContainText('Every required member is on the team');
});

test('the parent answers an invitation on a phone, in Spanish', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'parent@lincoln.demo');
  const child = ((await (await page.request.get('/api/v1/students')).json()) as { data: { id: string }[] }).data[0]!;
  await page.goto(`/students/${child.id}`);
  const invitation = page.getByTestId('meeting-invitation').filter({ hasText: 'Enmienda del IEP' });
  await expect(invitation).toContainText('10 de diciembre de 2026');
  await expectNoAxeViolations(page, 'the parent’s invitations (phone, Spanish)');
  await invitation.getByLabel('Prefiero otro día u otra hora').check();
  await invitation.getByLabel('Día que le conviene').fill('2026-12-11');
  await invitation.getByLabel('Hora que le conviene (opcional)').fill('17:00');
  await invitation.getByRole('button', { name: 'Enviar mi respuesta' }).click();
  await expect(page.getByTestId('meeting-invitation').filter({ hasText: 'Enmienda del IEP' })).toContainText('Su respuesta: Propuso otro horario');
  await page.screenshot({ path: 'test-results/meetings-parent-phone.png', fullPage: true });

  await page.getByTestId('meeting-invitation').filter({ hasText: 'Enmienda del IEP' }).getByRole('link', { name: 'Ver los detalles y quiénes asistirán' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Enmienda del IEP');
  await expect(page.getByTestId('meeting-member').filter({ hasText: 'Sam Carter' })).toContainText('Maestro de educación general');
  await page.screenshot({ path: 'test-results/meetings-parent-meeting.png', fullPage: true });
  await expectNoAxeViolations(page, 'the meeting page for the parent (phone, Spanish)');
});
