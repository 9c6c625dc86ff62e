import AxeBuilder from '@axe-core/playwright';
import { expect, request, test, type Locator, type Page } from '@playwright/test';

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

/** An address no other run or test uses. */
export const uniqueEmail = (prefix = 'e2e') =>
  `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;

/** Signs a new holder up through the signup page; ends on their home ("Mes projets"). */
export async function signUpHolder(page: Page, firstName: string): Promise<string> {
  const email = uniqueEmail();
  await page.goto('/signup');
  await expect(heading(page, 'Créer votre compte')).toBeVisible();
  await page.getByLabel('Prénom').fill(firstName);
  await page.getByLabel('Nom', { exact: true }).fill('Essai');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill('ruche bleue sur la colline 42');
  const territory = page.getByRole('combobox', { name: /Votre territoire/ });
  if ((await territory.inputValue()) === '') await territory.selectOption({ label: 'Pays de la Loire' });
  await page.getByRole('checkbox', { name: /J'accepte les conditions d'utilisation/ }).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page).toHaveURL(/\/app\/?$/);
  await expect(heading(page, 'Mes projets')).toBeVisible();
  return email;
}

/**
 * Confirms a new account's address the way its owner would: opens the link of the confirmation mail.
 * Without SMTP the demo keeps every mail in the outbox, which platform admins read (the mails page);
 * this reads it through that page's API, as the demo's platform admin, in a context of its own.
 */
export async function confirmEmailFromMail(page: Page, email: string): Promise<void> {
  const api = await request.newContext({ baseURL: test.info().project.use.baseURL });
  try {
    await api.get('/api/auth/me');
    const xsrf = (await api.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN');
    const login = await api.post('/api/auth/login', {
      headers: { 'x-xsrf-token': decodeURIComponent(xsrf?.value ?? '') },
      data: { email: 'admin@demo.essaim.test', password: DEMO_PASSWORD },
    });
    expect(login.ok(), 'the platform admin logs in').toBe(true);
    const { items } = (await (await api.get('/api/platform/mails')).json()) as {
      items: { id: string; to: string; kind: string }[];
    };
    const mail = items.find((item) => item.to === email && item.kind === 'email_confirmation');
    expect(mail, `a confirmation mail to ${email}`).toBeDefined();
    const { text } = (await (await api.get(`/api/platform/mails/${mail!.id}`)).json()) as { text: string };
    const link = /\/confirm-email\?token=[^\s]+/.exec(text)?.[0];
    expect(link, 'the link in the mail').toBeDefined();
    await page.goto(link!);
    await expect(page.getByText('Votre adresse e-mail est confirmée. Merci !')).toBeVisible();
  } finally {
    await api.dispose();
  }
}

export interface NewProject {
  name: string;
  summary?: string;
  legalForm?: string;
  sector?: string;
  stage?: string;
  /** What is typed in the commune field, and the option then picked. */
  communeTyped?: string;
  commune?: RegExp;
  jobsNow?: string;
  jobsPlanned?: string;
  fundingNeed?: string;
}

/**
 * From the holder's home, creates a project through its form and lands on the project page.
 * `onForm` runs on the filled form, before it is sent (for an accessibility check).
 */
export async function createProject(
  page: Page,
  project: NewProject,
  onForm?: () => Promise<void>,
): Promise<void> {
  await page.getByRole('link', { name: 'Créer un projet' }).first().click();
  await expect(heading(page, 'Créer un projet')).toBeVisible();
  await page.getByLabel(/^Nom du projet/).fill(project.name);
  if (project.summary) await page.getByLabel('Présentation du projet').fill(project.summary);
  await page.getByLabel(/^Forme juridique/).selectOption({ label: project.legalForm ?? 'Association' });
  await page
    .getByLabel(/^Secteur d'activité/)
    .selectOption({ label: project.sector ?? 'Économie circulaire et réemploi' });
  await page.getByLabel(/^Étape du projet/).selectOption({ label: project.stage ?? 'Création' });
  const commune = page.getByLabel(/^Commune/);
  await commune.fill(project.communeTyped ?? 'Nant');
  await page.getByRole('option', { name: project.commune ?? /^Nantes \(\d{5}\)$/ }).click();
  await expect(commune).toHaveValue(project.commune ?? /^Nantes \(\d{5}\)$/);
  await page.getByLabel("Emplois aujourd'hui").fill(project.jobsNow ?? '2');
  await page.getByLabel('Emplois prévus').fill(project.jobsPlanned ?? '5');
  await page.getByLabel('Besoin de financement, en euros').fill(project.fundingNeed ?? '25000');
  await onForm?.();
  await page.getByRole('button', { name: 'Créer le projet' }).click();
  await expect(page).toHaveURL(/\/app\/projects\/[^/]+$/);
  await expect(heading(page, project.name)).toBeVisible();
}

/** The diagnostic's "saved" indicator says every answer given is saved. */
export async function expectAllSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').getByText('Enregistré', { exact: true })).toBeVisible();
}

// The needs diagnostic, answered as a holder would, whatever the questions of the questionnaire.

/** An answer the journey gave, to be found again after a reload. */
export type GivenAnswer =
  | { question: string; kind: 'radio' | 'checkbox'; label: string }
  | { question: string; kind: 'text'; value: string };

export const SENTENCE =
  'Une ressourcerie qui répare et revend des objets du quotidien, avec des bénévoles du quartier.';

export const questionsOf = (page: Page) => page.getByRole('main').locator('div[id^="question-"]');

async function labelOf(input: Locator): Promise<string> {
  return input.evaluate(
    (element) =>
      (
        element as unknown as { labels: ArrayLike<{ textContent: string | null }> | null }
      ).labels?.[0]?.textContent?.trim() ?? '',
  );
}

/** Answers one question by its type: first radio, first check box, a number within bounds, a sentence. */
export async function answerQuestion(question: Locator, id: string): Promise<GivenAnswer> {
  const radios = question.getByRole('radio');
  if ((await radios.count()) > 0) {
    const first = radios.first();
    const label = await labelOf(first);
    await first.check();
    await expect(first).toBeChecked();
    return { question: id, kind: 'radio', label };
  }
  const checkboxes = question.getByRole('checkbox');
  if ((await checkboxes.count()) > 0) {
    const first = checkboxes.first();
    const label = await labelOf(first);
    await first.check();
    await expect(first).toBeChecked();
    return { question: id, kind: 'checkbox', label };
  }
  const field = question.getByRole('textbox');
  const multiline = await field.evaluate((element) => element.tagName === 'TEXTAREA');
  let value = SENTENCE;
  if (!multiline) {
    // A number: the field says its bounds ("Un nombre entre 0 et 10000.").
    const bounds = /entre\s+(-?\d[\d\s\u202f\u00a0]*)\s+et\s+(-?\d[\d\s\u202f\u00a0]*)/.exec(
      (await question.textContent()) ?? '',
    );
    const min = bounds ? Number(bounds[1].replace(/\D/g, '')) : 0;
    const max = bounds ? Number(bounds[2].replace(/\D/g, '')) : Number.MAX_SAFE_INTEGER;
    value = String(Math.min(max, min + 3));
  }
  await field.fill(value);
  await field.blur();
  await expect(field).toHaveValue(value);
  return { question: id, kind: 'text', value };
}

/**
 * Answers every question shown in the current step, in order. The questions are looked up again
 * after each answer: an answer can show a question that depends on it.
 */
export async function answerCurrentStep(page: Page): Promise<GivenAnswer[]> {
  const given: GivenAnswer[] = [];
  const done = new Set<string>();
  for (;;) {
    const ids = await questionsOf(page).evaluateAll((elements) => elements.map((element) => element.id));
    const next = ids.find((id) => !done.has(id));
    if (next === undefined) break;
    done.add(next);
    given.push(await answerQuestion(page.locator(`#${next}`), next));
  }
  expect(given.length, 'questions answered in this step').toBeGreaterThan(0);
  return given;
}

export async function expectAnswersShown(page: Page, answers: GivenAnswer[]): Promise<void> {
  for (const answer of answers) {
    const question = page.locator(`#${answer.question}`);
    if (answer.kind === 'text') {
      await expect(question.getByRole('textbox'), answer.question).toHaveValue(answer.value);
    } else {
      await expect(
        question.getByRole(answer.kind, { name: answer.label, exact: true }),
        answer.question,
      ).toBeChecked();
    }
  }
}
