import { expect, test } from '@playwright/test';

import { DEMO_PASSWORD, expectAccessible, heading, logIn } from './support';

/** The demo holder's project, led by the demo advisor (conseil@). */
const PROJECT = 'Le Fournil des Salorges';
const MESSAGE = 'Bonjour, le devis du four est arrivé : je vous l’envoie dès demain.';

test('the holder writes; the advisor’s bell count rises and the notification opens the case', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);

  // The lead advisor is at work, in his own browser: the bell shows what he has not read yet.
  const advisorContext = await browser.newContext();
  const advisor = await advisorContext.newPage();
  await logIn(advisor, 'conseil@demo.essaim.test', DEMO_PASSWORD);
  await expect(heading(advisor, 'Mes dossiers')).toBeVisible();
  const bell = advisor.getByRole('banner').getByRole('link', { name: /^Notifications(, \d+ non lues?)?$/ });
  await expect(bell).toBeVisible();
  const before = Number(/(\d+)/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1] ?? 0);
  const label = (count: number) =>
    count > 0 ? `Notifications, ${count} non lue${count > 1 ? 's' : ''}` : 'Notifications';

  // The holder sends a message on their case.
  await logIn(page, 'porteur@demo.essaim.test', DEMO_PASSWORD);
  await expect(heading(page, 'Mes projets')).toBeVisible();
  await page.getByRole('link', { name: PROJECT }).first().click();
  await expect(heading(page, PROJECT)).toBeVisible();
  await page.getByRole('tab', { name: /^Messages/ }).click();
  await page.getByLabel('Votre message').fill(MESSAGE);
  await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await expect(page.getByText('Message envoyé.')).toBeVisible();

  // Without reloading, the advisor's bell counts one more (it asks every 30 seconds).
  await expect(bell).toHaveAccessibleName(label(before + 1), { timeout: 45_000 });
  await expect(bell.getByTestId('notification-count')).toHaveText(
    before + 1 > 99 ? '99+' : String(before + 1),
  );
  await expectAccessible(advisor, 'advisor home, with the bell');

  // The notifications page lists the message, unread; opening it leads to the case.
  await bell.click();
  await expect(heading(advisor, 'Notifications')).toBeVisible();
  const link = advisor.getByRole('link', { name: `Nouveau message sur « ${PROJECT} »` });
  const item = advisor.getByRole('listitem').filter({ has: link }).first();
  await expect(item).toBeVisible();
  await expect(item.getByText('Non lue')).toBeVisible();
  await expectAccessible(advisor, 'notifications page');
  await item.getByRole('link', { name: `Nouveau message sur « ${PROJECT} »` }).click();
  await expect(advisor).toHaveURL(/\/app\/cases\/[^/]+$/);
  await expect(heading(advisor, PROJECT)).toBeVisible();

  // Read now: the bell counts one fewer.
  await expect(bell).toHaveAccessibleName(label(before));
  await advisorContext.close();
});
