import { expect, test } from '@playwright/test';

import { DEMO_PASSWORD, expectAccessible, heading, logIn, logOut } from './support';

/** The demo holder's project, led by the demo advisor (conseil@). */
const PROJECT = 'Le Fournil des Salorges';
const MESSAGE = 'Bonjour, le devis du four est arrivé : je vous l’envoie dès demain.';

test('the holder writes; the advisor sees the bell count and opens the case from the notification', async ({
  page,
}) => {
  // The holder sends a message on their case.
  await logIn(page, 'porteur@demo.essaim.test', DEMO_PASSWORD);
  await expect(heading(page, 'Mes projets')).toBeVisible();
  await page.getByRole('link', { name: PROJECT }).first().click();
  await expect(heading(page, PROJECT)).toBeVisible();
  await page.getByRole('tab', { name: /^Messages/ }).click();
  await page.getByLabel('Votre message').fill(MESSAGE);
  await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await expect(page.getByText('Message envoyé.')).toBeVisible();
  await logOut(page);

  // The lead advisor sees the count on the bell, in the header, on any page.
  await logIn(page, 'conseil@demo.essaim.test', DEMO_PASSWORD);
  await expect(heading(page, 'Mes dossiers')).toBeVisible();
  const bell = page.getByRole('banner').getByRole('link', { name: /^Notifications, \d+ non lues?$/ });
  await expect(bell).toBeVisible();
  const unread = Number(/(\d+)/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
  expect(unread).toBeGreaterThanOrEqual(1);
  await expect(bell.getByTestId('notification-count')).toHaveText(unread > 99 ? '99+' : String(unread));
  await expectAccessible(page, 'advisor home, with the bell');

  // The notifications page lists the message, unread; opening it leads to the case.
  await bell.click();
  await expect(heading(page, 'Notifications')).toBeVisible();
  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: `Nouveau message sur « ${PROJECT} »` }) })
    .first();
  await expect(item).toBeVisible();
  await expect(item.getByText('Non lue')).toBeVisible();
  await expectAccessible(page, 'notifications page');
  await item.getByRole('link', { name: `Nouveau message sur « ${PROJECT} »` }).click();
  await expect(page).toHaveURL(/\/app\/cases\/[^/]+$/);
  await expect(heading(page, PROJECT)).toBeVisible();

  // Read now: the bell counts one fewer.
  await expect(
    page.getByRole('banner').getByRole('link', {
      name:
        unread - 1 > 0 ? `Notifications, ${unread - 1} non lue${unread - 1 > 1 ? 's' : ''}` : 'Notifications',
      exact: true,
    }),
  ).toBeVisible();
});
