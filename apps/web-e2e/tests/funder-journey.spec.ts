import { expect, test, type Page } from '@playwright/test';

import { DEMO_PASSWORD, expectAccessible, heading, logIn, logOut } from './support';

/** The demo holder's project that the demo data left in funding, led by the demo advisor. */
const PROJECT = 'Le Fournil des Salorges';
const OFFER = 'Prêt d’honneur Création Solidaire';
const FUNDER = 'Fonds Solidaire de l’Ouest';
const QUESTION = 'Pouvez-vous nous envoyer le devis du four ?';

/** A small but real PDF, named as a person would. */
function pdf(name: string) {
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ];
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(body.join('\n'), 'latin1') };
}

/** Today in Paris, as a date input takes it. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

/** Amounts as fr-FR writes them, whatever no-break spaces it uses. */
function euros(text: string): RegExp {
  return new RegExp(text.replace(/ /g, '\\s'), 'i');
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

async function openTheCaseAsAdvisor(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Dossiers', exact: true }).click();
  await page.getByLabel('Rechercher un dossier').fill('Fournil');
  await expect(page.getByRole('status').filter({ hasText: /^1 dossier$/ })).toBeVisible();
  await page.getByRole('row').filter({ hasText: PROJECT }).getByRole('link').first().click();
  await expect(heading(page, PROJECT)).toBeVisible();
}

async function openTheReferralAsFunder(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Dossiers transmis' }).click();
  await expect(heading(page, 'Dossiers transmis')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: PROJECT });
  await row.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(PROJECT) })).toBeVisible();
}

