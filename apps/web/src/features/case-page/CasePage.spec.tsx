import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { apiError, json, meFor, mockApi, type Handler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';
import { resultsDto } from '../diagnostics/test-fixtures';

import { caseDto, eventDto, LEA, MARC } from './test-fixtures';

// react-markdown is an ES module jest does not load; the notes' text is what these specs check.
jest.mock('./Markdown', () => ({
  __esModule: true,
  default: ({ children }: { children: string }) => <div>{children}</div>,
}));

function caseApi(record = caseDto(), handlers: Record<string, Handler> = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(meFor('advisor', { id: LEA.id, firstName: 'Léa', lastName: 'Bernard' })),
    'GET /api/cases/case-1': () => json(record),
    'GET /api/cases/case-1/messages': () => json({ items: [], unreadCount: 0 }),
    'GET /api/diagnostics/diag-1/results': () => json(resultsDto()),
    'GET /api/staff/advisors': () =>
      json([
        { ...LEA, role: 'advisor', organisation: { id: 'org-cress', name: 'CRESS' } },
        { ...MARC, role: 'advisor', organisation: { id: 'org-cress', name: 'CRESS' } },
      ]),
    ...handlers,
  });
}

/** The value the page's description list gives for a term. */
function definition(term: string): string | null | undefined {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

async function bodyOf(request: Request | undefined): Promise<unknown> {
  return request?.clone().json();
}

describe('the case page: header and moves', () => {
  it('shows the case, its stage since when, and as buttons only the moves the API offers', async () => {
    const twelveDaysAgo = new Date(Date.now() - 12 * 24 * 60 * 60 * 1000 - 60_000).toISOString();
    caseApi(
      caseDto({
        stageEnteredAt: { submitted: '2026-03-04T15:30:00.000Z', orientation: twelveDaysAgo },
        moves: [
          { kind: 'advance', to: 'accompaniment', needsReason: false, needsOutcome: false },
          { kind: 'hold', to: 'on_hold', needsReason: true, needsOutcome: false },
        ],
      }),
    );
    renderApp('/app/cases/case-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'La Recyclerie du Val' })).toBeTruthy();
    expect(screen.getByText('Dossier PDL-2026-00042')).toBeTruthy();
    expect(definition("Chargé·e d'accompagnement référent·e")).toBe('Léa Bernard');
    expect(definition('Étape')).toBe('Orientationdepuis 12 jours');
    const moves = screen.getByRole('region', { name: 'Faire avancer le dossier' });
    expect(
      within(moves)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(["Passer à l'étape : Accompagnement", 'Mettre en pause']);
    expect(screen.queryByRole('button', { name: 'Clôturer le dossier' })).toBeNull();
  });

  it('makes a move that needs nothing at once, with the version it was decided on', async () => {
    const api = caseApi(
      caseDto({ moves: [{ kind: 'advance', to: 'accompaniment', needsReason: false, needsOutcome: false }] }),
      { 'POST /api/cases/case-1/moves': () => json(caseDto({ stage: 'accompaniment', version: 4 })) },
    );
    renderApp('/app/cases/case-1');

    fireEvent.click(await screen.findByRole('button', { name: "Passer à l'étape : Accompagnement" }));

    expect(await screen.findByText("C'est fait : Passer à l'étape : Accompagnement.")).toBeTruthy();
    expect(await bodyOf(api.find('POST', '/api/cases/case-1/moves')[0])).toEqual({
      to: 'accompaniment',
      version: 3,
    });
  });

  it('asks for a reason before putting the case on hold, and sends nothing without one', async () => {
    const api = caseApi(
      caseDto({ moves: [{ kind: 'hold', to: 'on_hold', needsReason: true, needsOutcome: false }] }),
      { 'POST /api/cases/case-1/moves': () => json(caseDto({ stage: 'on_hold', version: 4 })) },
    );
    renderApp('/app/cases/case-1');

    fireEvent.click(await screen.findByRole('button', { name: 'Mettre en pause' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mettre en pause' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));

    expect(await within(dialog).findByText('Écrivez le motif de ce changement.')).toBeTruthy();
    expect(api.find('POST', '/api/cases/case-1/moves')).toHaveLength(0);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Motif/ }), {
      target: { value: 'Le porteur déménage.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await bodyOf(api.find('POST', '/api/cases/case-1/moves')[0])).toEqual({
      to: 'on_hold',
      reason: 'Le porteur déménage.',
      version: 3,
    });
  });

  it('asks for the outcome, among the closure outcomes in plain words, before closing', async () => {
    const api = caseApi(
      caseDto({ moves: [{ kind: 'close', to: 'closed', needsReason: true, needsOutcome: true }] }),
      { 'POST /api/cases/case-1/moves': () => json(caseDto({ stage: 'closed', version: 4 })) },
    );
    renderApp('/app/cases/case-1');

    fireEvent.click(await screen.findByRole('button', { name: 'Clôturer le dossier' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clôturer le dossier' });
    const outcomes = within(dialog).getByRole('radiogroup', { name: /Issue du dossier/ });
    expect(
      within(outcomes)
        .getAllByRole('radio')
        .map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual([
      'Financé',
      'Orienté vers une autre structure',
      'Accompagnement terminé',
      'Abandonné par le porteur',
      'Non éligible',
    ]);

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Non éligible' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Motif/ }), {
      target: { value: 'Projet hors ESS.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));

    await waitFor(() => expect(api.find('POST', '/api/cases/case-1/moves')).toHaveLength(1));
    expect(await bodyOf(api.find('POST', '/api/cases/case-1/moves')[0])).toEqual({
      to: 'closed',
      reason: 'Projet hors ESS.',
      outcome: 'not_eligible',
      version: 3,
    });
  });
});

describe('the case page: someone else changed the case (409)', () => {
  it('says the change was not saved, reloads on demand and tells what changed', async () => {
    let current = caseDto({
      moves: [{ kind: 'advance', to: 'accompaniment', needsReason: false, needsOutcome: false }],
    });
    caseApi(undefined, {
      'GET /api/cases/case-1': () => json(current),
      'POST /api/cases/case-1/moves': () => {
        current = caseDto({
          stage: 'funding',
          version: 5,
          leadAdvisorId: MARC.id,
          leadAdvisor: MARC,
          priority: 'high',
        });
        return apiError(409, 'conflict');
      },
    });
    renderApp('/app/cases/case-1');

    fireEvent.click(await screen.findByRole('button', { name: "Passer à l'étape : Accompagnement" }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText("Quelqu'un a modifié ce dossier entre-temps")).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Recharger' }));

    expect(await screen.findByText('Le dossier est rechargé.')).toBeTruthy();
    const status = screen.getByText('Ce qui a changé :').closest('[role="status"]');
    expect(status).not.toBeNull();
    expect(
      within(status as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Étape : Orientation → Financement',
      "Chargé·e d'accompagnement référent·e : Léa Bernard → Marc Petit",
      'Priorité : normale → haute',
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('switch', { name: /Priorité haute/ })).toHaveProperty('checked', true);
  });

  it('treats a stale priority change the same way', async () => {
    caseApi(caseDto(), { 'PATCH /api/cases/case-1': () => apiError(409, 'conflict') });
    renderApp('/app/cases/case-1');

    fireEvent.click(await screen.findByRole('switch', { name: /Priorité haute/ }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Recharger' })).toBeTruthy();
  });
});

describe('the case page: timeline and notes', () => {
  it('tells the history newest first, in plain words, with who did it, internal events marked', async () => {
    caseApi(
      caseDto({
        events: [
          eventDto({ id: 'e-1', kind: 'submitted', actor: null, createdAt: '2026-03-04T15:30:00.000Z' }),
          eventDto({
            id: 'e-2',
            kind: 'assigned',
            visibility: 'internal',
            payload: { leadAdvisorId: LEA.id, followerIds: [] },
            createdAt: '2026-03-05T09:00:00.000Z',
          }),
          eventDto({
            id: 'e-3',
            kind: 'stage_changed',
            payload: { from: 'submitted', to: 'orientation', move: 'take' },
            createdAt: '2026-03-06T09:00:00.000Z',
          }),
        ],
      }),
    );
    renderApp('/app/cases/case-1?tab=history');

    const history = await screen.findByRole('tabpanel', { name: 'Historique' });
    const items = within(history).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Dossier pris en charge : étape Orientation'),
      expect.stringContaining("Léa Bernard devient chargé·e d'accompagnement référent·eInterne"),
      expect.stringContaining('Dossier déposé'),
    ]);
    expect(items[0]?.textContent).toContain('par Léa Bernard');

    fireEvent.change(within(history).getByRole('combobox', { name: 'Afficher' }), {
      target: { value: 'team' },
    });
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringContaining('devient chargé·e')]);
  });

  it('marks each note internal or shared, and adds a note with the visibility chosen', async () => {
    const api = caseApi(caseDto(), {
      'GET /api/cases/case-1/notes': () =>
        json([
          {
            id: 'n-2',
            visibility: 'shared',
            body: 'Pensez à envoyer vos statuts.',
            author: LEA,
            createdAt: '2026-03-07T09:00:00.000Z',
            updatedAt: '2026-03-07T09:00:00.000Z',
            version: 1,
            edited: false,
            mine: true,
          },
          {
            id: 'n-1',
            visibility: 'internal',
            body: 'Projet solide, budget à revoir.',
            author: MARC,
            createdAt: '2026-03-06T09:00:00.000Z',
            updatedAt: '2026-03-06T09:00:00.000Z',
            version: 1,
            edited: false,
            mine: false,
          },
        ]),
      'POST /api/cases/case-1/notes': () =>
        json(
          {
            id: 'n-3',
            visibility: 'shared',
            body: 'Rendez-vous fixé au 12 mars.',
            author: LEA,
            createdAt: '2026-03-08T09:00:00.000Z',
            updatedAt: '2026-03-08T09:00:00.000Z',
            version: 1,
            edited: false,
            mine: true,
          },
          { status: 201 },
        ),
    });
    renderApp('/app/cases/case-1?tab=notes');

    const shared = await screen.findByRole('article', { name: 'Note de Léa Bernard' });
    expect(within(shared).getByText('Partagée avec le porteur')).toBeTruthy();
    expect(within(shared).getByRole('button', { name: 'Modifier' })).toBeTruthy();
    const internal = screen.getByRole('article', { name: 'Note de Marc Petit' });
    expect(within(internal).getByText('Interne')).toBeTruthy();
    expect(within(internal).queryByRole('button', { name: 'Modifier' })).toBeNull();

    fireEvent.change(screen.getByRole('textbox', { name: /Texte de la note/ }), {
      target: { value: 'Rendez-vous fixé au 12 mars.' },
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Note partagée (visible par le porteur)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la note' }));

    expect(await screen.findByText('Note enregistrée et partagée avec le porteur.')).toBeTruthy();
    expect(await bodyOf(api.find('POST', '/api/cases/case-1/notes')[0])).toEqual({
      body: 'Rendez-vous fixé au 12 mars.',
      visibility: 'shared',
    });
  });
});

describe('the case page: tasks', () => {
  it('highlights overdue tasks and marks a task done with its version', async () => {
    const task = {
      id: 't-1',
      caseId: 'case-1',
      title: 'Relancer pour le budget',
      dueDate: '2026-03-01',
      assignee: LEA,
      createdBy: LEA,
      done: false,
      doneAt: null,
      overdue: true,
      version: 2,
    };
    const api = caseApi(caseDto(), {
      'GET /api/cases/case-1/tasks': () => json([task]),
      'PATCH /api/tasks/t-1': () => json({ ...task, done: true, overdue: false, version: 3 }),
    });
    renderApp('/app/cases/case-1?tab=tasks');

    expect(await screen.findByText('En retard')).toBeTruthy();
    expect(screen.getByText('À faire pour le 1 mars 2026 · Confiée à Léa Bernard')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Marquer comme faite : Relancer pour le budget' }));

    await waitFor(() => expect(api.find('PATCH', '/api/tasks/t-1')).toHaveLength(1));
    expect(await bodyOf(api.find('PATCH', '/api/tasks/t-1')[0])).toEqual({ version: 2, done: true });
  });
});

describe('the case page: orientations', () => {
  const offer = (id: string, name: string, organisation: { id: string; name: string }) => ({
    id,
    name,
    summary: '',
    kind: 'accompaniment',
    instrument: null,
    amountMinCents: null,
    amountMaxCents: null,
    needCategories: [],
    stages: [],
    legalForms: [],
    sectors: [],
    organisation: { ...organisation, kind: 'support' },
    territory: { code: 'pdl', name: 'Pays de la Loire' },
  });

  it("orients the case to a partner's accompaniment offer of the territory, with a message", async () => {
    const api = caseApi(caseDto(), {
      'GET /api/auth/me': () =>
        json(
          meFor('advisor', { id: LEA.id, organisation: { id: 'org-cress', name: 'CRESS', kind: 'support' } }),
        ),
      'GET /api/cases/case-1/orientations': () => json([]),
      'GET /api/directory/offers': () =>
        json({
          items: [
            offer('offer-1', 'Premier accueil', { id: 'org-cress', name: 'CRESS' }),
            offer('offer-2', 'Accompagnement tiers-lieux', {
              id: 'org-2',
              name: 'Coopérative des Tiers-Lieux',
            }),
          ],
          total: 2,
          page: 1,
          pageSize: 50,
        }),
      'POST /api/cases/case-1/orientations': () => json({ id: 'o-1' }, { status: 201 }),
    });
    renderApp('/app/cases/case-1?tab=orientations');

    expect(
      await screen.findByText(
        "Ce dossier n'a pas encore été orienté. Choisissez « Orienter vers une structure » pour le proposer à une structure partenaire.",
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Orienter vers une structure' }));
    const dialog = await screen.findByRole('dialog', { name: 'Orienter vers une structure' });
    const choice = await within(dialog).findByRole('radio', { name: 'Accompagnement tiers-lieux' });
    expect(within(dialog).queryByRole('radio', { name: 'Premier accueil' })).toBeNull();
    const search = new URL(api.find('GET', '/api/directory/offers')[0]?.url ?? '').searchParams;
    expect([search.get('kind'), search.get('territory')]).toEqual(['accompaniment', 'pdl']);

    fireEvent.click(within(dialog).getByRole('button', { name: "Envoyer l'orientation" }));
    expect(
      within(dialog).getByText('Choisissez le dispositif vers lequel orienter le dossier.'),
    ).toBeTruthy();
    expect(within(dialog).getByText('Écrivez un message à la structure.')).toBeTruthy();

    fireEvent.click(choice);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Votre message à la structure/ }), {
      target: { value: 'Ressourcerie en création, cherche un lieu.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: "Envoyer l'orientation" }));

    expect(await screen.findByText('Orientation envoyée à Coopérative des Tiers-Lieux.')).toBeTruthy();
    expect(await bodyOf(api.find('POST', '/api/cases/case-1/orientations')[0])).toEqual({
      offerId: 'offer-2',
      message: 'Ressourcerie en création, cherche un lieu.',
    });
  });
});
