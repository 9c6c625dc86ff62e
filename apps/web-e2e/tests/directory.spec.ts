import { expect, test, type Page } from '@playwright/test';

import { expectAccessible, heading } from './support';

const DIRECTORY_TITLE = 'Annuaire des structures et des dispositifs';

const results = (page: Page) => page.getByRole('region', { name: 'Résultats' });
const cards = (page: Page) => results(page).getByRole('article');

/**
 * Does something that changes the search, then waits for the API's answer to that search and for
 * the list to show it. Returns the number of offers found, as the page says it.
 */
async function searchSettles(
  page: Page,
  change: () => Promise<void>,
  matches: (query: URLSearchParams) => boolean,
): Promise<number> {
  const answered = page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === '/api/directory/offers' && matches(url.searchParams) && response.ok();
  });
  await change();
  await answered;
  await expect(results(page).locator('[aria-busy="true"]')).toHaveCount(0);
  const status = results(page).getByRole('status');
  await expect(status).toHaveText(/^(\d+ dispositifs? trouvés?|Aucun dispositif trouvé)$/);
  const count = /^(\d+)/.exec((await status.textContent()) ?? '');
  return count ? Number(count[1]) : 0;
}

async function search(page: Page, text: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Rechercher une structure ou un dispositif' });
  return searchSettles(
    page,
    async () => {
      await box.fill(text);
      await box.press('Enter');
    },
    (query) => query.get('q') === text,
  );
}

test('anyone finds offers in the public directory without an account', async ({ page }) => {
  await page.goto('/directory');
  await expect(heading(page, DIRECTORY_TITLE)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Menu du compte de / })).toHaveCount(0);
  const status = results(page).getByRole('status');
  await expect(status).toHaveText(/^\d+ dispositifs trouvés$/);
  const all = Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(all).toBeGreaterThanOrEqual(80);
  await expectAccessible(page, 'directory');

  // Text, without its accent: "pret" finds "prêt".
  const honourLoans = await search(page, "pret d'honneur");
  await expect(page).toHaveURL(/[?&]q=pret/);
  expect(honourLoans).toBeGreaterThanOrEqual(1);
  expect(honourLoans).toBeLessThan(all);
  await expect(
    cards(page)
      .filter({ hasText: /prêt d['’]honneur/i })
      .first(),
  ).toBeVisible();

  // "tiers lieu", without its hyphen, finds the third places.
  const thirdPlaces = await search(page, 'tiers lieu');
  expect(thirdPlaces).toBeGreaterThanOrEqual(1);
  expect(thirdPlaces).toBeLessThan(all);
  await expect(
    cards(page)
      .filter({ hasText: /tiers-lieu/i })
      .first(),
  ).toBeVisible();
  await expectAccessible(page, 'directory, search for "tiers lieu"');

  // A need narrows the search; the address carries it.
  const filters = page.getByRole('region', { name: 'Filtres' });
  // Clicked, not `check()`ed: the box follows the address, which changes just after the click.
  const premisesBox = filters.getByRole('checkbox', { name: 'Locaux et tiers-lieux' });
  const premises = await searchSettles(
    page,
    () => premisesBox.click(),
    (query) => query.getAll('need').includes('premises') && query.get('q') === 'tiers lieu',
  );
  await expect(premisesBox).toBeChecked();
  await expect(page).toHaveURL(/[?&]need=premises(&|$)/);
  await expect(page).toHaveURL(/[?&]q=tiers(\+|%20)lieu(&|$)/);
  expect(premises).toBeGreaterThanOrEqual(1);
  expect(premises).toBeLessThanOrEqual(thirdPlaces);
  await expect(cards(page)).toHaveCount(Math.min(premises, 20));
  for (const card of await cards(page).all()) {
    await expect(card.getByRole('list', { name: 'Besoins couverts' })).toContainText('Locaux et tiers-lieux');
  }

  // Then the kind of help: funding only.
  const funding = await searchSettles(
    page,
    async () => {
      await filters.getByRole('combobox', { name: "Type d'aide" }).selectOption({ label: 'Financement' });
    },
    (query) => query.get('kind') === 'funding' && query.getAll('need').includes('premises'),
  );
  await expect(page).toHaveURL(/[?&]kind=funding(&|$)/);
  await expect(page).toHaveURL(/[?&]need=premises(&|$)/);
  expect(funding).toBeGreaterThanOrEqual(1);
  expect(funding).toBeLessThanOrEqual(premises);
  await expect(cards(page)).toHaveCount(Math.min(funding, 20));
  for (const card of await cards(page).all()) {
    // Each card starts with the kind of help ("Financement · Prêt d'honneur").
    await expect(card).toHaveText(/^Financement/);
  }
  await expectAccessible(page, 'directory, search and filters');

  // The filtered address, opened again, shows the same search.
  await page.reload();
  await expect(filters.getByRole('checkbox', { name: 'Locaux et tiers-lieux' })).toBeChecked();
  await expect(filters.getByRole('combobox', { name: "Type d'aide" })).toHaveValue('funding');
  await expect(results(page).getByRole('status')).toHaveText(
    funding === 1 ? '1 dispositif trouvé' : `${funding} dispositifs trouvés`,
  );

  // An organisation's page, with its offers.
  const organisation = cards(page).first().getByRole('link');
  const name = (await organisation.textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  await organisation.click();
  await expect(page).toHaveURL(/\/directory\/organisations\/[^/]+$/);
  await expect(heading(page, name)).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: /^(Son dispositif|Ses dispositifs)$/ }),
  ).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expectAccessible(page, 'organisation page');

  await page
    .getByRole('navigation', { name: "Fil d'Ariane" })
    .getByRole('link', { name: 'Annuaire' })
    .click();
  await expect(heading(page, DIRECTORY_TITLE)).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('at 360 px the directory filters fold into a "Filtres" disclosure', async ({ page }) => {
    await page.goto('/directory');
    await expect(heading(page, DIRECTORY_TITLE)).toBeVisible();
    await expect(results(page).getByRole('status')).toHaveText(/^\d+ dispositifs trouvés$/);

    const toggle = page.getByRole('button', { name: 'Filtres', exact: true });
    const kind = page.getByRole('combobox', { name: "Type d'aide" });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(kind).toBeHidden();
    await expectAccessible(page, 'directory at 360 px');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(kind).toBeVisible();
    await searchSettles(
      page,
      () => kind.selectOption({ label: 'Accompagnement' }).then(() => undefined),
      (query) => query.get('kind') === 'accompaniment',
    );
    await expect(page).toHaveURL(/[?&]kind=accompaniment(&|$)/);
    const opened = page.getByRole('button', { name: 'Filtres (1 actif)' });
    await expect(opened).toHaveAttribute('aria-expanded', 'true');
    await expect(cards(page).first()).toHaveText(/^Accompagnement/);
    await expectAccessible(page, 'directory at 360 px, filters open');

    await opened.click();
    await expect(opened).toHaveAttribute('aria-expanded', 'false');
    await expect(kind).toBeHidden();
  });
});
