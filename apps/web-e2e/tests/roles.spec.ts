import { expect, test } from '@playwright/test';

import { DEMO_ACCOUNTS, DEMO_PASSWORD, expectAccessible, heading, logIn, logOut } from './support';

test.describe('each demo role', () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`${account.role} (${account.email}) logs in, sees the home of the role and logs out`, async ({
      page,
    }) => {
      await logIn(page, account.email, DEMO_PASSWORD);
      await expect(page).toHaveURL(/\/app\/?$/);
      await expect(heading(page, account.home)).toBeVisible();
      await expectAccessible(page, `home of ${account.email}`);

      await logOut(page);
      await expectAccessible(page, 'login page after logout');

      // The session is gone: the app sends us back to the login page.
      await page.goto('/app');
      await expect(heading(page, 'Se connecter')).toBeVisible();
    });
  }
});
