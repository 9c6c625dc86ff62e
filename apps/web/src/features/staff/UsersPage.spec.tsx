import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { UserAdmin } from '../../api/staff';
import { apiError, json, meFor, mockApi, type Handler } from '../../../test/mock-api';
import { describedByText, renderApp } from '../../../test/render';

function user(overrides: Partial<UserAdmin> = {}): UserAdmin {
  return {
    id: 'user-karim',
    email: 'karim@cress.example',
    firstName: 'Karim',
    lastName: 'Benali',
    role: 'advisor',
    status: 'active',
    organisation: { id: 'org-cress', name: 'CRESS Pays de la Loire' },
    lastLoginAt: '2026-03-02T09:30:00.000Z',
    invitation: null,
    createdAt: '2026-01-05T09:00:00.000Z',
    ...overrides,
  };
}

const ME = user({
  id: 'user-territory_admin',
  firstName: 'Claire',
  lastName: 'Rousseau',
  email: 'territory_admin@example.org',
  role: 'territory_admin',
});
const INVITED = user({
  id: 'user-lea',
  firstName: 'Léa',
  lastName: 'Guérin',
  email: 'lea@coop.example',
  status: 'invited',
  organisation: { id: 'org-coop', name: 'Coop’Accompagne' },
  lastLoginAt: null,
  invitation: { expiresAt: '2999-01-01T00:00:00.000Z' },
});

const page = (items: UserAdmin[]) => json({ items, total: items.length, page: 1, pageSize: 20 });

const ORGANISATIONS = json({
  items: [
    { id: 'org-cress', name: 'CRESS Pays de la Loire', kind: 'support' },
    { id: 'org-fonds', name: 'Fonds Solidaire', kind: 'funder' },
    { id: 'org-banque', name: 'Banque coopérative', kind: 'both' },
  ],
  total: 3,
  page: 1,
  pageSize: 50,
});

function usersApi(handlers: Record<string, Handler> = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(meFor('territory_admin')),
    'GET /api/admin/users': () => page([user(), INVITED, ME]),
    'GET /api/admin/organisations': () => ORGANISATIONS,
    ...handlers,
  });
}

/** The card of one account in the phone layout (jsdom has no wide screen). */
async function cardOf(name: string): Promise<HTMLElement> {
  return (await screen.findByText(name)).closest('li') as HTMLElement;
}

