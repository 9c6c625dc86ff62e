import { expect, test, type Page } from '@playwright/test';

import { DEMO_PASSWORD, expectAccessible, heading, logIn, logOut } from './support';

/** The demo holder's project, whose diagnostic the demo data submitted: a case nobody took yet. */
const DEMO_PROJECT = 'La Ressourcerie du Port';
const PARTNER_OFFER = 'Créer sa coopérative (SCOP, SCIC)';

/** A small but real PDF, as a holder or an advisor would attach one. */
function pdfBytes(): Buffer {
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  return Buffer.from(body, 'latin1');
}

/** Tomorrow in Paris, as a date input takes it. */
function tomorrow(): string {
  const day = new Date(Date.now() + 24 * 3600 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(day);
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

test('an advisor takes the demo case, works it and orients it to the partner, who accepts; the holder sees what was shared', async ({
  page,
}) => {
  test.setTimeout(180_000);

  // The advisor's home: the demo holder's case waits in the territory's queue.
  await logIn(page, 'conseil@demo.essaim.test', DEMO_PASSWORD);
  await expect(heading(page, 'Mes dossiers')).toBeVisible();
  const queue = page.getByRole('region', { name: 'Dossiers à attribuer' });
  const waiting = queue.getByRole('listitem').filter({ hasText: DEMO_PROJECT });
  await expect(waiting).toBeVisible();
  await expectAccessible(page, 'advisor home');
  await waiting.getByRole('button', { name: /^M'attribuer le dossier / }).click();

  // The case page: assigned to me, then taken into orientation.
  await expect(page).toHaveURL(/\/app\/cases\/[0-9a-f-]{36}/);
  await expect(heading(page, DEMO_PROJECT)).toBeVisible();
  await expect(page.getByText('Karim Benali').first()).toBeVisible();
  await page.getByRole('button', { name: 'Prendre en charge (étape : Orientation)' }).click();
  await expect(page.getByText(/^C'est fait/)).toBeVisible();
  await expectAccessible(page, 'case page, overview');

  // Notes: one for the team, one shared with the holder.
  await openTab(page, 'Notes');
  await page.getByLabel('Texte de la note').fill('Porteur motivé, budget encore fragile.');
  await page.getByRole('radio', { name: /Note interne/ }).check();
  await page.getByRole('button', { name: 'Enregistrer la note' }).click();
  await expect(page.getByText('Note interne enregistrée.')).toBeVisible();
  await page.getByLabel('Texte de la note').fill('Prochain rendez-vous : apportez vos statuts.');
  await page.getByRole('radio', { name: /Note partagée/ }).check();
  await page.getByRole('button', { name: 'Enregistrer la note' }).click();
  await expect(page.getByText('Note enregistrée et partagée avec le porteur.')).toBeVisible();
  await expectAccessible(page, 'case page, notes');

  // A task due tomorrow.
  await openTab(page, 'Tâches');
  await page.getByRole('textbox', { name: 'Tâche', exact: true }).fill('Rappeler pour le budget');
  await page.getByLabel('À faire pour le').fill(tomorrow());
  await page.getByRole('button', { name: 'Ajouter la tâche' }).click();
  await expect(page.getByText('Tâche ajoutée : Rappeler pour le budget.')).toBeVisible();
  await expectAccessible(page, 'case page, tasks');

  // A message with a PDF attached.
  await openTab(page, 'Messages');
  await page.getByLabel('Votre message').fill('Voici le modèle de budget dont nous avons parlé.');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Joindre des fichiers' }).click();
  await (
    await chooser
  ).setFiles({ name: 'modele-budget.pdf', mimeType: 'application/pdf', buffer: pdfBytes() });
  await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await expect(page.getByText('Message envoyé.')).toBeVisible();
  await expect(page.getByRole('link', { name: /modele-budget\.pdf/ }).first()).toBeVisible();
  await expectAccessible(page, 'case page, messages');

  // Orientation to the demo partner.
  await openTab(page, 'Orientations');
  await page.getByRole('button', { name: 'Orienter vers une structure' }).click();
  const dialog = page.getByRole('dialog', { name: 'Orienter vers une structure' });
  await dialog.getByLabel("Rechercher un dispositif d'accompagnement").fill('coopérative');
  await dialog.getByRole('radio', { name: PARTNER_OFFER }).check();
  await dialog
    .getByLabel('Votre message à la structure')
    .fill('Projet de SCIC : pouvez-vous l’accompagner ?');
  await expectAccessible(page, 'orientation dialog');
  await dialog.getByRole('button', { name: "Envoyer l'orientation" }).click();
  await expect(page.getByText('Orientation envoyée à Coop’Accompagne Loire.')).toBeVisible();
  await logOut(page);

  // The partner's advisor accepts it from their inbox.
  await logIn(page, 'partenaire@demo.essaim.test', DEMO_PASSWORD);
  await page.getByRole('navigation').getByRole('link', { name: 'Orientations' }).click();
  const card = page.getByRole('article', { name: DEMO_PROJECT });
  await expect(card).toBeVisible();
  await expectAccessible(page, 'partner orientations inbox');
  await card.getByRole('button', { name: /^Accepter l'orientation du dossier / }).click();
  await expect(page.getByText(/Le dossier est maintenant ouvert pour vous/)).toBeVisible();
  await logOut(page);

  // The holder sees the shared note, the message and its attachment, the accepted orientation;
  // never the internal note.
  await logIn(page, 'porteur@demo.essaim.test', DEMO_PASSWORD);
  await page.getByRole('link', { name: DEMO_PROJECT }).first().click();
  await expect(heading(page, DEMO_PROJECT)).toBeVisible();
  await page.getByRole('tab', { name: /^Notes/ }).click();
  await expect(page.getByText('Prochain rendez-vous : apportez vos statuts.')).toBeVisible();
  await expect(page.getByText('Porteur motivé, budget encore fragile.')).toHaveCount(0);
  await page.getByRole('tab', { name: /^Messages/ }).click();
  await expect(page.getByText('Voici le modèle de budget dont nous avons parlé.')).toBeVisible();
  await expect(page.getByRole('link', { name: /modele-budget\.pdf/ }).first()).toBeVisible();
  await page.getByRole('tab', { name: /^Orientations/ }).click();
  await expect(page.getByText('Acceptée')).toBeVisible();
  await expect(page.getByText('Porteur motivé, budget encore fragile.')).toHaveCount(0);
  await expectAccessible(page, 'holder case, orientations');
});
