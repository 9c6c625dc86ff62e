import { fireEvent, screen, waitFor } from '@testing-library/react';

import type { OfferAdmin, OrganisationAdmin } from '../../api/admin';
import { apiError, json, meFor, mockApi } from '../../../test/mock-api';
import { describedByText, renderApp } from '../../../test/render';

const OFFER: OfferAdmin = {
  id: 'offer-1',
  name: 'Prêt de démarrage',
  summary: '',
  kind: 'funding',
  instrument: 'honour_loan',
  amountMinCents: 100_000,
  amountMaxCents: 800_000,
  needCategories: ['funding'],
  stages: [],
  legalForms: [],
  sectors: [],
  organisation: { id: 'org-1', name: 'Fonds Solidaire du Maine', kind: 'funder' },
  territory: { code: 'pdl', name: 'Pays de la Loire' },
  published: true,
  version: 3,
};

const ORGANISATION: OrganisationAdmin = {
  id: 'org-1',
  name: 'Fonds Solidaire du Maine',
  kind: 'funder',
  description: '',
  communes: [],
  departements: ['72'],
  offerCount: 1,
  territory: { code: 'pdl', name: 'Pays de la Loire' },
  website: null,
  contactEmail: null,
  contactPhone: null,
  address: null,
  published: true,
  version: 2,
  offers: [OFFER],
};

function adminApi(handlers: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(meFor('territory_admin')),
    'GET /api/admin/organisations/org-1': () => json(ORGANISATION),
    ...handlers,
  });
}

async function fillNewFundingOffer() {
  fireEvent.change(await screen.findByLabelText('Nom du dispositif', { exact: false }), {
    target: { value: 'Avance pour les tiers-lieux' },
  });
  fireEvent.click(screen.getByRole('radio', { name: 'Financement' }));
  fireEvent.change(screen.getByLabelText('Type de financement', { exact: false }), {
    target: { value: 'repayable_advance' },
  });
  fireEvent.change(screen.getByLabelText('Montant minimum', { exact: false }), {
    target: { value: '1 500' },
  });
  fireEvent.change(screen.getByLabelText('Montant maximum', { exact: false }), {
    target: { value: '8000,50' },
  });
  fireEvent.click(screen.getByRole('checkbox', { name: 'Locaux et tiers-lieux' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Création' }));
  fireEvent.click(screen.getByRole('button', { name: 'Ajouter le dispositif' }));
}

describe('the offer form of the territory admin', () => {
  it('sends the amounts typed in euros as cents', async () => {
    const api = adminApi({
      'POST /api/admin/organisations/org-1/offers': () => json({ ...OFFER, id: 'offer-2' }, { status: 201 }),
    });
    const { router } = renderApp('/app/organisations/org-1/offers/new');

    expect(await screen.findByRole('heading', { level: 1, name: 'Nouveau dispositif' })).toBeTruthy();
    await fillNewFundingOffer();

    await waitFor(() => expect(api.find('POST', '/api/admin/organisations/org-1/offers')).toHaveLength(1));
    const [request] = api.find('POST', '/api/admin/organisations/org-1/offers');
    expect(await request?.clone().json()).toEqual({
      name: 'Avance pour les tiers-lieux',
      summary: '',
      kind: 'funding',
      instrument: 'repayable_advance',
      amountMinCents: 150_000,
      amountMaxCents: 800_050,
      needCategories: ['premises'],
      stages: ['creation'],
      legalForms: [],
      sectors: [],
      published: true,
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/app/organisations/org-1'));
  });

  it('shows the server’s objection under the field it is about', async () => {
    adminApi({
      'POST /api/admin/organisations/org-1/offers': () =>
        apiError(400, 'validation_failed', {
          details: [{ field: 'amountMaxCents', reason: 'min_above_max', message: 'max below min' }],
        }),
    });
    renderApp('/app/organisations/org-1/offers/new');
    await fillNewFundingOffer();

    const message = "Le montant maximum doit être un nombre d'euros positif, au moins égal au minimum.";
    await screen.findByText(message);
    const max = screen.getByLabelText('Montant maximum', { exact: false });
    expect(max.getAttribute('aria-invalid')).toBe('true');
    expect(describedByText(max)).toContain(message);
    const min = screen.getByLabelText('Montant minimum', { exact: false });
    expect(min.getAttribute('aria-invalid')).not.toBe('true');
    expect(
      screen.getByText("Rien n'a été enregistré. Corrigez les champs signalés puis réessayez."),
    ).toBeTruthy();
  });

  it('checks the amounts before sending', async () => {
    const api = adminApi();
    renderApp('/app/organisations/org-1/offers/new');
    fireEvent.change(await screen.findByLabelText('Nom du dispositif', { exact: false }), {
      target: { value: 'Garantie' },
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Financement' }));
    fireEvent.change(screen.getByLabelText('Montant minimum', { exact: false }), {
      target: { value: 'beaucoup' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter le dispositif' }));

    expect(describedByText(screen.getByLabelText('Montant minimum', { exact: false }))).toContain(
      'Indiquez un montant en euros',
    );
    expect(describedByText(screen.getByLabelText('Type de financement', { exact: false }))).toContain(
      'Choisissez le type de financement.',
    );
    expect(screen.getByText('Cochez au moins un besoin.')).toBeTruthy();
    expect(api.find('POST', '/api/admin/organisations/org-1/offers')).toHaveLength(0);
  });

  it('sends the version it edited, and explains a concurrent change with a way to reload', async () => {
    const api = adminApi({ 'PATCH /api/admin/offers/offer-1': () => apiError(409, 'conflict') });
    renderApp('/app/organisations/org-1/offers/offer-1');

    const name = await screen.findByLabelText('Nom du dispositif', { exact: false });
    expect((name as HTMLInputElement).value).toBe('Prêt de démarrage');
    expect(screen.getByLabelText<HTMLInputElement>('Montant maximum', { exact: false }).value).toBe('8000');
    fireEvent.change(name, { target: { value: 'Prêt de démarrage solidaire' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le dispositif' }));

    expect(
      await screen.findByText(
        "Quelqu'un a modifié ce dispositif entre-temps. Rechargez pour voir sa version, puis refaites vos changements.",
      ),
    ).toBeTruthy();
    const [request] = api.find('PATCH', '/api/admin/offers/offer-1');
    expect(await request?.clone().json()).toMatchObject({ version: 3, name: 'Prêt de démarrage solidaire' });

    const loads = api.find('GET', '/api/admin/organisations/org-1').length;
    fireEvent.click(screen.getByRole('button', { name: 'Recharger la fiche' }));
    await waitFor(() =>
      expect(api.find('GET', '/api/admin/organisations/org-1').length).toBeGreaterThan(loads),
    );
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>('Nom du dispositif', { exact: false }).value).toBe(
        'Prêt de démarrage',
      ),
    );
  });

  it('does not exist for a holder', async () => {
    mockApi({ 'GET /api/auth/me': () => json(meFor('holder')) });
    renderApp('/app/organisations/org-1/offers/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
  });
});
