import type { Role } from '@essaim/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { QueueTask, StaffQueue } from '../../api/case-lists';
import { json, meFor, mockApi, type Handler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';
import { ADVISOR_ID, caseItem, SECOND_CASE } from '../case-list/test-fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

const WAITING = caseItem({ submittedAt: daysAgo(6.5), stageEnteredAt: daysAgo(6.5) });

function task(overrides: Partial<QueueTask>): QueueTask {
  const person = { id: ADVISOR_ID, firstName: 'Camille', lastName: 'Martin' };
  return {
    id: 'task-1',
    caseId: SECOND_CASE.id,
    case: { id: SECOND_CASE.id, reference: SECOND_CASE.reference, projectName: SECOND_CASE.project.name },
    title: 'Relancer pour les statuts',
    dueDate: '2026-03-01',
    assignee: person,
    createdBy: person,
    done: false,
    doneAt: null,
    overdue: true,
    version: 1,
    ...overrides,
  };
}

const FULL_QUEUE: StaffQueue = {
  myCases: [SECOND_CASE],
  myTasks: [
    task({}),
    task({ id: 'task-2', title: 'Préparer le comité', dueDate: '2099-06-30', overdue: false }),
  ],
  unassigned: { items: [WAITING], total: 4, totalCapped: false },
  alerts: {
    unassignedPastSla: { items: [WAITING], total: 1, totalCapped: false },
    inactive: { items: [], total: 0, totalCapped: false },
    slaDays: 5,
    inactivityDays: 30,
  },
  orientationsToAnswer: 2,
};

const EMPTY_QUEUE: StaffQueue = {
  myCases: [],
  myTasks: [],
  unassigned: { items: [], total: 0, totalCapped: false },
  alerts: {
    unassignedPastSla: { items: [], total: 0, totalCapped: false },
    inactive: { items: [], total: 0, totalCapped: false },
    slaDays: 5,
    inactivityDays: 30,
  },
  orientationsToAnswer: 0,
};

function homeApi(queue: StaffQueue, role: Role = 'advisor', handlers: Record<string, Handler> = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(meFor(role, { id: ADVISOR_ID })),
    'GET /api/staff/queue': () => json(queue),
    ...handlers,
  });
}

const section = (name: string) => screen.getByRole('region', { name });

