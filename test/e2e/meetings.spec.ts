/**
 * Meetings: the case manager opens the demo annual review that is missing a required member (34 CFR 300.321),
 * sees the finding, adds a general education teacher, and the check clears. The parent answers an invitation on a
 * phone-sized screen, in Spanish, and shares a preparation checklist the case manager then reads on the meeting page.
 * A refused "mark held" lists each finding in the reader's language with its citation. A late notice is recorded and
 * shown as sent late (and a meeting moved too close is flagged) in the reader's language, until the parent's agreement
 * to a shorter notice makes it timely. Axe on every screen; no sideways scrolling on a phone.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_PASSWORD } from './env';
import { expectNoAxeViolations, signIn } from './support';

const PHONE = { width: 390, height: 844 };

/** Nothing reaches past the screen's edge: the page does not scroll sideways (names what sticks out when it does). */
async function expectNoSideScroll(page: Page, label: string): Promise<void> {
  const r = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 8)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} (${Math.round(e.getBoundingClientRect().right)}px)`,
      ),
  }));
  expect(r.scrollWidth, `${label} scrolls sideways: ${r.wide.join(', ')}`).toBeLessThanOrEqual(r.innerWidth);
  expect(r.wide, `${label}: wider than the screen`).toEqual([]);
}

async function apiSignIn(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post('/api/v1/session', { data: { email, password: E2E_PASSWORD } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

async function studentId(request: APIRequestContext, q: string): Promise<string> {
  return ((await (await request.get(`/api/v1/students?q=${q}`)).json()) as { data: { id: string }[] }).data[0]!.id;
}

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
  await expect(check.getByTestId('team-findings')).toContainText(
    'The team must include a general education teacher of the student',
  );
  await expect(check.getByTestId('team-findings')).toContainText('34 CFR 300.321(a)(2)');
  await page.screenshot({ path: '.tmp/screens/meetings-missing-member.png', fullPage: true });
  await expectNoAxeViolations(page, 'the meeting page with a missing member');

  const add = page.getByRole('form', { name: 'Add a team member' });
  await expect(add.getByLabel('Role')).toHaveValue('general_education_teacher');
  await add.getByLabel('Who').selectOption({ label: 'Sam Carter (Teacher)' });
  await add.getByLabel('Title or subject (optional)').fill('Science 7');
  await add.getByRole('button', { name: 'Add to the team' }).click();

  await expect(page.getByTestId('meeting-member').filter({ hasText: 'Sam Carter' })).toContainText(
    'General education teacher — Science 7',
  );
  await expect(check.getByTestId('team-findings')).toHaveCount(0);
  await expect(check).toContainText('The team includes every required member.');
  await page.screenshot({ path: '.tmp/screens/meetings-team-complete.png', fullPage: true });
  await expectNoAxeViolations(page, 'the meeting page with the team complete');

  // Back on the student page, the list agrees.
  await page.getByRole('link', { name: /Back to/ }).click();
  await expect(
    page.locator('section.meetings-section').getByTestId('meeting-row').filter({ hasText: 'Annual IEP review' }),
  ).toContainText('Every required member is on the team');
});

test('the parent answers an invitation on a phone, in Spanish', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, 'parent@lincoln.demo');
  const child = ((await (await page.request.get('/api/v1/students')).json()) as { data: { id: string }[] }).data[0]!;
  await page.goto(`/students/${child.id}`);
  const invitation = page.getByTestId('meeting-invitation').filter({ hasText: 'Enmienda del IEP' });
  await expect(invitation).toContainText('10 de diciembre de 2026');
  await expectNoAxeViolations(page, 'the parent’s invitations (phone, Spanish)');
  await invitation.getByLabel('Prefiero otro día u otra hora').check();
  await expect(invitation.getByLabel('Día que le conviene')).toBeVisible();
  await expectNoSideScroll(page, 'the parent’s invitation with its answer form (phone, Spanish)');
  await expectNoAxeViolations(page, 'the parent’s invitation with its answer form (phone, Spanish)');
  await invitation.getByLabel('Día que le conviene').fill('2026-12-11');
  await invitation.getByLabel('Hora que le conviene (opcional)').fill('17:00');
  await invitation.getByRole('button', { name: 'Enviar mi respuesta' }).click();
  await expect(page.getByTestId('meeting-invitation').filter({ hasText: 'Enmienda del IEP' })).toContainText(
    'Su respuesta: Propuso otro horario',
  );
  await page.screenshot({ path: '.tmp/screens/meetings-parent-phone.png', fullPage: true });

  await page
    .getByTestId('meeting-invitation')
    .filter({ hasText: 'Enmienda del IEP' })
    .getByRole('link', { name: 'Ver los detalles y quiénes asistirán' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Enmienda del IEP');
  await expect(page.getByTestId('meeting-member').filter({ hasText: 'Sam Carter' })).toContainText(
    'Maestro de educación general',
  );
  await page.screenshot({ path: '.tmp/screens/meetings-parent-meeting.png', fullPage: true });
  await expectNoSideScroll(page, 'the meeting page for the parent (phone, Spanish)');
  await expectNoAxeViolations(page, 'the meeting page for the parent (phone, Spanish)');
  // The family never sees the staff's view of what they shared.
  await expect(page.getByTestId('family-preparations')).toHaveCount(0);
});

test('the case manager reads the checklist the family shared, in their own language, on a desktop and a phone', async ({
  page,
  browser,
}) => {
  // The parent (Spanish) fills in and shares a checklist from the portal on a phone.
  const family = await browser.newContext({ viewport: PHONE });
  const parent = await family.newPage();
  await signIn(parent, 'parent@lincoln.demo');
  const child = ((await (await parent.request.get('/api/v1/students')).json()) as { data: { id: string }[] }).data[0]!;
  await parent.goto(`/students/${child.id}`);
  const prepare = parent.getByRole('region', { name: 'Prepárese para una reunión' });
  const item = prepare.getByTestId('family-meeting').filter({ hasText: 'Reunión para cambiar el IEP' }).first();
  await item.getByRole('button', { name: 'Mi lista para esta reunión' }).click();
  await item.getByLabel('Anoté mis preguntas').check();
  await item.getByLabel('Le pregunté a mi hijo qué le ayuda y qué le cuesta').check();
  await item
    .getByRole('textbox', { name: 'Mis preguntas' })
    .fill('¿Cuántos minutos de apoyo en lectura tendrá cada semana?\n¿Quién le dará ese apoyo?');
  await item
    .getByRole('textbox', { name: 'Las fortalezas de mi hijo' })
    .fill('Le encanta dibujar y ayuda a sus compañeros.');
  await item.getByRole('button', { name: 'Guardar mi lista' }).click();
  await expect(item.getByRole('status')).toHaveText('Guardado.');
  await item.getByRole('button', { name: 'Compartir con el equipo' }).click();
  await expect(item.getByRole('status')).toContainText('Compartida con el equipo el');
  await family.close();

  // The case manager (English) opens the meeting.
  await signIn(page, 'casemanager@lincoln.demo');
  const meetings = (
    (await (await page.request.get(`/api/v1/students/${await studentId(page.request, 'L1001')}/meetings`)).json()) as {
      data: { id: string; purpose: string }[];
    }
  ).data;
  const amendment = meetings.find((m) => m.purpose === 'amendment')!;
  await page.goto(`/meetings/${amendment.id}`);
  const shared = page.getByRole('region', { name: 'What the family shared to prepare' });
  const checklist = shared.getByRole('article').filter({ hasText: 'Elena' });
  await expect(checklist.getByRole('heading', { level: 3 })).toContainText('Shared by Elena');
  await expect(checklist).toContainText('I wrote down my questions');
  await expect(checklist).toContainText('I asked my child what helps and what is hard');
  await expect(checklist).not.toContainText('I read the current IEP'); // not checked
  await expect(checklist.getByRole('definition').filter({ hasText: '¿Cuántos minutos' })).toContainText(
    '¿Quién le dará ese apoyo?',
  );
  await expect(checklist.getByRole('term').filter({ hasText: 'My questions' })).toBeVisible();
  await expect(checklist.getByRole('term').filter({ hasText: 'My child’s strengths' })).toBeVisible();
  await expect(checklist.getByRole('term').filter({ hasText: 'My concerns' })).toHaveCount(0); // left empty
  await page.screenshot({ path: '.tmp/screens/meetings-staff-desktop.png', fullPage: true });
  await expectNoAxeViolations(page, 'the meeting page with the family’s checklist (desktop)');

  await page.setViewportSize(PHONE);
  await expect(checklist).toBeVisible();
  await page.screenshot({ path: '.tmp/screens/meetings-staff-phone.png', fullPage: true });
  await expectNoSideScroll(page, 'the meeting page for the case manager (phone)');
  await expectNoAxeViolations(page, 'the meeting page for the case manager (phone)');

  // In Spanish, the labels are the portal's Spanish ones.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(
    page.getByRole('region', { name: 'Lo que la familia compartió para prepararse' }).getByRole('article').first(),
  ).toContainText('Anoté mis preguntas');
});

test('a refused "mark held" lists each finding in the reader’s language, with its citation', async ({
  page,
  browser,
}) => {
  // A meeting that already took place, with an incomplete team: the parents and two teachers only.
  const staff = await browser.newContext();
  const csrf = await apiSignIn(staff.request, 'casemanager@lincoln.demo');
  const created = await staff.request.post(`/api/v1/students/${await studentId(staff.request, 'L1001')}/meetings`, {
    headers: { 'X-CSRF-Token': csrf },
    data: {
      purpose: 'other',
      date: '2026-11-25',
      startTime: '15:00',
      location: 'Room 5',
      transitionDiscussed: false,
      participants: [
        { role: 'general_education_teacher', name: 'Sam Carter' },
        { role: 'special_education_teacher', name: 'Maria Alvarez' },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const meetingId = ((await created.json()) as { id: string }).id;
  await staff.close();

  await page.addInitScript(() => window.localStorage.setItem('openiep.locale', 'es'));
  await signIn(page, 'casemanager@lincoln.demo');
  await page.goto(`/meetings/${meetingId}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The lead time, from the district's settings (California law says "early enough"; Lincoln gives 10 days), in Spanish.
  await expect(page.getByTestId('notice-lead-time')).toContainText(
    'Al menos 10 días antes de la reunión (California).',
  );
  await expect(page.getByTestId('notice-lead-time')).toContainText('34 CFR 300.322(a)(1)');

  const parentName = (await page.getByTestId('meeting-member').first().locator('.meeting-member-name').textContent())!;
  await page.getByLabel(`Asistencia de ${parentName}`).selectOption({ label: 'Ausente' });
  await page.getByRole('button', { name: 'Marcar la reunión como realizada' }).click();
  const refused = page.getByTestId('hold-refused');
  await expect(refused).toContainText('No se puede marcar la reunión como realizada');
  const items = refused.getByRole('listitem');
  await expect(items.filter({ hasText: 'El equipo debe incluir a un representante del distrito' })).toContainText(
    '34 CFR 300.321(a)(4)',
  );
  await expect(items.filter({ hasText: 'Los padres no asistieron' })).toContainText(
    'al menos 2 intentos por 2 medios distintos (ninguno registrado, ningún medio)',
  );
  await expect(items.filter({ hasText: 'Los padres no asistieron' })).toContainText('34 CFR 300.322(d)');
  await expect(
    items.filter({ hasText: 'Registre si el maestro de educación general (Sam Carter) asistió.' }),
  ).toContainText('34 CFR 300.321(a)(2)');
  await expect(
    items.filter({ hasText: 'Registre si el maestro o proveedor de educación especial (Maria Alvarez) asistió.' }),
  ).toHaveCount(1);
  // None of the server's English reaches the screen.
  await expect(refused).not.toContainText(/did not attend|must include|team\.|Record whether/);
  await page.screenshot({ path: '.tmp/screens/meetings-hold-refused-es.png', fullPage: true });
  await expectNoAxeViolations(page, 'a refused "mark held" (Spanish)');
});

