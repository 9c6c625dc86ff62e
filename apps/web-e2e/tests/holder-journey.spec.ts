import { expect, test, type Page } from '@playwright/test';

import {
  answerCurrentStep,
  confirmEmailFromMail,
  createProject,
  expectAccessible,
  expectAllSaved,
  expectAnswersShown,
  heading,
  questionsOf,
  signUpHolder,
  type GivenAnswer,
} from './support';

const stepsNav = (page: Page) => page.getByRole('navigation', { name: 'Étapes du diagnostic' });

async function expectStep(page: Page, current: number, total: number): Promise<void> {
  await expect(page.getByText(`Étape ${current} sur ${total}`, { exact: true })).toBeVisible();
}

test('a new holder signs up, describes the project, answers the diagnostic in two sittings and gets the results', async ({
  page,
}) => {
  test.setTimeout(120_000);

  const email = await signUpHolder(page, 'Louise');
  await expect(page.getByRole('region', { name: 'Confirmez votre adresse e-mail' })).toBeVisible();
  await expectAccessible(page, 'holder home, no project yet');
  // The address is confirmed from the mail's link (needed to send the diagnostic).
  await confirmEmailFromMail(page, email);
  await page.getByRole('link', { name: 'Aller à mon espace' }).click();
  await expect(heading(page, 'Mes projets')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Confirmez votre adresse e-mail' })).toHaveCount(0);

  const projectName = `Ressourcerie du Hangar ${Date.now()}`;
  await createProject(
    page,
    {
      name: projectName,
      summary: 'Collecte, réparation et revente d’objets du quotidien à Nantes.',
      legalForm: 'Association',
      sector: 'Économie circulaire et réemploi',
      stage: 'Création',
      communeTyped: 'Nant',
      commune: /^Nantes \(\d{5}\)$/,
      jobsNow: '1',
      jobsPlanned: '4',
      fundingNeed: '40000',
    },
    () => expectAccessible(page, 'new project form, filled'),
  );
  await expect(page.getByText('Nantes (44)')).toBeVisible();
  await expectAccessible(page, 'project page before the diagnostic');

  // First sitting: the first half of the steps.
  await page.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await expect(page).toHaveURL(/\/app\/diagnostics\/[^/?]+$/);
  await expect(heading(page, 'Diagnostic de vos besoins')).toBeVisible();
  const stepLinks = stepsNav(page).getByRole('link');
  const stepCount = await stepLinks.count();
  const sectionCount = stepCount - 1; // the last step checks and sends
  expect(sectionCount).toBeGreaterThanOrEqual(4);
  const half = Math.ceil(sectionCount / 2);
  await expectStep(page, 1, stepCount);
  await expectAccessible(page, 'diagnostic, first step, unanswered');

  const firstSitting: { step: number; answers: GivenAnswer[] }[] = [];
  for (let step = 1; step <= half; step += 1) {
    await expectStep(page, step, stepCount);
    firstSitting.push({ step, answers: await answerCurrentStep(page) });
    await expectAllSaved(page);
    await expectAccessible(page, `diagnostic, step ${step}, answered`);
    await page.getByRole('link', { name: 'Étape suivante' }).click();
  }
  await expectStep(page, half + 1, stepCount);
  await expectAllSaved(page);

  // Second sitting: the page is loaded again, from what the API saved only.
  await page.evaluate(() => {
    // This project's tsconfig has no DOM types: just what is used of the browser's storage.
    const storage = (
      globalThis as unknown as {
        localStorage: { length: number; key(index: number): string | null; removeItem(key: string): void };
      }
    ).localStorage;
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '');
    for (const key of keys) if (key.startsWith('essaim.diagnostic.')) storage.removeItem(key);
  });
  await page.reload();
  await expect(heading(page, 'Diagnostic de vos besoins')).toBeVisible();
  await expectStep(page, half + 1, stepCount);
  await expectAllSaved(page);
  for (let index = 0; index < half; index += 1) {
    // The steps already done say they are complete.
    const progress = /(\d+) sur (\d+)/.exec((await stepLinks.nth(index).textContent()) ?? '');
    expect(progress, `progress of step ${index + 1}`).not.toBeNull();
    expect(progress?.[1], `progress of step ${index + 1}`).toBe(progress?.[2]);
  }
  for (const { step, answers } of firstSitting) {
    await stepLinks.nth(step - 1).click();
    await expectStep(page, step, stepCount);
    await expect(questionsOf(page)).toHaveCount(answers.length);
    await expectAnswersShown(page, answers);
  }
  await expectAccessible(page, 'diagnostic after reload, answers restored');

  // The rest of the steps.
  await stepLinks.nth(half).click();
  for (let step = half + 1; step <= sectionCount; step += 1) {
    await expectStep(page, step, stepCount);
    await answerCurrentStep(page);
    await expectAllSaved(page);
    await expectAccessible(page, `diagnostic, step ${step}, answered`);
    await page.getByRole('link', { name: 'Étape suivante' }).click();
  }

  await expectStep(page, stepCount, stepCount);
  await expect(page.getByRole('heading', { level: 2, name: 'Vérifier et envoyer' })).toBeVisible();
  await expect(
    page.getByText(
      'Vous avez répondu à toutes les questions obligatoires. Vous pouvez envoyer votre diagnostic.',
    ),
  ).toBeVisible();
  await expectAccessible(page, 'diagnostic, check and send');
  await page.getByRole('button', { name: 'Envoyer mon diagnostic' }).click();

  // The results.
  await expect(page).toHaveURL(/\/app\/diagnostics\/[^/]+\/results$/);
  await expect(heading(page, 'Résultats de votre diagnostic')).toBeVisible();
  const year = new Date().getFullYear();
  await expect(page.getByText(new RegExp(`^Votre dossier PDL-${year}-\\d{5} est déposé\\.$`))).toBeVisible();
  await expect(page.getByRole('img', { name: /^Graphique en radar/ })).toBeVisible();
  const table = page.getByRole('table', { name: 'Les besoins, du plus fort au plus faible' });
  await expect(table).toBeVisible();
  await expect(table.locator('tbody').getByRole('row')).toHaveCount(10);

  const offers = page
    .getByRole('region', { name: 'Les dispositifs qui peuvent vous aider' })
    .getByRole('listitem');
  expect(await offers.count()).toBeGreaterThanOrEqual(3);
  for (const offer of await offers.all()) {
    await expect(offer.getByRole('heading', { level: 3 })).toBeVisible();
    await expect(offer.getByRole('link')).toHaveAttribute('href', /^\/directory\/organisations\/[^/]+$/);
  }
  await expectAccessible(page, 'diagnostic results');

  const organisation = offers.first().getByRole('link');
  const organisationName = (await organisation.textContent())?.trim() ?? '';
  expect(organisationName).not.toBe('');
  await organisation.click();
  await expect(page).toHaveURL(/\/directory\/organisations\/[^/]+$/);
  await expect(heading(page, organisationName)).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: /^(Son dispositif|Ses dispositifs)$/ }),
  ).toBeVisible();
  await expectAccessible(page, 'organisation page from the results');
});
