import { fireEvent, screen, waitFor } from '@testing-library/react';

import { apiError, json, meFor, mockApi, type Handler } from '../../../test/mock-api';
import { describedByText, renderApp } from '../../../test/render';
import { projectDto } from '../diagnostics/test-fixtures';

const NANTES = { code: '44109', name: 'Nantes', departementCode: '44', postalCodes: ['44000', '44100'] };

function holderApi(handlers: Record<string, Handler> = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(meFor('holder')),
    'GET /api/territories/pdl/communes': () => json([NANTES]),
    'GET /api/projects': () => json([]),
    ...handlers,
  });
}

function select(label: RegExp, option: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value: option } });
}

async function fillValidProject() {
  fireEvent.change(await screen.findByLabelText(/Nom du projet/), {
    target: { value: 'La Recyclerie du Val' },
  });
  select(/Forme juridique/, 'association');
  select(/Secteur d'activité/, 'circular_economy');
  select(/Étape du projet/, 'creation');
  const commune = screen.getByRole('combobox', { name: /Commune/ });
  fireEvent.focus(commune);
  fireEvent.change(commune, { target: { value: 'Nan' } });
  fireEvent.click(await screen.findByRole('option', { name: 'Nantes (44000)' }));
  expect((commune as HTMLInputElement).value).toBe('Nantes (44000)');
  fireEvent.change(screen.getByLabelText(/Besoin de financement/), { target: { value: '15 000' } });
}

describe('the project form', () => {
  it('refuses an invalid SIRET as it is typed, and does not send the form', async () => {
    const api = holderApi();
    renderApp('/app/projects/new');
    await fillValidProject();

    const siret = screen.getByLabelText<HTMLInputElement>('Numéro SIRET');
    fireEvent.change(siret, { target: { value: '123 456 789 01234' } });
    const message = 'Le numéro SIRET comporte 14 chiffres ; vérifiez-le sur votre avis de situation INSEE.';
    await waitFor(() => expect(describedByText(siret)).toContain(message));

    fireEvent.click(screen.getByRole('button', { name: 'Créer le projet' }));
    await waitFor(() => expect(document.activeElement).toBe(siret));
    expect(api.find('POST', '/api/projects')).toHaveLength(0);
  });

  it('asks for no SIRET from a project not registered yet', async () => {
    holderApi();
    renderApp('/app/projects/new');
    await screen.findByLabelText(/Forme juridique/);
    select(/Forme juridique/, 'association');
    expect(await screen.findByLabelText('Numéro SIRET')).toBeTruthy();

    select(/Forme juridique/, 'unregistered');
    await waitFor(() => expect(screen.queryByLabelText('Numéro SIRET')).toBeNull());
  });

  it("shows the API's refusal of the commune under the commune field", async () => {
    const api = holderApi({
      'POST /api/projects': () =>
        apiError(400, 'validation_failed', {
          details: [{ field: 'communeCode', reason: 'unknown_commune', message: 'not in the territory' }],
        }),
    });
    renderApp('/app/projects/new');
    await fillValidProject();

    fireEvent.click(screen.getByRole('button', { name: 'Créer le projet' }));

    const commune = screen.getByRole('combobox', { name: /Commune/ });
    await waitFor(() =>
      expect(describedByText(commune)).toContain(
        'Cette commune ne fait pas partie de votre territoire. Choisissez une commune dans la liste.',
      ),
    );
    expect(document.activeElement).toBe(commune);
    expect(api.find('POST', '/api/projects')).toHaveLength(1);
  });

  it('creates the project, the funding need in cents, then opens its page', async () => {
    const api = holderApi({
      'POST /api/projects': () => json(projectDto({ id: 'proj-9' }), { status: 201 }),
      'GET /api/projects/proj-9': () => json(projectDto({ id: 'proj-9' })),
      'GET /api/projects/proj-9/diagnostics': () => json([]),
    });
    const { router } = renderApp('/app/projects/new');
    await fillValidProject();
    fireEvent.change(screen.getByLabelText('Numéro SIRET'), { target: { value: '732 829 320 00074' } });

    fireEvent.click(screen.getByRole('button', { name: 'Créer le projet' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/app/projects/proj-9'));
    expect(await api.find('POST', '/api/projects')[0]?.clone().json()).toEqual({
      name: 'La Recyclerie du Val',
      legalForm: 'association',
      siret: '73282932000074',
      sector: 'circular_economy',
      stage: 'creation',
      communeCode: '44109',
      fundingNeedCents: 1_500_000,
    });
  });

  it('after a conflicting edit, says so and offers to reload the latest version', async () => {
    holderApi({
      'GET /api/projects/proj-1': () => json(projectDto()),
      'PATCH /api/projects/proj-1': () => apiError(409, 'conflict'),
    });
    renderApp('/app/projects/proj-1/edit');

    const name = await screen.findByLabelText<HTMLInputElement>(/Nom du projet/);
    expect(name.value).toBe('La Recyclerie du Val');
    fireEvent.change(name, { target: { value: 'La Recyclerie du Val de Loire' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));

    expect(await screen.findByText('Ce projet a été modifié entre-temps')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Recharger la dernière version' })).toBeTruthy();
  });
});
