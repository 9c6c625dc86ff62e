import { screen, within } from '@testing-library/react';

import type { OrganisationDetail } from '../../api/directory';
import { apiError, json, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

const ORGANISATION: OrganisationDetail = {
  id: 'org-1',
  name: 'Ruche Coopérative Atlantique',
  kind: 'support',
  description: 'Nous accompagnons la création de coopératives.',
  communes: ['44109'],
  departements: ['44'],
  offerCount: 1,
  territory: { code: 'pdl', name: 'Pays de la Loire' },
  website: 'https://ruche.example.org/',
  contactEmail: 'contact@ruche.example.org',
  contactPhone: '02 40 00 00 00',
  address: '1 rue des Abeilles, 44000 Nantes',
  offers: [
    {
      id: 'offer-1',
      name: 'Parcours création coopérative',
      summary: 'Six mois pour monter votre SCOP ou votre SCIC.',
      kind: 'accompaniment',
      instrument: null,
      amountMinCents: null,
      amountMaxCents: null,
      needCategories: ['legal_structure', 'governance'],
      stages: ['idea'],
      legalForms: ['scop', 'scic'],
      sectors: [],
      organisation: { id: 'org-1', name: 'Ruche Coopérative Atlantique', kind: 'support' },
      territory: { code: 'pdl', name: 'Pays de la Loire' },
    },
  ],
};

describe('the organisation page of the directory', () => {
  it('shows the structure, how to reach it, where it works and what it offers', async () => {
    mockApi({
      'GET /api/directory/organisations/org-1': () => json(ORGANISATION),
      'GET /api/territories/pdl/communes': () =>
        json([{ code: '44109', name: 'Nantes', departementCode: '44', postalCodes: ['44000'] }]),
    });
    renderApp('/directory/organisations/org-1');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ruche Coopérative Atlantique' }),
    ).toBeTruthy();
    expect(document.title).toBe('Ruche Coopérative Atlantique · Essaim');
    const breadcrumbs = screen.getByRole('navigation', { name: "Fil d'Ariane" });
    expect(breadcrumbs.textContent).toContain('Annuaire');
    expect(within(breadcrumbs).getByRole('link', { name: 'Annuaire' }).getAttribute('href')).toBe(
      '/directory',
    );
    expect(screen.getByRole('link', { name: 'contact@ruche.example.org' }).getAttribute('href')).toBe(
      'mailto:contact@ruche.example.org',
    );
    expect(screen.getByText('Département : Loire-Atlantique (44)')).toBeTruthy();
    expect(await screen.findByText('Commune : Nantes')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Parcours création coopérative' })).toBeTruthy();
    expect(screen.getByText('Accompagnement')).toBeTruthy();
  });

  it('an unknown or unpublished structure is a "not found" page leading back to the directory', async () => {
    mockApi({ 'GET /api/directory/organisations/nope': () => apiError(404, 'not_found') });
    renderApp('/directory/organisations/nope');

    expect(await screen.findByRole('heading', { level: 1, name: 'Structure introuvable' })).toBeTruthy();
    expect(screen.getByRole('link', { name: "Retour à l'annuaire" }).getAttribute('href')).toBe('/directory');
  });
});
