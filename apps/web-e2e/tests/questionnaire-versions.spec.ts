import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

import {
  answerQuestion,
  createProject,
  DEMO_PASSWORD,
  expectAccessible,
  expectAllSaved,
  expectAnswersShown,
  heading,
  logIn,
  logOut,
  questionsOf,
} from './support';

const HOLDER = 'porteur@demo.essaim.test';
const TERRITORY_ADMIN = 'cress@demo.essaim.test';

/**
 * The French label of the default questionnaire's first question, as the seed (version 1) has it:
 * the first `text('…', '…')` after the first `questions: [`.
 */
function firstQuestionLabelOfTheSeed(): string {
  const seed = readFileSync(
    resolve(__dirname, '../../api/src/database/seed/default-questionnaire.ts'),
    'utf8',
  );
  const afterQuestions = seed.slice(seed.indexOf('questions: ['));
  const label = /text\(\s*(['"`])((?:(?!\1).)+)\1/s.exec(afterQuestions)?.[2];
  if (!label) throw new Error('the first question of the default questionnaire was not found in the seed');
  return label;
}

const V1_LABEL = firstQuestionLabelOfTheSeed();
const V2_LABEL = `Présentez votre projet : ce qu'il fait, pour qui, où (intitulé de la version 2, ${Date.now()})`;

async function startDiagnosticOfNewProject(page: Page, name: string): Promise<void> {
  await createProject(page, { name, legalForm: "SCIC (société coopérative d'intérêt collectif)" });
  await page.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await expect(heading(page, 'Diagnostic de vos besoins')).toBeVisible();
  await expect(page.getByText(/^Étape 1 sur \d+$/)).toBeVisible();
}

test('a diagnostic started on version 1 keeps version 1 after the territory publishes version 2', async ({
  page,
}) => {
  test.setTimeout(90_000);

  // The holder starts a diagnostic on version 1 and answers its first question.
  await logIn(page, HOLDER, DEMO_PASSWORD);
  await expect(heading(page, 'Mes projets')).toBeVisible();
  const projectName = `Épicerie solidaire des Olivettes ${Date.now()}`;
  await startDiagnosticOfNewProject(page, projectName);
  const first = questionsOf(page).first();
  await expect(first).toContainText(V1_LABEL);
  const answer = await answerQuestion(first, (await first.getAttribute('id')) ?? '');
  await expectAllSaved(page);
  await logOut(page);

  // The territory admin changes the first question's label in the draft and publishes version 2.
  await logIn(page, TERRITORY_ADMIN, DEMO_PASSWORD);
  await expect(heading(page, 'Mon territoire')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Questionnaire' })
    .click();
  await expect(page).toHaveURL(/\/app\/questionnaire$/);
  await expect(heading(page, 'Questionnaire des besoins')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Versions publiées (1)' })).toBeVisible();
  await expectAccessible(page, 'questionnaire editor');

  await page.getByRole('button', { name: 'Modifier la question 1', exact: true }).click();
  const labelFr = page.getByRole('textbox', { name: /^Intitulé en français/ });
  await expect(labelFr).toHaveValue(V1_LABEL);
  await labelFr.fill(V2_LABEL);
  await expect(page.getByText('Modifications non enregistrées.')).toBeVisible();
  await expectAccessible(page, 'questionnaire editor, a question open and changed');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByText(/^Brouillon enregistré le /)).toBeVisible();

  await page.getByRole('button', { name: 'Publier la version 2', exact: true }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toBeVisible();
  await expect(confirm).toHaveAccessibleName('Publier la version 2 ?');
  await expect(confirm).toContainText('Les diagnostics déjà commencés ou envoyés gardent leur version');
  await expectAccessible(page, 'questionnaire editor, publish confirmation');
  await confirm.getByRole('button', { name: 'Publier la version 2', exact: true }).click();
  await expect(confirm).toBeHidden();
  // Shown, and said to screen readers.
  await expect(page.getByRole('paragraph').filter({ hasText: /^La version 2 est publiée\.$/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^La version 2 est publiée\.$/ })).toHaveCount(1);
  await expect(page.getByRole('tab', { name: 'Versions publiées (2)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publier la version 3', exact: true })).toBeVisible();
  await expectAccessible(page, 'questionnaire editor, version 2 published');
  await logOut(page);

  // The holder's diagnostic still shows version 1, with their answer.
  await logIn(page, HOLDER, DEMO_PASSWORD);
  await expect(heading(page, 'Mes projets')).toBeVisible();
  await page.getByRole('link', { name: projectName, exact: true }).click();
  await expect(heading(page, projectName)).toBeVisible();
  await page.getByRole('link', { name: 'Reprendre le diagnostic' }).click();
  await expect(heading(page, 'Diagnostic de vos besoins')).toBeVisible();
  await expect(page.getByText(/^Étape 1 sur \d+$/)).toBeVisible();
  await expectAllSaved(page);
  await expect(questionsOf(page).first()).toContainText(V1_LABEL);
  await expect(page.getByText(V2_LABEL)).toHaveCount(0);
  await expectAnswersShown(page, [answer]);
  await expectAccessible(page, 'diagnostic started on version 1, after version 2');

  // A diagnostic started now is on version 2.
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Mes projets' })
    .click();
  await expect(heading(page, 'Mes projets')).toBeVisible();
  await startDiagnosticOfNewProject(page, `Atelier vélo des Olivettes ${Date.now()}`);
  await expect(questionsOf(page).first()).toContainText(V2_LABEL);
  await expect(page.getByText(V1_LABEL)).toHaveCount(0);
});
