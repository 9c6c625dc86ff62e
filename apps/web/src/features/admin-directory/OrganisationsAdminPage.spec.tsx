import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { OrganisationAdmin } from '../../api/admin';
import { json, meFor, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

function organisation(overrides: Partial<OrganisationAdmin> = {}): OrganisationAdmin {
  return {
    id: 'org-1',
    name: 'Ruche Coopérative Atlantique',
    kind: 'support',
    description: '',
    communes: [],
    departements: [],
    offerCount: 0,
    territory: { code: 'pdl', name: 'Pays de la Loire' },
    website: null,
    contactEmail: null,
    contactPhone: null,
    address: null,
    published: true,
    version: 1,
    offers: [],
    ...overrides,
  };
}

describe('the territory admin’s organisations', () => {
  it('lists the structures with their status in the directory', async () => {
    mockApi({
      'GET /api/auth/me': () => json(meFor('territory_admin')),
      'GET /api/admin/organisations': () =>
        json({
          items: [organisation(), organisation({ id: 'org-2', name: 'Fonds du Bocage', published: false })],
          total: 2,
          page: 1,
          pageSize: 20,
        }),
    });
    renderApp('/app/organisations');

    expect(await screen.findByRole('heading', { level: 1, name: 'Structures et dispositifs' })).toBeTruthy();
    expect(await screen.findByText('2 structures')).toBeTruthy();
    const unpublished = screen.getByRole('link', { name: 'Fonds du Bocage' }).closest('li') as HTMLElement;
    expect(within(unpublished).getByText('Non publié')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ajouter une structure' }).getAttribute('href')).toBe(
      '/app/organisations/new',
    );
  });

  it('creates a structure with the communes picked and the départements ticked', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => json(meFor('territory_admin')),
      'GET /api/territories/pdl/communes': () =>
        json([{ code: '49007', name: 'Angers', departementCode: '49', postalCodes: ['49000'] }]),
      'POST /api/admin/organisations': () => json(organisation({ id: 'org-9' }), { status: 201 }),
      'GET /api/admin/organisations/org-9': () => json(organisation({ id: 'org-9' })),
    });
    const { router } = renderApp('/app/organisations/new');

    fireEvent.change(await screen.findByLabelText('Nom de la structure', { exact: false }), {
      target: { value: 'Ruche Coopérative Atlantique' },
    });
    fireEvent.change(screen.getByLabelText('Type de structure', { exact: false }), {
      target: { value: 'support' },
    });
    fireEvent.change(screen.getByLabelText('Site internet'), { target: { value: 'www.ruche.example' } });
    // The territory's départements come with the territory list.
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Mayenne (53)' }));
    const commune = screen.getByLabelText('Ajouter une commune couverte');
    fireEvent.focus(commune);
    fireEvent.change(commune, { target: { value: 'ange' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Angers (49000)' }));
    expect(screen.getByRole('button', { name: 'Retirer Angers (49000)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Créer la structure' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/app/organisations/org-9'));
    const [request] = api.find('POST', '/api/admin/organisations');
    expect(await request?.clone().json()).toEqual({
      name: 'Ruche Coopérative Atlantique',
      kind: 'support',
      description: '',
      website: 'https://www.ruche.example',
      departements: ['53'],
      communes: ['49007'],
      published: true,
    });
    expect(await screen.findByText(/La structure « Ruche Coopérative Atlantique » a été créée/)).toBeTruthy();
  });
});
