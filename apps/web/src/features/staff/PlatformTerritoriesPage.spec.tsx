import { fireEvent, screen, within } from '@testing-library/react';

import type { PlatformTerritory } from '../../api/staff';
import { apiError, json, meFor, mockApi, type Handler } from '../../../test/mock-api';
import { describedByText, renderApp } from '../../../test/render';

const PDL: PlatformTerritory = {
  id: 'ter-pdl',
  code: 'pdl',
  name: 'Pays de la Loire',
  departements: ['44', '49'],
  slaDays: 5,
  inactivityDays: 30,
  contactEmail: null,
  operator: { id: 'org-cress', name: 'CRESS Pays de la Loire' },
  userCount: 12,
  caseCount: 40,
  communeCount: 1228,
  createdAt: '2026-01-01T00:00:00.000Z',
  admins: [
    {
      id: 'user-claire',
      email: 'claire@cress.example',
      firstName: 'Claire',
      lastName: 'Rousseau',
      role: 'territory_admin',
      status: 'invited',
      organisation: { id: 'org-cress', name: 'CRESS Pays de la Loire' },
      lastLoginAt: null,
      invitation: { expiresAt: '2999-01-01T00:00:00.000Z' },
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  ],
};

function platformApi(handlers: Record<string, Handler> = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(meFor('platform_admin')),
    'GET /api/platform/territories': () => json([PDL]),
    ...handlers,
  });
}

describe('the platform admin’s territories', () => {
  it('shows each territory with its operator, figures and admins, and mails a new link to an invited admin', async () => {
    const api = platformApi({
      'POST /api/platform/territories/ter-pdl/admins/user-claire/invitation': () => json(PDL.admins[0]),
    });
    renderApp('/app/territories');

    const card = await screen.findByRole('article', { name: 'Pays de la Loire (PDL)' });
    expect(within(card).getByText('CRESS Pays de la Loire')).toBeTruthy();
    expect(within(card).getByText('Loire-Atlantique (44), Maine-et-Loire (49)')).toBeTruthy();
    expect(within(card).getByText('12 comptes · 40 dossiers · 1228 communes')).toBeTruthy();
    expect(within(card).getByText('Invitation envoyée')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: "Renvoyer l'invitation à Claire Rousseau" }));

    expect(
      await screen.findByText(
        'Nouveau lien envoyé à Claire Rousseau (claire@cress.example). Les liens précédents ne fonctionnent plus.',
      ),
    ).toBeTruthy();
    expect(api.find('POST', '/api/platform/territories/ter-pdl/admins/user-claire/invitation')).toHaveLength(
      1,
    );
  });

  it('creates a territory from its code, name, départements and operator, and says the code is taken when it is', async () => {
    let taken = true;
    const api = platformApi({
      'POST /api/platform/territories': () =>
        taken
          ? apiError(409, 'conflict')
          : json(
              { ...PDL, id: 'ter-bre', code: 'bre', name: 'Bretagne', communeCount: 1208 },
              { status: 201 },
            ),
    });
    renderApp('/app/territories');

    const form = (await screen.findByRole('heading', { name: 'Ajouter un territoire' })).closest(
      'form',
    ) as HTMLElement;
    fireEvent.change(within(form).getByLabelText(/^Nom du territoire/), { target: { value: 'Bretagne' } });
    const code = within(form).getByLabelText(/^Code/);
    fireEvent.change(code, { target: { value: 'bre' } });
    const departements = within(form).getByRole('combobox', { name: /^Départements/ });
    fireEvent.focus(departements);
    fireEvent.change(departements, { target: { value: 'Finis' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Finistère (29)' }));
    fireEvent.change(within(form).getByLabelText(/^Structure qui anime le territoire/), {
      target: { value: 'CRESS Bretagne' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Créer le territoire' }));

    expect(
      await screen.findByText("Ce code est déjà celui d'un autre territoire : choisissez-en un autre."),
    ).toBeTruthy();
    expect(describedByText(code)).toContain('Ce code est déjà celui');
    taken = false;
    fireEvent.change(code, { target: { value: 'BZH' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Créer le territoire' }));

    expect(await screen.findByText(/Le territoire Bretagne est créé, avec 1208 communes/)).toBeTruthy();
    expect(await api.find('POST', '/api/platform/territories')[1]?.clone().json()).toEqual({
      code: 'BZH',
      name: 'Bretagne',
      departements: ['29'],
      operatorName: 'CRESS Bretagne',
    });
  });

  it('does not exist for a territory admin', async () => {
    mockApi({ 'GET /api/auth/me': () => json(meFor('territory_admin')) });
    renderApp('/app/territories');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
  });
});
