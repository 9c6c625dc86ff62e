import { expect, test } from '@playwright/test';

import { DEMO_PASSWORD, expectAccessible, heading, logIn } from './support';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('at 360 px the navigation is reachable through the menu button', async ({ page }) => {
  await logIn(page, 'porteur@demo.essaim.test', DEMO_PASSWORD);
  await expect(heading(page, 'Mes projets')).toBeVisible();

  const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
  const burger = page.getByRole('button', { name: 'Ouvrir le menu' });
  await expect(burger).toBeVisible();
  await expect(navigation.getByRole('link', { name: 'Mes projets' })).not.toBeInViewport();
  await expectAccessible(page, 'holder home at 360 px');

  await burger.click();
  await expect(page.getByRole('button', { name: 'Fermer le menu' })).toHaveAttribute('aria-expanded', 'true');
  const projects = navigation.getByRole('link', { name: 'Mes projets' });
  await expect(projects).toBeInViewport();
  await expectAccessible(page, 'holder home at 360 px, menu open');

  await projects.click();
  await expect(page).toHaveURL(/\/app\/projects$/);
  await expect(heading(page, 'Mes projets')).toBeVisible();
});
