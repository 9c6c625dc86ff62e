import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { OfferSummary, Page } from '../../api/directory';
import { apiError, json, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

function offer(overrides: Partial<OfferSummary> = {}): OfferSummary {
  return {
    id: 'offer-1',
    name: "Prêt d'honneur Solidaire",
    summary: 'Un prêt sans intérêt ni garantie pour lancer votre activité.',
    kind: 'funding',
    instrument: 'honour_loan',
    amountMinCents: 500_000,
    amountMaxCents: 3_000_000,
    needCategories: ['funding', 'business_model'],
    stages: ['creation'],
    legalForms: [],
    sectors: [],
    organisation: { id: 'org-1', name: 'Initiative Loire Solidaire', kind: 'funder' },
    territory: { code: 'pdl', name: 'Pays de la Loire' },
    ...overrides,
  };
}

function page(items: OfferSummary[], total = items.length): Page<OfferSummary> {
  return { items, total, page: 1, pageSize: 20 };
}

const searchOf = (request: Request) => new URL(request.url).searchParams;

describe('the public directory', () => {
  it('keeps the typed search and the chosen filters in the address, and shows the matching offers', async () => {
    const api = mockApi({
      'GET /api/directory/offers': (request) =>
        json(
          searchOf(request).get('q') === 'pret' ? page([offer()], 1) : page([offer(), offer({ id: 'o2' })]),
        ),
    });
    const { router } = renderApp('/directory');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Annuaire des structures et des dispositifs' }),
    ).toBeTruthy();
    expect(await screen.findByText('2 dispositifs trouvés')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Rechercher une structure ou un dispositif', { exact: false }), {
      target: { value: 'pret' },
    });
    await waitFor(() => expect(router.state.location.search).toBe('?q=pret'));
    expect(await screen.findByText('1 dispositif trouvé')).toBeTruthy();

    // On a small screen the filters are folded behind one button.
    fireEvent.click(screen.getByRole('button', { name: 'Filtres' }));
    fireEvent.change(screen.getByLabelText('Étape de votre projet'), { target: { value: 'creation' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Financement' }));

    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).getAll('need')).toEqual(['funding']),
    );
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('q')).toBe('pret');
    expect(params.get('stage')).toBe('creation');
    await waitFor(() => {
      const last = api.find('GET', '/api/directory/offers').at(-1);
      expect(last && searchOf(last).get('stage')).toBe('creation');
    });
    const last = api.find('GET', '/api/directory/offers').at(-1);
    expect(last && searchOf(last).getAll('need')).toEqual(['funding']);
    expect(last && searchOf(last).get('q')).toBe('pret');

    const card = (await screen.findAllByRole('article'))[0];
    expect(card).toBeTruthy();
    const inCard = within(card);
    expect(inCard.getByRole('heading', { name: "Prêt d'honneur Solidaire" })).toBeTruthy();
    expect(inCard.getByText("Financement · Prêt d'honneur")).toBeTruthy();
    expect(inCard.getByText(/De 5\s000\s€ à 30\s000\s€/)).toBeTruthy();
    expect(inCard.getByRole('link', { name: 'Initiative Loire Solidaire' }).getAttribute('href')).toBe(
      '/directory/organisations/org-1',
    );
    expect(inCard.getByRole('list', { name: 'Besoins couverts' }).textContent).toContain('Modèle économique');

    // The back button goes back to the previous search.
    await router.navigate(-1);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('need')).toBeNull());
  });

  it('opens a shared address with its filters applied', async () => {
    const api = mockApi({ 'GET /api/directory/offers': () => json(page([offer()], 41)) });
    renderApp('/directory?q=tiers%20lieu&need=premises&need=funding&kind=funding&instrument=grant&page=2');

    expect(await screen.findByText('41 dispositifs trouvés')).toBeTruthy();
    const request = api.find('GET', '/api/directory/offers')[0];
    expect(request).toBeTruthy();
    const query = searchOf(request);
    expect(query.get('q')).toBe('tiers lieu');
    expect(query.getAll('need').sort()).toEqual(['funding', 'premises']);
    expect(query.get('kind')).toBe('funding');
    expect(query.get('instrument')).toBe('grant');
    expect(query.get('page')).toBe('2');
    expect(
      screen.getByLabelText<HTMLInputElement>('Rechercher une structure ou un dispositif', {
        exact: false,
      }).value,
    ).toBe('tiers lieu');
    expect(screen.getByRole('button', { name: 'Filtres (4 actifs)' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Pages de résultats' })).toBeTruthy();
  });

  it('says what to try when nothing matches, and clears the filters in one click', async () => {
    mockApi({
      'GET /api/directory/offers': (request) =>
        json(searchOf(request).get('q') ? page([], 0) : page([offer()], 1)),
    });
    const { router } = renderApp('/directory?q=introuvable&stage=idea');

    expect(await screen.findByText('Aucun dispositif ne correspond à votre recherche')).toBeTruthy();
    expect(screen.getByText('Aucun dispositif trouvé')).toBeTruthy();
    expect(screen.getByText(/retirez un filtre/)).toBeTruthy();

    fireEvent.click(screen.getAllByRole('button', { name: 'Effacer les filtres' })[0]);

    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText('1 dispositif trouvé')).toBeTruthy();
    expect(
      screen.getByLabelText<HTMLInputElement>('Rechercher une structure ou un dispositif', {
        exact: false,
      }).value,
    ).toBe('');
  });

  it('says the search failed and offers to try again', async () => {
    mockApi({ 'GET /api/directory/offers': () => apiError(500, 'internal_error') });
    renderApp('/directory');

    // Server errors are retried twice before the page gives up.
    expect(await screen.findByText("La recherche n'a pas abouti.", {}, { timeout: 8000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  }, 15_000);
});
