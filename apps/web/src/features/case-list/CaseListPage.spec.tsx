import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';

import { apiError, json, meFor, mockApi, type Handler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

import { ADVISORS, caseItem, casePage, SECOND_CASE } from './test-fixtures';

const FIRST_CASE = caseItem();
const queryOf = (request: Request | undefined) => new URL(request?.url ?? 'http://x/').searchParams;
const me = meFor('advisor', {
  organisation: { id: 'org-cress', name: 'CRESS Pays de la Loire', kind: 'support' },
});

function staffApi(handlers: Record<string, Handler> = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(me),
    'GET /api/staff/cases': () => json(casePage([FIRST_CASE, SECOND_CASE], 124)),
    'GET /api/staff/advisors': () => json(ADVISORS),
    'GET /api/staff/saved-filters': () => json([]),
    ...handlers,
  });
}

/** Wide screens get the table and the side panel; jsdom otherwise matches no media query (a phone). */
function onWideScreen() {
  const original = window.matchMedia;
  window.matchMedia = (query: string) => ({
    ...original(query),
    matches: query.includes('min-width'),
  });
  return () => {
    window.matchMedia = original;
  };
}

describe('the case list', () => {
  it('keeps the search and the filters in the address and asks the API for them', async () => {
    const api = staffApi();
    const { router } = renderApp('/app/cases');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dossiers' })).toBeTruthy();
    expect(await screen.findByText('124 dossiers')).toBeTruthy();
    const first = api.find('GET', '/api/staff/cases')[0];
    expect(queryOf(first).get('sort')).toBe('lastEventAt');
    expect(queryOf(first).get('order')).toBe('desc');
    expect(queryOf(first).get('pageSize')).toBe('25');

    fireEvent.change(screen.getByLabelText('Rechercher un dossier', { exact: false }), {
      target: { value: 'forges' },
    });
    await waitFor(() => expect(router.state.location.search).toBe('?q=forges'));

    // On a phone the filters open in a drawer.
    fireEvent.click(screen.getByRole('button', { name: 'Filtres' }));
    const drawer = await screen.findByRole('dialog', { name: 'Filtres' });
    fireEvent.click(within(drawer).getByRole('checkbox', { name: 'Déposé' }));
    fireEvent.change(within(drawer).getByLabelText("Chargé·e d'accompagnement"), {
      target: { value: 'none' },
    });
    fireEvent.click(within(drawer).getByRole('checkbox', { name: 'Avec une tâche en retard' }));
    fireEvent.change(within(drawer).getByLabelText('Déposé à partir du'), {
      target: { value: '2026-01-15' },
    });

    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('submittedFrom')).toBe('2026-01-15'),
    );
    expect(router.state.location.search).toBe(
      '?q=forges&stage=submitted&advisor=none&submittedFrom=2026-01-15&overdueTask=true',
    );
    await waitFor(() =>
      expect(queryOf(api.find('GET', '/api/staff/cases').at(-1)).get('submittedFrom')).toBe('2026-01-15'),
    );
    const last = queryOf(api.find('GET', '/api/staff/cases').at(-1));
    expect(last.get('q')).toBe('forges');
    expect(last.getAll('stage')).toEqual(['submitted']);
    expect(last.get('advisor')).toBe('none');
    expect(last.get('overdueTask')).toBe('true');
    expect(screen.getByRole('button', { name: 'Filtres (4 actifs)' })).toBeTruthy();

    // The back button goes back to the previous filters.
    await act(() => router.navigate(-1));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('submittedFrom')).toBeNull(),
    );
  });

  it('opens a shared address with its filters and its order applied', async () => {
    const api = staffApi();
    renderApp('/app/cases?stage=orientation&stage=funding&advisor=me&sort=submittedAt&order=asc&page=2');

    expect(await screen.findByText('124 dossiers')).toBeTruthy();
    const query = queryOf(api.find('GET', '/api/staff/cases')[0]);
    expect(query.getAll('stage')).toEqual(['orientation', 'funding']);
    expect(query.get('advisor')).toBe('me');
    expect(query.get('sort')).toBe('submittedAt');
    expect(query.get('order')).toBe('asc');
    expect(query.get('page')).toBe('2');
    expect(screen.getByLabelText<HTMLSelectElement>('Trier par').value).toBe('submittedAt:asc');
    expect(screen.getByRole('navigation', { name: 'Pages de dossiers' })).toBeTruthy();
  });

  it('says what to do when nothing matches, and clears everything in one click', async () => {
    staffApi({
      'GET /api/staff/cases': (request) =>
        json(queryOf(request).get('q') ? casePage([], 0) : casePage([FIRST_CASE])),
    });
    const { router } = renderApp('/app/cases?q=introuvable&priority=high');

    expect(
      await screen.findByText(
        'Aucun dossier ne correspond à ces filtres. Retirez un filtre ou effacez la recherche.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Aucun dossier')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres et la recherche' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText('1 dossier')).toBeTruthy();
  });

  it('says the list could not be loaded and offers to try again', async () => {
    let calls = 0;
    staffApi({
      'GET /api/staff/cases': () => {
        calls += 1;
        return calls === 1 ? apiError(403, 'forbidden') : json(casePage([FIRST_CASE]));
      },
    });
    renderApp('/app/cases');

    expect(await screen.findByText("La liste des dossiers n'a pas pu être chargée.")).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('1 dossier')).toBeTruthy();
  });

  describe('on a wide screen', () => {
    let restore: () => void;
    beforeEach(() => {
      restore = onWideScreen();
    });
    afterEach(() => restore());

    it('shows a table whose rows can be selected one by one or a page at a time', async () => {
      staffApi();
      renderApp('/app/cases');

      const table = await screen.findByRole('table', {
        name: 'Les dossiers qui correspondent à votre recherche',
      });
      const headers = within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent);
      expect(headers).toEqual([
        '',
        'Référence',
        'Projet',
        'Porteur·se',
        'Étape',
        'Chargé·e principal·e',
        'Déposé le',
        'Jours à cette étape',
        'Tâches en retard',
      ]);
      const row = within(table).getByRole('row', { name: /PDL-2026-00002/ });
      expect(within(row).getByRole('link', { name: 'PDL-2026-00002' }).getAttribute('href')).toBe(
        `/app/cases/${SECOND_CASE.id}`,
      );
      expect(within(row).getByText('2 tâches en retard')).toBeTruthy();
      expect(within(row).getByText('Prioritaire')).toBeTruthy();
      expect(within(row).getByText('Camille Martin')).toBeTruthy();

      const selectPage = screen.getByRole('checkbox', {
        name: 'Sélectionner tous les dossiers de cette page',
      });
      fireEvent.click(screen.getByRole('checkbox', { name: 'Sélectionner le dossier PDL-2026-00001' }));
      expect(screen.getByText('1 dossier sélectionné')).toBeTruthy();
      expect((selectPage as HTMLInputElement).indeterminate).toBe(true);
      fireEvent.click(selectPage);
      expect(screen.getByText('2 dossiers sélectionnés')).toBeTruthy();
      fireEvent.click(selectPage);
      expect(screen.queryByText(/sélectionnés?$/)).toBeNull();
    });

    it('offers no selection to a partner’s advisor, who may not assign cases', async () => {
      staffApi({
        'GET /api/auth/me': () =>
          json({
            ...me,
            organisation: { id: 'org-partner', name: 'Coop’Accompagne', kind: 'support' },
            operatorStaff: false,
          }),
      });
      renderApp('/app/cases');

      const table = await screen.findByRole('table', {
        name: 'Les dossiers qui correspondent à votre recherche',
      });
      expect(within(table).getByRole('row', { name: /PDL-2026-00002/ })).toBeTruthy();
      expect(within(table).queryAllByRole('checkbox')).toEqual([]);
      expect(screen.queryByRole('checkbox', { name: /^Sélectionner/ })).toBeNull();
    });

    it('assigns the selected cases at the versions shown, then says so and reloads the list', async () => {
      const api = staffApi({ 'POST /api/staff/cases/assign': () => json({ assigned: 2 }) });
      renderApp('/app/cases');

      await screen.findByRole('table');
      const loadsBefore = api.find('GET', '/api/staff/cases').length;
      fireEvent.click(screen.getByRole('checkbox', { name: 'Sélectionner tous les dossiers de cette page' }));
      fireEvent.click(screen.getByRole('button', { name: 'Attribuer à…' }));

      const dialog = await screen.findByRole('dialog', { name: 'Attribuer 2 dossiers' });
      // Only advisors can lead a case: the territory admin is not offered.
      const options = within(dialog)
        .getAllByRole('option')
        .map((option) => option.textContent);
      expect(options).toEqual([
        'Choisissez une personne',
        'Camille Martin (moi)',
        'Claire Dupont (Ouvre-Boîtes 44)',
      ]);
      fireEvent.click(within(dialog).getByRole('button', { name: 'Attribuer les 2 dossiers' }));
      expect(within(dialog).getByText('Choisissez la personne à qui attribuer les dossiers.')).toBeTruthy();
      expect(api.find('POST', '/api/staff/cases/assign')).toHaveLength(0);

      fireEvent.change(within(dialog).getByLabelText('Chargé·e principal·e', { exact: false }), {
        target: { value: ADVISORS[1]?.id },
      });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Attribuer les 2 dossiers' }));

      expect(await screen.findByText('2 dossiers attribués à Claire Dupont.')).toBeTruthy();
      const [request] = api.find('POST', '/api/staff/cases/assign');
      expect(await request?.json()).toEqual({
        cases: [
          { id: FIRST_CASE.id, version: 3 },
          { id: SECOND_CASE.id, version: 7 },
        ],
        leadAdvisorId: ADVISORS[1]?.id,
      });
      await waitFor(() => expect(api.find('GET', '/api/staff/cases').length).toBeGreaterThan(loadsBefore));
      expect(screen.queryByText('2 dossiers sélectionnés')).toBeNull();
    });

    it('explains which case changed when the assignment is refused (409), and reloads the list', async () => {
      const api = staffApi({
        'POST /api/staff/cases/assign': () =>
          json(
            {
              statusCode: 409,
              error: 'conflict',
              message:
                'Someone changed case PDL-2026-00002 since the list was loaded: reload the list and try again. Nothing was assigned.',
              requestId: 'req-test',
            },
            { status: 409 },
          ),
      });
      renderApp('/app/cases');

      await screen.findByRole('table');
      const loadsBefore = api.find('GET', '/api/staff/cases').length;
      fireEvent.click(screen.getByRole('checkbox', { name: 'Sélectionner le dossier PDL-2026-00001' }));
      fireEvent.click(screen.getByRole('checkbox', { name: 'Sélectionner le dossier PDL-2026-00002' }));
      fireEvent.click(screen.getByRole('button', { name: 'Attribuer à…' }));
      const dialog = await screen.findByRole('dialog', { name: 'Attribuer 2 dossiers' });
      fireEvent.change(within(dialog).getByLabelText('Chargé·e principal·e', { exact: false }), {
        target: { value: ADVISORS[0]?.id },
      });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Attribuer les 2 dossiers' }));

      const alert = await screen.findByRole('alert');
      expect(within(alert).getByText("Aucun dossier n'a été attribué")).toBeTruthy();
      expect(alert.textContent).toContain('Le dossier PDL-2026-00002 a été modifié par quelqu');
      await waitFor(() => expect(api.find('GET', '/api/staff/cases').length).toBeGreaterThan(loadsBefore));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.queryByText('2 dossiers sélectionnés')).toBeNull();
    });

    it('saves the current filters under a name, applies a saved filter, and deletes one', async () => {
      const saved = [
        {
          id: 'filter-1',
          name: 'En retard',
          query: { overdueTask: 'true', advisor: 'me' },
          createdAt: '2026-03-01T00:00:00.000Z',
        },
      ];
      const api = staffApi({
        'GET /api/staff/saved-filters': () => json(saved),
        'POST /api/staff/saved-filters': () =>
          json({ ...saved[0], id: 'filter-2', name: 'Nouveaux' }, { status: 201 }),
        'DELETE /api/staff/saved-filters/filter-1': () => new Response(null, { status: 204 }),
      });
      const { router } = renderApp('/app/cases?stage=submitted&advisor=none');

      const section = await screen.findByRole('region', { name: 'Filtres enregistrés' });
      fireEvent.click(await within(section).findByRole('button', { name: 'Enregistrer ces filtres' }));
      const name = within(section).getByLabelText('Nom du filtre', { exact: false });
      fireEvent.click(within(section).getByRole('button', { name: 'Enregistrer' }));
      expect(within(section).getByText('Donnez un nom à ce filtre.')).toBeTruthy();
      fireEvent.change(name, { target: { value: 'Nouveaux' } });
      fireEvent.click(within(section).getByRole('button', { name: 'Enregistrer' }));
      expect(await within(section).findByText('Filtre « Nouveaux » enregistré.')).toBeTruthy();
      expect(await api.find('POST', '/api/staff/saved-filters')[0]?.json()).toEqual({
        name: 'Nouveaux',
        query: { stage: ['submitted'], advisor: 'none' },
      });

      fireEvent.click(within(section).getByRole('button', { name: 'En retard' }));
      await waitFor(() => expect(router.state.location.search).toBe('?advisor=me&overdueTask=true'));
      expect(within(section).getByRole('button', { name: 'En retard' }).getAttribute('aria-pressed')).toBe(
        'true',
      );

      fireEvent.click(within(section).getByRole('button', { name: 'Supprimer le filtre « En retard »' }));
      expect(await within(section).findByText('Filtre « En retard » supprimé.')).toBeTruthy();
      expect(api.find('DELETE', '/api/staff/saved-filters/filter-1')).toHaveLength(1);
    });
  });

  it('does not exist for a funder', async () => {
    mockApi({ 'GET /api/auth/me': () => json(meFor('funder')) });
    renderApp('/app/cases');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
  });
});
