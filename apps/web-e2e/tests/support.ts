import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'Essaim-demo-2026';

/** The six demo accounts and the h1 of the home each one lands on (French UI, the default locale). */
export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.essaim.test', role: 'platform_admin', home: 'Territoires' },
  { email: 'cress@demo.essaim.test', role: 'territory_admin', home: 'Mon territoire' },
  { email: 'conseil@demo.essaim.test', role: 'advisor (CRESS)', home: 'Mes dossiers' },
  { email: 'partenaire@demo.essaim.test', role: 'advisor (partner)', home: 'Mes dossiers' },
  { email: 'financeur@demo.essaim.test', role: 'funder', home: 'Dossiers transmis' },
  { email: 'porteur@demo.essaim.test', role: 'holder', home: 'Mes projets' },
] as const;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page as it is now; fails on any serious or critical violation, after printing them. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of blocking) {
    console.log(`[axe] ${name} — ${v.impact} ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes.slice(0, 5))
      console.log(`        ${node.target.join(' ')} — ${node.failureSummary ?? ''}`);
  }
  expect(
    blocking.map((v) => `${v.id} (${v.impact}, ${v.nodes.length} node(s))`),
    `serious/critical accessibility violations on ${name}`,
  ).toEqual([]);
}

export const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true });

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await expect(heading(page, 'Se connecter')).toBeVisible();
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.locator('form').getByRole('button', { name: 'Se connecter', exact: true }).click();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Menu du compte de / }).click();
  const logout = page
    .getByRole('menuitem', { name: 'Se déconnecter' })
    .or(page.getByRole('button', { name: 'Se déconnecter' }));
  await logout.click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText('Vous êtes déconnecté·e. À bientôt !')).toBeVisible();
}
