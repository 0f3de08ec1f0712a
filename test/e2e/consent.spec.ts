/**
 * The parent signs a consent from a phone, in Spanish (her preferred language): she reads what is asked, is told
 * plainly that the checkbox is missing, ticks it, signs with her typed name, and sees the signed state. Axe-clean
 * before and after, and nothing wider than the screen.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test('the parent signs the pending reevaluation consent on a phone, in Spanish, and sees it signed', async ({
  page,
}) => {
  await signIn(page, 'parent@lincoln.demo');
  const students = (await (await page.request.get('/api/v1/students')).json()) as { data: { id: string }[] };
  await page.goto(`/students/${students.data[0]!.id}`);

  const section = page.getByRole('region', { name: 'Consentimiento y avisos' });
  const card = section.getByTestId('consent').filter({ hasText: 'Consentimiento para una reevaluación' });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Esperando respuesta');
  await expect(card).toContainText('Reevaluación de habla y lenguaje');
  await expect(card).toContainText('Su consentimiento es voluntario');
  await expectNoAxeViolations(page, 'a consent to sign, on a phone, in Spanish');
  await card.screenshot({ path: '/tmp/consent-shots/phone-before.png' });

  const sign = card.getByRole('button', { name: 'Firmar y enviar mi respuesta' });
  await card.getByLabel('Sí, doy mi consentimiento').check();
  await card.getByLabel('Escriba su nombre completo').fill('Elena Lopez');
  // Without the checkbox: the missing confirmation is named, and nothing is sent.
  await sign.click();
  await expect(card.getByText('Marque la casilla para confirmar su firma.')).toBeVisible();
  await expect(card.getByLabel(/^He leído lo que se me pide/)).toBeFocused();
  await expect(card).toContainText('Esperando respuesta');

  await card.getByLabel(/^He leído lo que se me pide/).check();
  await sign.click();
  await expect(card.getByRole('status')).toContainText('Gracias. Su respuesta fue enviada: Consentimiento otorgado.');
  await expect(card.locator('.badge-consent')).toHaveText('Consentimiento otorgado');
  await expect(card).toContainText('Elena Lopez');
  await expect(card).toContainText('firmado en línea');
  await expect(card.getByRole('button', { name: 'Firmar y enviar mi respuesta' })).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Retirar (revocar) mi consentimiento' })).toBeVisible();
  await expect(card.getByRole('link', { name: /PDF en español/ })).toBeVisible();

  // It stays signed after a reload (the server has it).
  await page.reload();
  const again = page
    .getByRole('region', { name: 'Consentimiento y avisos' })
    .getByTestId('consent')
    .filter({ hasText: 'Consentimiento para una reevaluación' });
  await expect(again.locator('.badge-consent')).toHaveText('Consentimiento otorgado');
  await expect(again).toContainText(/Consentimiento otorgado el .*, firmado en línea, por Elena Lopez/);

  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page, 'a signed consent, on a phone, in Spanish');
  await again.screenshot({ path: '/tmp/consent-shots/phone-after.png' });
});
