import { screen, waitFor } from '@testing-library/react';

import { apiError, json, meFor, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';
import { projectDto } from '../diagnostics/test-fixtures';

describe('accepting an invitation to co-hold a project', () => {
  it('asks a visitor to log in or sign up first, and to come back here after', async () => {
    const api = mockApi();
    renderApp('/invitations/accept?token=tok-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Rejoindre un projet' })).toBeTruthy();
    const back = encodeURIComponent('/invitations/accept?token=tok-1');
    expect(screen.getByRole('link', { name: 'Se connecter' }).getAttribute('href')).toBe(
      `/login?next=${back}`,
    );
    expect(screen.getByRole('link', { name: 'Créer un compte' }).getAttribute('href')).toBe(
      `/signup?next=${back}`,
    );
    expect(api.find('POST', '/api/project-invitations/accept')).toHaveLength(0);
  });

  it('accepts it for a logged-in holder, once, and opens the project', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => json(meFor('holder')),
      'POST /api/project-invitations/accept': () => json(projectDto({ myRole: 'co_holder' })),
      'GET /api/projects/proj-1': () => json(projectDto({ myRole: 'co_holder' })),
      'GET /api/projects/proj-1/diagnostics': () => json([]),
    });
    const { router } = renderApp('/invitations/accept?token=tok-1');

    await waitFor(() => expect(router.state.location.pathname).toBe('/app/projects/proj-1'));
    expect(api.find('POST', '/api/project-invitations/accept')).toHaveLength(1);
    expect(await api.find('POST', '/api/project-invitations/accept')[0]?.clone().json()).toEqual({
      token: 'tok-1',
    });
  });

  it('says clearly when the link is no longer valid', async () => {
    mockApi({
      'GET /api/auth/me': () => json(meFor('holder')),
      'POST /api/project-invitations/accept': () => apiError(400, 'invalid_token'),
    });
    renderApp('/invitations/accept?token=used');

    expect(
      await screen.findByRole('heading', { level: 1, name: "Ce lien d'invitation n'est plus valable" }),
    ).toBeTruthy();
    expect(screen.getByText(/Demandez à la personne qui vous a invité·e/)).toBeTruthy();
  });
});