describe("the advisor's home", () => {
  it('shows my tasks, my cases, the cases to assign, the alerts and the orientations to answer', async () => {
    homeApi(FULL_QUEUE);
    renderApp('/app');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mes dossiers' })).toBeTruthy();
    await screen.findByRole('region', { name: 'Mes tâches' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Orientations à traiter',
      'Mes tâches',
      'Les dossiers que je suis',
      'Dossiers à attribuer',
      'Alertes',
    ]);

    const tasks = within(section('Mes tâches')).getAllByRole('listitem');
    expect(tasks).toHaveLength(2);
    expect(within(tasks[0]).getByText('En retard')).toBeTruthy();
    expect(within(tasks[0]).getByText('Prévue pour le 1 mars 2026')).toBeTruthy();
    expect(
      within(tasks[0])
        .getByRole('link', { name: 'Dossier PDL-2026-00002 · Tiers-lieu des Forges' })
        .getAttribute('href'),
    ).toBe(`/app/cases/${SECOND_CASE.id}`);
    expect(within(tasks[1]).queryByText('En retard')).toBeNull();
    expect(within(tasks[1]).getByText('À faire pour le 30 juin 2099')).toBeTruthy();

    const mine = section('Les dossiers que je suis');
    expect(within(mine).getByRole('link', { name: 'PDL-2026-00002 · Tiers-lieu des Forges' })).toBeTruthy();
    expect(within(mine).getByText('2 tâches en retard')).toBeTruthy();
    expect(within(mine).getByRole('link', { name: 'Voir tous mes dossiers' }).getAttribute('href')).toBe(
      '/app/cases?advisor=me',
    );

    const unassigned = section('Dossiers à attribuer');
    expect(
      within(unassigned).getByText("4 dossiers déposés attendent un·e chargé·e d'accompagnement."),
    ).toBeTruthy();
    expect(within(unassigned).getByText(/il y a 6 jours$/)).toBeTruthy();
    expect(
      within(unassigned).getByRole('button', { name: "M'attribuer le dossier PDL-2026-00001" }),
    ).toBeTruthy();
    expect(
      within(unassigned)
        .getByRole('link', { name: 'Voir les 4 dossiers à attribuer dans la liste' })
        .getAttribute('href'),
    ).toBe('/app/cases?stage=submitted&advisor=none&sort=submittedAt&order=asc');

    const alerts = section('Alertes');
    expect(within(alerts).getByRole('heading', { level: 3 }).textContent).toBe(
      '1 dossier sans chargé·e depuis plus de 5 jours',
    );
    expect(
      within(alerts).getByRole('link', { name: 'PDL-2026-00001 · La Ressourcerie du Marais' }),
    ).toBeTruthy();

    const orientations = section('Orientations à traiter');
    expect(
      within(orientations).getByText('2 orientations attendent la réponse de votre structure.'),
    ).toBeTruthy();
    expect(
      within(orientations).getByRole('link', { name: 'Répondre aux orientations' }).getAttribute('href'),
    ).toBe('/app/orientations?status=proposed');
  });

  it('says what to do next in each empty section', async () => {
    homeApi(EMPTY_QUEUE);
    renderApp('/app');

    await screen.findByRole('region', { name: 'Mes tâches' });
    expect(
      within(section('Mes tâches')).getByText(/Aucune tâche à faire\. Les tâches qu'on vous confie/),
    ).toBeTruthy();
    expect(
      within(section('Les dossiers que je suis')).getByText(
        /Vous ne suivez aucun dossier en cours\. Prenez un dossier parmi ceux à attribuer/,
      ),
    ).toBeTruthy();
    expect(
      within(section('Dossiers à attribuer')).getByText(
        "Aucun dossier n'attend d'être attribué. Les nouveaux dossiers déposés apparaîtront ici.",
      ),
    ).toBeTruthy();
    expect(
      within(section('Alertes')).getByText(/^Aucune alerte : .* plus de 5 jours, .* plus de 30 jours\.$/),
    ).toBeTruthy();
    expect(
      within(section('Orientations à traiter')).getByText(
        "Aucune orientation n'attend la réponse de votre structure.",
      ),
    ).toBeTruthy();
  });

  it('takes a case with "M\'attribuer": my id and the case\'s version, then its page opens', async () => {
    const api = homeApi(FULL_QUEUE, 'advisor', {
      [`POST /api/cases/${WAITING.id}/assignment`]: () => json({ id: WAITING.id }),
    });
    const { router } = renderApp('/app');

    fireEvent.click(await screen.findByRole('button', { name: "M'attribuer le dossier PDL-2026-00001" }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/app/cases/${WAITING.id}`));
    const [request] = api.find('POST', `/api/cases/${WAITING.id}/assignment`);
    expect(await request?.json()).toEqual({ version: 3, leadAdvisorId: ADVISOR_ID });
  });

  it('explains that the case was taken in between (409), and reloads the queue', async () => {
    const api = homeApi(FULL_QUEUE, 'advisor', {
      [`POST /api/cases/${WAITING.id}/assignment`]: () =>
        json(
          { statusCode: 409, error: 'conflict', message: 'stale version', requestId: 'req-test' },
          { status: 409 },
        ),
    });
    const { router } = renderApp('/app');

    fireEvent.click(await screen.findByRole('button', { name: "M'attribuer le dossier PDL-2026-00001" }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      "Le dossier PDL-2026-00001 a changé entre-temps : quelqu'un l'a peut-être déjà pris.",
    );
    await waitFor(() => expect(api.find('GET', '/api/staff/queue').length).toBeGreaterThan(1));
    expect(router.state.location.pathname).toBe('/app');
  });

  it('gives a territory admin the queue of the territory, without taking cases (only advisors lead)', async () => {
    homeApi(FULL_QUEUE, 'territory_admin');
    renderApp('/app');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mon territoire' })).toBeTruthy();
    const unassigned = await screen.findByRole('region', { name: 'Dossiers à attribuer' });
    expect(
      within(unassigned).getByRole('link', { name: 'PDL-2026-00001 · La Ressourcerie du Marais' }),
    ).toBeTruthy();
    expect(within(unassigned).queryByRole('button', { name: /M'attribuer/ })).toBeNull();
  });
});
