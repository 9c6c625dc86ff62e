import type { Role } from '@essaim/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { meFor, mockApi, json } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

const EXPECTED: [Role, string[], string][] = [
  ['holder', ['Accueil', 'Mes projets', 'Annuaire'], 'Mes projets'],
  ['advisor', ['Accueil', 'Dossiers', 'Orientations', 'Annuaire'], 'Mes dossiers'],
  ['funder', ['Accueil', 'Dossiers transmis', 'Annuaire'], 'Dossiers transmis'],
  [
    'territory_admin',
    [
      'Accueil',
      'Dossiers',
      'Orientations',
      'Utilisateurs',
      'Mon territoire',
      'Structures et dispositifs',
      'Questionnaire',
      'Annuaire',
    ],
    'Mon territoire',
  ],
  ['platform_admin', ['Accueil', 'Territoires', 'Annuaire'], 'Territoires'],
];

describe('the application shell', () => {
  it.each(EXPECTED)(
    'a %s sees exactly the navigation of the role, and the home of the role',
    async (role, links, title) => {
      mockApi({ 'GET /api/auth/me': () => json(meFor(role)) });
      renderApp('/app');

      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
      const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
      expect(
        within(nav)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(links);
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    },
  );

  it('shows the territory and offers a skip link to the content', async () => {
    mockApi({ 'GET /api/auth/me': () => json(meFor('advisor')) });
    renderApp('/app');

    await screen.findByRole('heading', { level: 1, name: 'Mes dossiers' });
    expect(screen.getAllByText('Territoire : Pays de la Loire').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Aller au contenu' }).getAttribute('href')).toBe('#main-content');
    expect(screen.getByRole('main').id).toBe('main-content');
  });

  it('logs out: back to the login page, with nothing of the user left in the cache', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => json(meFor('funder')),
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
    });
    const { router, queryClient } = renderApp('/app');
    await screen.findByRole('heading', { level: 1, name: 'Dossiers transmis' });
    queryClient.setQueryData(['referrals'], ['a referral of this funder']);

    fireEvent.click(screen.getByRole('button', { name: 'Menu du compte de Camille Martin' }));
    fireEvent.click(screen.getByRole('button', { name: 'Se déconnecter' }));

    expect(await screen.findByText('Vous êtes déconnecté·e. À bientôt !')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('');
    expect(api.find('POST', '/api/auth/logout')).toHaveLength(1);
    expect(queryClient.getQueryData(['referrals'])).toBeUndefined();
    await waitFor(() => expect(queryClient.getQueryData(['auth', 'me'])).toBeNull());
  });

  it('sends a visitor who is not logged in to the login page, remembering the address', async () => {
    mockApi();
    const { router } = renderApp('/app/cases');

    expect(await screen.findByRole('heading', { level: 1, name: 'Se connecter' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/app/cases');
  });

  it('a section of another role does not exist for this role', async () => {
    mockApi({ 'GET /api/auth/me': () => json(meFor('holder')) });
    renderApp('/app/referrals');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
    expect(screen.getByRole('link', { name: "Retour à l'accueil" }).getAttribute('href')).toBe('/app');
  });

  it('an unknown address outside the app is a "page not found" with a link home', async () => {
    mockApi();
    renderApp('/nowhere');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
    expect(screen.getByRole('link', { name: "Retour à l'accueil" }).getAttribute('href')).toBe('/');
  });
});