test('a late notice is recorded and shown as sent late in the reader’s language; the parent’s agreement makes it timely; an incomplete one is refused', async ({
  page,
  browser,
}) => {
  const staff = await browser.newContext();
  const csrf = await apiSignIn(staff.request, 'casemanager@lincoln.demo');
  const lopez = await studentId(staff.request, 'L1001');
  const create = async (data: Record<string, unknown>) => {
    const res = await staff.request.post(`/api/v1/students/${lopez}/meetings`, {
      headers: { 'X-CSRF-Token': csrf },
      data: {
        purpose: 'other',
        startTime: '15:00',
        transitionDiscussed: false,
        participants: [{ role: 'special_education_teacher', name: 'Maria Alvarez' }],
        ...data,
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  // Lincoln gives 10 days' notice (California law sets no number): by 2026-11-28 for a meeting on 2026-12-08.
  const late = await create({ date: '2026-12-08', location: 'Room 5' });
  const nowhere = await create({ date: '2027-01-20', location: '' });
  await staff.close();

  await page.addInitScript(() => window.localStorage.setItem('openiep.locale', 'es'));
  await signIn(page, 'casemanager@lincoln.demo');
  await page.goto(`/meetings/${late}`);
  const notice = page.getByRole('region', { name: 'Aviso a los padres' });
  // Scheduled too close: flagged at once, with the last day, and what to do.
  const timing = notice.getByTestId('notice-timing');
  await expect(timing).toHaveAttribute('data-code', 'notice.period_passed');
  await expect(timing).toContainText(
    'El aviso ya no puede salir a tiempo: el último día para enviarlo era el 28 de noviembre de 2026 (10 días antes de la reunión del 8 de diciembre de 2026).',
  );
  await expect(timing.getByRole('button', { name: 'Cambiar la fecha de la reunión' })).toBeVisible();
  await expectNoAxeViolations(page, 'a meeting whose notice can no longer go out in time (Spanish)');

  // Recorded today, as it really went out: not refused, shown as sent late.
  await notice.getByRole('button', { name: 'Registrar el aviso' }).click();
  await expect(notice.getByText(/^Enviado el 30 de noviembre de 2026/)).toBeVisible();
  await expect(timing).toHaveAttribute('data-code', 'notice.sent_late');
  await expect(timing).toContainText(
    'Enviado tarde: el aviso salió el 30 de noviembre de 2026, después del 28 de noviembre de 2026, el último día para enviarlo (10 días antes de la reunión del 8 de diciembre de 2026).',
  );
  await expect(timing).toContainText('34 CFR 300.322(a)(1)');
  await expect(notice).not.toContainText(/Sent late|went out|meeting-notice|notice\.sent_late/);
  await page.screenshot({ path: '.tmp/screens/meetings-notice-sent-late-es.png', fullPage: true });
  await expectNoAxeViolations(page, 'a notice sent late (Spanish)');

  // The case clock of the student shows it met late.
  const clock = (await (await page.request.get(`/api/v1/students/${lopez}/deadlines`)).json()) as {
    data: { id: string; status: string }[];
  };
  expect(clock.data.find((d) => d.id === `meeting-notice:${late}`)?.status).toBe('met_late');

  // The parent agreed to the shorter notice: recorded with its day, the notice is then on time.
  const agreement = notice.getByRole('form', { name: 'Registrar que los padres aceptaron un aviso más corto' });
  await agreement.getByLabel('Día en que los padres lo aceptaron').fill('2026-11-30');
  await agreement
    .getByLabel('Nota sobre el acuerdo (opcional)')
    .fill('Por teléfono: prefiere reunirse antes de las vacaciones.');
  await agreement.getByRole('button', { name: 'Registrar el acuerdo' }).click();
  await expect(notice.getByTestId('notice-timing')).toHaveCount(0);
  await expect(notice).toContainText('los padres aceptaron un aviso más corto el 30 de noviembre de 2026');
  const after = (await (await page.request.get(`/api/v1/students/${lopez}/deadlines`)).json()) as {
    data: { id: string; status: string }[];
  };
  expect(after.data.find((d) => d.id === `meeting-notice:${late}`)?.status).toBe('met');
  await expectNoAxeViolations(page, 'a late notice with the parent’s agreement (Spanish)');

  // A notice that is not a late fact but an incomplete one is still refused, naming what it lacks, in the reader's language.
  await page.goto(`/meetings/${nowhere}`);
  await notice.getByRole('button', { name: 'Registrar el aviso' }).click();
  const items = notice.getByRole('alert').getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('El aviso indica dónde es la reunión: un lugar o un enlace de video.');
  await expect(items.first()).toContainText('34 CFR 300.322(b)(1)(i)');
  await expect(notice.getByRole('alert')).not.toContainText(/notice\.location|states where/);
  await page.screenshot({ path: '.tmp/screens/meetings-notice-missing-es.png', fullPage: true });
  await expectNoAxeViolations(page, 'a notice refused as incomplete (Spanish)');
});

test('a meeting moved too close for its notice is flagged with its last notice day; "Move the meeting" opens the day', async ({
  page,
  browser,
}) => {
  const staff = await browser.newContext();
  const csrf = await apiSignIn(staff.request, 'casemanager@lincoln.demo');
  const res = await staff.request.post(`/api/v1/students/${await studentId(staff.request, 'L1001')}/meetings`, {
    headers: { 'X-CSRF-Token': csrf },
    data: {
      purpose: 'other',
      date: '2027-01-20',
      startTime: '15:00',
      location: 'Room 5',
      transitionDiscussed: false,
      participants: [{ role: 'special_education_teacher', name: 'Maria Alvarez' }],
    },
  });
  expect(res.status()).toBe(201);
  const meetingId = ((await res.json()) as { id: string }).id;
  await staff.close();

  await signIn(page, 'casemanager@lincoln.demo');
  await page.goto(`/meetings/${meetingId}`);
  const notice = page.getByRole('region', { name: 'Notice to the parents' });
  await expect(notice.getByTestId('notice-timing')).toHaveCount(0);
  // Moved to 2026-12-09: the last day to send the notice was yesterday (2026-11-29; Lincoln's 10 days).
  const day = page.getByRole('region', { name: 'Details' }).getByLabel('Day', { exact: true });
  await page.getByRole('button', { name: 'Change the details' }).click();
  await day.fill('2026-12-09');
  await page.getByRole('button', { name: 'Save the details' }).click();
  const timing = notice.getByTestId('notice-timing');
  await expect(timing).toContainText(
    'The notice can no longer go out in time: the last day to send it was November 29, 2026 (10 days before the meeting on December 9, 2026).',
  );
  await expectNoAxeViolations(page, 'a meeting moved too close for its notice');
  // "Move the meeting" opens the details with the day focused; a later day clears the warning.
  await timing.getByRole('button', { name: 'Move the meeting' }).click();
  await expect(day).toBeFocused();
  await day.fill('2026-12-10');
  await page.getByRole('button', { name: 'Save the details' }).click();
  await expect(notice.getByTestId('notice-timing')).toHaveCount(0);
  await expect(page.getByTestId('notice-lead-time')).toContainText('The notice must go out by November 30, 2026.');
});

test('a meeting held that names the plan in effect, written at an earlier meeting, says the plan’s date differs', async ({
  page,
  browser,
}) => {
  const staff = await browser.newContext();
  const csrf = await apiSignIn(staff.request, 'casemanager@lincoln.demo');
  const lopez = await studentId(staff.request, 'L1001');
  const created = await staff.request.post(`/api/v1/students/${lopez}/meetings`, {
    headers: { 'X-CSRF-Token': csrf },
    data: {
      purpose: 'other',
      date: '2026-11-30',
      startTime: '08:00',
      location: 'Room 5',
      transitionDiscussed: false,
      participants: [
        { role: 'general_education_teacher', name: 'Sam Carter' },
        { role: 'special_education_teacher', name: 'Maria Alvarez', interpretsEvaluations: true },
        { role: 'district_representative', name: 'Dana Whitfield' },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const m = (await created.json()) as { id: string; version: number; participants: { id: string }[] };
  const plans = (await (await staff.request.get(`/api/v1/students/${lopez}/plans`)).json()) as {
    data: { id: string; status: string; type: string }[];
  };
  const active = plans.data.find((p) => p.status === 'active' && p.type === 'iep')!;
  const held = await staff.request.post(`/api/v1/meetings/${m.id}/hold`, {
    headers: { 'X-CSRF-Token': csrf },
    data: {
      version: m.version,
      attendance: m.participants.map((p) => ({ participantId: p.id, attendance: 'attended' })),
      planId: active.id,
    },
  });
  expect(held.status(), await held.text()).toBe(200);
  await staff.close();

  await signIn(page, 'casemanager@lincoln.demo');
  await page.goto(`/meetings/${m.id}`);
  const finding = page.getByTestId('produced-plan-finding');
  await expect(finding).toContainText(
    'The plan this meeting produced gives September 10, 2026 as its meeting date, not the day of this meeting (November 30, 2026).',
  );
  await expect(finding).toContainText('34 CFR 300.324(a)');
  await expectNoAxeViolations(page, 'a held meeting whose plan is dated otherwise');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(finding).toContainText(
    'El plan que produjo esta reunión indica el 10 de septiembre de 2026 como fecha de la reunión, no el día de esta reunión (30 de noviembre de 2026).',
  );
});
