import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { apiError, json, meFor, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';
import { diagnosticDto, projectDto } from '../diagnostics/test-fixtures';

describe("the holder's projects", () => {
  it('with no project yet, says what to do and offers to create one, on the home page too', async () => {
    mockApi({ 'GET /api/auth/me': () => json(meFor('holder')), 'GET /api/projects': () => json([]) });
    renderApp('/app');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mes projets' })).toBeTruthy();
    expect(
      await screen.findByText(
        "Vous n'avez pas encore de projet. Décrivez votre projet pour obtenir un diagnostic de vos besoins et les structures qui peuvent vous aider.",
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Créer un projet' }).getAttribute('href')).toBe(
      '/app/projects/new',
    );
  });

  it('shows each project with its stage, commune, and where its diagnostic or case stands', async () => {
    mockApi({
      'GET /api/auth/me': () => json(meFor('holder')),
      'GET /api/projects': () =>
        json([
          projectDto({
            id: 'p-1',
            latestDiagnostic: { id: 'd-1', status: 'submitted', submittedAt: '2026-03-04T15:30:00.000Z' },
            case: { id: 'c-1', reference: 'PDL-2026-00042', stage: 'submitted' },
          }),
          projectDto({
            id: 'p-2',
            name: 'Café des possibles',
            stage: 'idea',
            commune: { code: '49007', name: 'Angers', departementCode: '49' },
            latestDiagnostic: { id: 'd-2', status: 'draft', submittedAt: null },
          }),
        ]),
    });
    renderApp('/app/projects');

    const list = await screen.findByRole('list', { name: 'Vos projets' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByRole('link', { name: 'La Recyclerie du Val' }).getAttribute('href')).toBe(
      '/app/projects/p-1',
    );
    expect(cards[0].textContent).toContain('Création');
    expect(cards[0].textContent).toContain('Nantes');
    expect(cards[0].textContent).toContain('Dossier PDL-2026-00042 : déposé');
    expect(cards[1].textContent).toContain('Angers');
    expect(cards[1].textContent).toContain('Diagnostic à compléter');
  });

  it('is not a page for staff', async () => {
    mockApi({ 'GET /api/auth/me': () => json(meFor('advisor')) });
    renderApp('/app/projects');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
  });
});

describe('a project page', () => {
  function projectApi(overrides: Parameters<typeof projectDto>[0] = {}, extra = {}) {
    return mockApi({
      'GET /api/auth/me': () => json(meFor('holder')),
      'GET /api/projects/proj-1': () => json(projectDto(overrides)),
      'GET /api/projects/proj-1/diagnostics': () => json([]),
      ...extra,
    });
  }

  it('starts the diagnostic and opens it', async () => {
    const api = projectApi(
      {},
      {
        'POST /api/projects/proj-1/diagnostics': () => json(diagnosticDto(), { status: 201 }),
        'GET /api/diagnostics/diag-1': () => json(diagnosticDto()),
      },
    );
    const { router } = renderApp('/app/projects/proj-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'La Recyclerie du Val' })).toBeTruthy();
    expect(document.title).toBe('La Recyclerie du Val · Essaim');
    expect(screen.getByRole('navigation', { name: "Fil d'Ariane" }).textContent).toContain('Mes projets');
    fireEvent.click(screen.getByRole('button', { name: 'Commencer le diagnostic' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/app/diagnostics/diag-1'));
    expect(api.find('POST', '/api/projects/proj-1/diagnostics')).toHaveLength(1);
  });

  it('says when the territory has no questionnaire yet', async () => {
    projectApi({}, { 'POST /api/projects/proj-1/diagnostics': () => apiError(404, 'not_found') });
    renderApp('/app/projects/proj-1');

    fireEvent.click(await screen.findByRole('button', { name: 'Commencer le diagnostic' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      "Le questionnaire de votre territoire n'est pas encore publié.",
    );
  });

  it('follows the case: reference, step, date, and what the advisor shared', async () => {
    projectApi(
      {
        latestDiagnostic: { id: 'diag-1', status: 'submitted', submittedAt: '2026-03-04T15:30:00.000Z' },
        case: { id: 'case-1', reference: 'PDL-2026-00042', stage: 'orientation' },
      },
      {
        'GET /api/cases/case-1': () =>
          json({
            id: 'case-1',
            reference: 'PDL-2026-00042',
            stage: 'orientation',
            stageEnteredAt: {
              submitted: '2026-03-04T15:30:00.000Z',
              orientation: '2026-03-06T09:00:00.000Z',
            },
            submittedAt: '2026-03-04T15:30:00.000Z',
            project: { id: 'proj-1', name: 'La Recyclerie du Val' },
            diagnosticId: 'diag-1',
            events: [
              {
                id: 'e-1',
                kind: 'submitted',
                createdAt: '2026-03-04T15:30:00.000Z',
                payload: {},
                visibility: 'shared',
              },
              {
                id: 'e-2',
                kind: 'stage_changed',
                createdAt: '2026-03-06T09:00:00.000Z',
                payload: { from: 'submitted', to: 'orientation' },
                visibility: 'shared',
              },
            ],
          }),
      },
    );
    renderApp('/app/projects/proj-1');

    expect(await screen.findByText('Dossier PDL-2026-00042')).toBeTruthy();
    expect(screen.getByText('Déposé le 4 mars 2026')).toBeTruthy();
    const steps = screen.getByRole('list', { name: 'Avancement du dossier' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((step) => step.textContent),
    ).toEqual([
      '✓Déposé (étape terminée)',
      '2Orientation (étape en cours)',
      '3Accompagnement (à venir)',
      '4Financement (à venir)',
      '5Clôturé (à venir)',
    ]);
    expect(screen.getByText("Le dossier passe à l'étape : Orientation")).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir les résultats' }).getAttribute('href')).toBe(
      '/app/diagnostics/diag-1/results',
    );
    expect(screen.getByRole('button', { name: 'Faire un nouveau diagnostic' })).toBeTruthy();
  });

  it('invites a co-holder by email and confirms it', async () => {
    const api = projectApi(
      {},
      {
        'POST /api/projects/proj-1/invitations': () =>
          json(
            {
              id: 'inv-1',
              email: 'alex@example.org',
              createdAt: '2026-03-05T10:00:00.000Z',
              expiresAt: '2026-03-12T10:00:00.000Z',
            },
            { status: 201 },
          ),
      },
    );
    renderApp('/app/projects/proj-1');

    const email = await screen.findByLabelText('Adresse e-mail de la personne à inviter');
    fireEvent.change(email, { target: { value: 'alex@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: "Envoyer l'invitation" }));

    expect(await screen.findByText('Invitation envoyée à alex@example.org.')).toBeTruthy();
    expect(await api.find('POST', '/api/projects/proj-1/invitations')[0]?.clone().json()).toEqual({
      email: 'alex@example.org',
    });
  });

  it('compares the need profiles of two submitted diagnostics', async () => {
    const base = {
      funding: 80,
      business_model: 40,
      legal_structure: 10,
      governance: 30,
      employment_hr: 20,
      premises: 60,
      market_sales: 30,
      partnerships: 0,
      impact: 50,
      digital: 5,
    };
    projectApi(
      { latestDiagnostic: { id: 'd-2', status: 'submitted', submittedAt: '2026-09-01T10:00:00.000Z' } },
      {
        'GET /api/projects/proj-1/diagnostics': () =>
          json([
            {
              id: 'd-2',
              status: 'submitted',
              questionnaireNumber: 2,
              createdAt: '2026-08-30T10:00:00.000Z',
              submittedAt: '2026-09-01T10:00:00.000Z',
              needProfile: { ...base, funding: 50, premises: 75 },
            },
            {
              id: 'd-1',
              status: 'submitted',
              questionnaireNumber: 1,
              createdAt: '2026-03-01T10:00:00.000Z',
              submittedAt: '2026-03-04T10:00:00.000Z',
              needProfile: base,
            },
          ]),
      },
    );
    renderApp('/app/projects/proj-1');

    const table = await screen.findByRole('table', { name: /Scores sur 100, du diagnostic du 4 mars 2026/ });
    const row = (need: string) =>
      within(table).getByRole('rowheader', { name: need }).closest('tr')?.textContent;
    expect(row('Financement')).toBe('Financement8050−30 (en baisse)');
    expect(row('Locaux et tiers-lieux')).toBe('Locaux et tiers-lieux6075+15 (en hausse)');
    expect(row('Gouvernance')).toBe('Gouvernance30300 (stable)');
  });

  it('says a project of someone else does not exist', async () => {
    mockApi({
      'GET /api/auth/me': () => json(meFor('holder')),
      'GET /api/projects/other': () => apiError(404, 'not_found'),
    });
    renderApp('/app/projects/other');

    expect(await screen.findByRole('heading', { level: 1, name: 'Projet introuvable' })).toBeTruthy();
  });
});