describe('the territory admin’s users', () => {
  it('lists the accounts with their role, structure and status, and never offers to disable oneself', async () => {
    usersApi();
    renderApp('/app/users');

    expect(await screen.findByRole('heading', { level: 1, name: 'Utilisateurs' })).toBeTruthy();
    expect(await screen.findByText('3 comptes')).toBeTruthy();
    const karim = await cardOf('Karim Benali');
    expect(within(karim).getByText('Actif')).toBeTruthy();
    expect(within(karim).getByText("Chargé·e d'accompagnement · CRESS Pays de la Loire")).toBeTruthy();
    expect(within(karim).getByRole('button', { name: 'Désactiver le compte de Karim Benali' })).toBeTruthy();
    const lea = await cardOf('Léa Guérin');
    expect(within(lea).getByText('Invitation envoyée')).toBeTruthy();
    expect(within(lea).getByRole('button', { name: "Renvoyer l'invitation à Léa Guérin" })).toBeTruthy();
    const me = await cardOf('Claire Rousseau (vous)');
    expect(within(me).queryByRole('button', { name: /Désactiver/ })).toBeNull();
  });

  it('invites an advisor into a support structure, and says the link went by mail', async () => {
    const invited = user({
      id: 'user-new',
      firstName: 'Inès',
      lastName: 'Morel',
      email: 'ines@cress.example',
      status: 'invited',
    });
    const api = usersApi({ 'POST /api/admin/users': () => json(invited, { status: 201 }) });
    renderApp('/app/users');

    fireEvent.click(await screen.findByRole('button', { name: 'Inviter une personne' }));
    const dialog = await screen.findByRole('dialog', { name: 'Inviter une personne' });
    fireEvent.change(within(dialog).getByLabelText('Prénom', { exact: false }), {
      target: { value: 'Inès' },
    });
    fireEvent.change(within(dialog).getByLabelText(/^Nom/), { target: { value: 'Morel' } });
    fireEvent.change(within(dialog).getByLabelText('Adresse e-mail', { exact: false }), {
      target: { value: 'ines@cress.example' },
    });
    fireEvent.change(within(dialog).getByLabelText('Rôle', { exact: false }), {
      target: { value: 'advisor' },
    });
    const structure = await within(dialog).findByLabelText('Structure', { exact: false });
    await within(structure).findByRole('option', { name: 'Banque coopérative' });
    // Only structures that accompany projects fit an advisor.
    const choices = within(structure)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(choices).toEqual(['Choisissez une structure', 'CRESS Pays de la Loire', 'Banque coopérative']);
    fireEvent.change(structure, { target: { value: 'org-cress' } });
    fireEvent.click(within(dialog).getByRole('button', { name: "Envoyer l'invitation" }));

    expect(
      await screen.findByText(
        'Invitation envoyée à Inès Morel (ines@cress.example). Le lien est valable 7 jours.',
      ),
    ).toBeTruthy();
    expect(await api.find('POST', '/api/admin/users')[0]?.clone().json()).toEqual({
      email: 'ines@cress.example',
      firstName: 'Inès',
      lastName: 'Morel',
      locale: 'fr',
      role: 'advisor',
      organisationId: 'org-cress',
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks for what is missing before sending an invitation', async () => {
    const api = usersApi();
    renderApp('/app/users');

    fireEvent.click(await screen.findByRole('button', { name: 'Inviter une personne' }));
    const dialog = await screen.findByRole('dialog', { name: 'Inviter une personne' });
    fireEvent.click(within(dialog).getByRole('button', { name: "Envoyer l'invitation" }));

    const firstName = within(dialog).getByLabelText('Prénom', { exact: false });
    expect(describedByText(firstName)).toContain('Indiquez le prénom.');
    expect(describedByText(within(dialog).getByLabelText('Rôle', { exact: false }))).toContain(
      'Choisissez un rôle.',
    );
    expect(document.activeElement).toBe(firstName);
    expect(api.find('POST', '/api/admin/users')).toHaveLength(0);
  });

  it('says next to the email field when the address already has an account', async () => {
    usersApi({ 'POST /api/admin/users': () => apiError(409, 'email_taken') });
    renderApp('/app/users');

    fireEvent.click(await screen.findByRole('button', { name: 'Inviter une personne' }));
    const dialog = await screen.findByRole('dialog', { name: 'Inviter une personne' });
    fireEvent.change(within(dialog).getByLabelText('Prénom', { exact: false }), {
      target: { value: 'Paul' },
    });
    fireEvent.change(within(dialog).getByLabelText(/^Nom/), { target: { value: 'Roux' } });
    const email = within(dialog).getByLabelText('Adresse e-mail', { exact: false });
    fireEvent.change(email, { target: { value: 'karim@cress.example' } });
    fireEvent.change(within(dialog).getByLabelText('Rôle', { exact: false }), {
      target: { value: 'territory_admin' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: "Envoyer l'invitation" }));

    await waitFor(() =>
      expect(describedByText(email)).toContain(
        'Un compte existe déjà avec cette adresse : retrouvez-le dans la liste des utilisateurs.',
      ),
    );
    expect(document.activeElement).toBe(email);
  });

  it('disables an account only once confirmed, and says it is done', async () => {
    const api = usersApi({
      'POST /api/admin/users/user-karim/disable': () => json(user({ status: 'disabled' })),
    });
    renderApp('/app/users');

    fireEvent.click(
      within(await cardOf('Karim Benali')).getByRole('button', {
        name: 'Désactiver le compte de Karim Benali',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Désactiver le compte de Karim Benali ?' });
    expect(api.find('POST', '/api/admin/users/user-karim/disable')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Désactiver le compte' }));

    expect(await screen.findByText('Le compte de Karim Benali est désactivé.')).toBeTruthy();
    expect(api.find('POST', '/api/admin/users/user-karim/disable')).toHaveLength(1);
  });

  it('mails a new link to an invited person', async () => {
    const api = usersApi({ 'POST /api/admin/users/user-lea/invitation': () => json(INVITED) });
    renderApp('/app/users');

    fireEvent.click(
      within(await cardOf('Léa Guérin')).getByRole('button', { name: "Renvoyer l'invitation à Léa Guérin" }),
    );

    expect(
      await screen.findByText(
        'Nouveau lien envoyé à Léa Guérin (lea@coop.example). Les liens précédents ne fonctionnent plus.',
      ),
    ).toBeTruthy();
    expect(api.find('POST', '/api/admin/users/user-lea/invitation')).toHaveLength(1);
  });

  it('filters by role through the address, and offers to clear a search that finds nobody', async () => {
    const api = usersApi({
      'GET /api/admin/users': (request) =>
        new URL(request.url).searchParams.get('role') === 'funder' ? page([]) : page([user(), ME]),
    });
    const { router } = renderApp('/app/users');

    fireEvent.change(await screen.findByLabelText('Rôle'), { target: { value: 'funder' } });

    expect(await screen.findByText('Aucun compte ne correspond à votre recherche')).toBeTruthy();
    expect(router.state.location.search).toBe('?role=funder');
    expect(api.find('GET', '/api/admin/users').some((request) => request.url.includes('role=funder'))).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Effacer la recherche et les filtres' }));
    expect(await screen.findByText('2 comptes')).toBeTruthy();
  });

  it('does not exist for an advisor', async () => {
    mockApi({ 'GET /api/auth/me': () => json(meFor('advisor')) });
    renderApp('/app/users');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
  });
});