test('the advisor refers a case to the funder, who scores it, asks a question the holder answers, approves 15,000 € and records a 5,000 € payment', async ({
  page,
}) => {
  test.setTimeout(240_000);

  // The advisor adds two documents, then refers the case with both.
  await logIn(page, 'conseil@demo.essaim.test', DEMO_PASSWORD);
  await openTheCaseAsAdvisor(page);
  await openTab(page, 'Documents');
  for (const [category, file] of [
    ['Statuts', pdf('statuts-fournil.pdf')],
    ['Budget prévisionnel', pdf('budget-fournil.pdf')],
  ] as const) {
    await page.getByLabel('Type de document').selectOption({ label: category });
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Envoyer le document' }).click();
    await expect(page.getByText(`« ${file.name} » est ajouté aux documents.`)).toBeVisible();
  }

  await openTab(page, 'Financement');
  await expect(page.getByText(/n'a encore été transmis à aucun financeur/)).toBeVisible();
  await page.getByRole('button', { name: 'Transmettre à un financeur' }).click();
  const dialog = page.getByRole('dialog', { name: 'Transmettre le dossier à des financeurs' });
  await dialog.getByRole('checkbox', { name: `${OFFER} (${FUNDER})` }).check();
  await dialog.getByLabel(`Montant demandé à « ${OFFER} »`).fill('15 000');
  await dialog
    .getByLabel(`Type de financement demandé à « ${OFFER} »`)
    .selectOption({ label: "Prêt d'honneur" });
  await dialog
    .getByLabel('Message aux financeurs')
    .fill('Une SCOP solide, prête à démarrer : nous sollicitons un prêt d’honneur.');
  await dialog
    .getByLabel('Synthèse du dossier')
    .fill('Équipe de trois boulangers expérimentés ; local trouvé.');
  await dialog.getByRole('checkbox', { name: 'statuts-fournil.pdf' }).check();
  await dialog.getByRole('checkbox', { name: 'budget-fournil.pdf' }).check();
  await expectAccessible(page, 'send referral dialog');
  await dialog.getByRole('button', { name: 'Transmettre', exact: true }).click();
  await expect(page.getByText('Le dossier est transmis au financeur.')).toBeVisible();
  await logOut(page);

  // The funder finds it in the inbox, opens it, scores it and asks a question.
  await logIn(page, 'financeur@demo.essaim.test', DEMO_PASSWORD);
  await expect(page.getByRole('link', { name: /1 nouveau dossier à ouvrir/ })).toBeVisible();
  await expectAccessible(page, 'funder home');
  await openTheReferralAsFunder(page);
  await expect(page.getByRole('link', { name: /statuts-fournil\.pdf/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /budget-fournil\.pdf/ })).toBeVisible();
  await page.getByRole('button', { name: "Ouvrir l'instruction" }).click();
  await expect(page.getByText('En instruction').first()).toBeVisible();
  await page.getByLabel('Utilité sociale du projet').selectOption('5');
  await page.getByLabel('Solidité du modèle économique').selectOption('4');
  await page.getByLabel('Capacité de l’équipe').selectOption('4');
  await page.getByLabel('Commentaire').fill('Projet utile au quartier, prévisionnel prudent.');
  await page.getByRole('button', { name: 'Enregistrer mon évaluation' }).click();
  await expect(page.getByText('Votre évaluation est enregistrée.')).toBeVisible();
  await page.getByLabel('Votre question').fill(QUESTION);
  await page.getByRole('button', { name: 'Envoyer la question' }).click();
  await expect(page.getByText(/Votre question est envoyée/)).toBeVisible();
  await expect(page.getByRole('article', { name: 'Question de Paul Lemoine' })).toContainText(QUESTION);
  await expectAccessible(page, 'referral page, in review');
  await logOut(page);

  // The holder answers from their case, with a document.
  await logIn(page, 'porteur@demo.essaim.test', DEMO_PASSWORD);
  await page.getByRole('link', { name: PROJECT }).first().click();
  await expect(heading(page, PROJECT)).toBeVisible();
  await openTab(page, 'Financement');
  await expect(page.getByText(QUESTION).first()).toBeVisible();
  await page.getByLabel('Votre réponse').fill('Voici le devis du four, valable trois mois.');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Joindre des documents' }).click();
  await (await chooser).setFiles(pdf('devis-four.pdf'));
  await expectAccessible(page, 'holder funding, answering');
  await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
  await expect(page.getByText('Votre réponse est envoyée au financeur.')).toBeVisible();
  await logOut(page);

  // The funder approves 15,000 € as an honour loan, then records a first payment of 5,000 €.
  await logIn(page, 'financeur@demo.essaim.test', DEMO_PASSWORD);
  await openTheReferralAsFunder(page);
  await expect(page.getByText('Voici le devis du four, valable trois mois.')).toBeVisible();
  await expect(page.getByRole('link', { name: /devis-four\.pdf/ }).first()).toBeVisible();
  await page.getByRole('radio', { name: 'Accorder un financement' }).check();
  await page.getByLabel('Montant accordé').fill('15 000');
  await page.getByLabel('Type de financement').selectOption({ label: "Prêt d'honneur" });
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(page.getByText(euros('15 000 € en prêt d.honneur'), { exact: false }).first()).toBeVisible();
  await page.getByLabel('Montant versé').fill('5 000');
  await page.getByLabel('Date du versement').fill(today());
  await page.getByRole('button', { name: 'Enregistrer le versement' }).click();
  await expect(page.getByText(euros('Le versement de 5 000 € est enregistré.'))).toBeVisible();
  await expectAccessible(page, 'referral page, approved and paid');
  await logOut(page);

  // The holder and the advisor see granted 15,000 €, paid 5,000 €.
  for (const email of ['porteur@demo.essaim.test', 'conseil@demo.essaim.test']) {
    await logIn(page, email, DEMO_PASSWORD);
    if (email.startsWith('porteur')) {
      await page.getByRole('link', { name: PROJECT }).first().click();
      await expect(heading(page, PROJECT)).toBeVisible();
    } else {
      await openTheCaseAsAdvisor(page);
    }
    await openTab(page, 'Financement');
    await expect(
      page.getByText(euros('Accordé : 15 000 € en prêt d.honneur ; versé : 5 000 €')),
    ).toBeVisible();
    await expectAccessible(page, `case funding as ${email}`);
    await logOut(page);
  }
});
