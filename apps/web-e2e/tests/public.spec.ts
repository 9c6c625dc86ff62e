import { expect, test } from '@playwright/test';

import { expectAccessible, heading, logIn } from './support';

test('the public home page presents Essaim', async ({ page }) => {
  await page.goto('/');
  await expect(heading(page, "Faites grandir votre projet d'économie sociale et solidaire")).toBeVisible();
  await expectAccessible(page, 'public home');
});

test('the login page is accessible', async ({ page }) => {
  await page.goto('/login');
  await expect(heading(page, 'Se connecter')).toBeVisible();
  await expectAccessible(page, 'login');
});

test('a failed login says the email or password is wrong', async ({ page }) => {
  await logIn(page, 'porteur@demo.essaim.test', 'not-the-right-password');
  await expect(page.getByText('Adresse e-mail ou mot de passe incorrect.')).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await expectAccessible(page, 'login with an error');
});

test('a new holder signs up and lands on the holder home', async ({ page }) => {
  const email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  await page.goto('/signup');
  await expect(heading(page, 'Créer votre compte')).toBeVisible();
  await expectAccessible(page, 'signup');

  await page.getByLabel('Prénom').fill('Camille');
  await page.getByLabel('Nom', { exact: true }).fill('Essai');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill('ruche bleue sur la colline 42');
  const territory = page.getByRole('combobox', { name: /Votre territoire/ });
  if ((await territory.inputValue()) === '') await territory.selectOption({ index: 1 });
  await page.getByRole('checkbox', { name: /J'accepte les conditions d'utilisation/ }).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();

  await expect(page).toHaveURL(/\/app\/?$/);
  await expect(heading(page, 'Mes projets')).toBeVisible();
  await expect(page.getByText(/Bonjour Camille/)).toBeVisible();
  await expectAccessible(page, 'holder home after signup');
});

test('a password reset request gets the same neutral confirmation', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await expect(heading(page, 'Mot de passe oublié')).toBeVisible();
  await expectAccessible(page, 'forgot password');

  await page.getByLabel('Adresse e-mail').fill('nobody-here@example.org');
  await page.getByRole('button', { name: 'Envoyer le lien' }).click();
  await expect(
    page.getByText("Si un compte existe pour cette adresse, un e-mail vient d'être envoyé."),
  ).toBeVisible();
  await expectAccessible(page, 'forgot password, sent');
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/this-page-does-not-exist');
  await expect(heading(page, 'Page introuvable')).toBeVisible();
  await expect(page.getByRole('link', { name: "Retour à l'accueil", exact: true })).toBeVisible();
  await expectAccessible(page, 'not found');
});
