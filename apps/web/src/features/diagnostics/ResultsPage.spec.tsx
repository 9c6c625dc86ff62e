import { screen, within } from '@testing-library/react';

import { apiError, json, meFor, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

import { diagnosticDto, projectDto, resultsDto } from './test-fixtures';

function resultsApi(results = resultsDto()) {
  return mockApi({
    'GET /api/auth/me': () => json(meFor('holder')),
    'GET /api/diagnostics/diag-1': () =>
      json(diagnosticDto({}, { status: 'submitted', submittedAt: '2026-03-04T15:30:00.000Z' })),
    'GET /api/diagnostics/diag-1/results': () => json(results),
    'GET /api/projects/proj-1': () => json(projectDto()),
  });
}

describe('the results of a diagnostic', () => {
  it('gives the need profile as a table too, each score with its level in plain words', async () => {
    resultsApi();
    renderApp('/app/diagnostics/diag-1/results');

    const table = await screen.findByRole('table', { name: 'Les besoins, du plus fort au plus faible' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["Mesure d'impact", '100', 'Besoin fort'],
      ['Financement', '80', 'Besoin fort'],
      ['Locaux et tiers-lieux', '60', 'Besoin fort'],
      ['Emploi et ressources humaines', '59', 'Besoin modéré'],
      ['Modèle économique', '45', 'Besoin modéré'],
      ['Gouvernance', '30', 'Besoin modéré'],
      ['Marché et ventes', '29', 'Besoin faible'],
      ['Statut juridique', '10', 'Besoin faible'],
      ['Numérique', '5', 'Besoin faible'],
      ['Partenariats et réseaux', '0', 'Besoin faible'],
    ]);
    expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual([
      'Résultats de votre diagnostic',
    ]);
    expect(document.title).toBe('Résultats de votre diagnostic · Essaim');
  });

  it('says the case is filed with its reference, and lists the matching offers with their organisation', async () => {
    resultsApi();
    renderApp('/app/diagnostics/diag-1/results');

    expect(await screen.findByText('Votre dossier PDL-2026-00042 est déposé.')).toBeTruthy();
    expect(screen.getByText("Un·e chargé·e d'accompagnement va le prendre en charge.")).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: "Prêt d'honneur solidaire" })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Initiative Loire Solidaire' }).getAttribute('href')).toBe(
      '/directory/organisations/org-7',
    );
    expect(screen.getByText('De 3 000 € à 30 000 €')).toBeTruthy();
    expect(screen.getByText('Répond à vos besoins : Financement, Locaux et tiers-lieux')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'La Recyclerie du Val' })).toBeTruthy();
  });

  it('describes the radar chart to screen readers with every score', async () => {
    resultsApi();
    renderApp('/app/diagnostics/diag-1/results');

    const chart = await screen.findByRole('img', { name: /^Graphique en radar du profil de besoins/ });
    expect(chart.getAttribute('aria-label')).toContain('Financement : 80 sur 100 (besoin fort)');
  });

  it('says what to do when no offer matches yet', async () => {
    resultsApi(resultsDto({ matches: [] }));
    renderApp('/app/diagnostics/diag-1/results');

    expect(await screen.findByText(/Aucun dispositif du répertoire ne correspond/)).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Parcourir le répertoire des structures' }).getAttribute('href'),
    ).toBe('/directory');
  });

  it('sends back to the diagnostic when it is not submitted yet', async () => {
    mockApi({
      'GET /api/auth/me': () => json(meFor('holder')),
      'GET /api/diagnostics/diag-1/results': () => apiError(409, 'conflict'),
      'GET /api/diagnostics/diag-1': () => json(diagnosticDto()),
    });
    renderApp('/app/diagnostics/diag-1/results');

    expect(await screen.findByText(/Ce diagnostic n'est pas encore envoyé/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Reprendre le diagnostic' }).getAttribute('href')).toBe(
      '/app/diagnostics/diag-1',
    );
  });
});
