import { screen, within } from '@testing-library/react';

import { json, meFor, mockApi, type Handler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';
import { caseDto, eventDto, LEA } from '../case-page/test-fixtures';
import { projectDto } from '../diagnostics/test-fixtures';

// react-markdown is an ES module jest does not load; the notes' text is what these specs check.
jest.mock('../case-page/Markdown', () => ({
  __esModule: true,
  default: ({ children }: { children: string }) => <div>{children}</div>,
}));

// What the API gives a holder: shared events and notes only, no moves, no followers.
const holderCase = caseDto({
  caseAdvisor: false,
  followerIds: [],
  followers: [],
  events: [
    eventDto({ id: 'e-1', kind: 'submitted', actor: null, createdAt: '2026-03-04T15:30:00.000Z' }),
    eventDto({
      id: 'e-2',
      kind: 'stage_changed',
      payload: { from: 'submitted', to: 'orientation', move: 'take' },
    }),
  ],
});

function holderApi(handlers: Record<string, Handler> = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(meFor('holder')),
    'GET /api/projects/proj-1': () =>
      json(projectDto({ case: { id: 'case-1', reference: 'PDL-2026-00042', stage: 'orientation' } })),
    'GET /api/projects/proj-1/diagnostics': () => json([]),
    'GET /api/cases/case-1': () => json(holderCase),
    'GET /api/cases/case-1/messages': () => json({ items: [], unreadCount: 0 }),
    ...handlers,
  });
}

describe("the holder's case", () => {
  it('follows the case with the same parts as the staff, minus their tools: no tasks, no overview', async () => {
    holderApi();
    renderApp('/app/projects/proj-1');

    const tabs = await screen.findByRole('tablist', { name: 'Suivi de votre dossier' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual([
      "Ce qui s'est passé",
      'Messages',
      'Documents',
      'Notes partagées',
      'Orientations',
      'Financement',
    ]);
    expect(screen.getByText("Votre chargé·e d'accompagnement : Léa Bernard")).toBeTruthy();
    const history = screen.getByRole('tabpanel', { name: "Ce qui s'est passé" });
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Dossier pris en charge : étape Orientation'),
      expect.stringContaining('Dossier déposé'),
    ]);
    expect(within(history).queryByText('Interne')).toBeNull();
    expect(screen.queryByRole('button', { name: /Mettre en pause|Passer à l'étape/ })).toBeNull();
  });

  it('shows the notes shared with them, without the team’s marks or tools', async () => {
    holderApi({
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
            mine: false,
          },
        ]),
    });
    renderApp('/app/projects/proj-1?tab=notes');

    const note = await screen.findByRole('article', { name: 'Note de Léa Bernard' });
    expect(within(note).getByText('Pensez à envoyer vos statuts.')).toBeTruthy();
    expect(screen.queryByText('Interne')).toBeNull();
    expect(screen.queryByText('Partagée avec le porteur')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Ajouter une note' })).toBeNull();
    expect(within(note).queryByRole('button')).toBeNull();
  });

  it('says what to expect when no note is shared yet', async () => {
    holderApi({ 'GET /api/cases/case-1/notes': () => json([]) });
    renderApp('/app/projects/proj-1?tab=notes');

    expect(
      await screen.findByText(
        "Votre chargé·e d'accompagnement n'a pas encore partagé de note. Pour lui poser une question, écrivez-lui dans l'onglet Messages.",
      ),
    ).toBeTruthy();
  });

  it('gives each orientation its status only, not the message the team sent', async () => {
    holderApi({
      'GET /api/cases/case-1/orientations': () =>
        json([
          {
            id: 'o-1',
            caseId: 'case-1',
            status: 'accepted',
            organisation: { id: 'org-2', name: 'Coopérative des Tiers-Lieux' },
            offer: { id: 'offer-2', name: 'Accompagnement tiers-lieux' },
            message: 'Projet de ressourcerie, besoin de locaux.',
            declineReason: null,
            proposedBy: LEA,
            answeredBy: null,
            createdAt: '2026-03-08T09:00:00.000Z',
            answeredAt: '2026-03-09T09:00:00.000Z',
            completedAt: null,
            version: 2,
          },
        ]),
    });
    renderApp('/app/projects/proj-1?tab=orientations');

    const orientation = await screen.findByRole('article', { name: 'Coopérative des Tiers-Lieux' });
    expect(within(orientation).getByText('Acceptée')).toBeTruthy();
    expect(within(orientation).getByText('Dispositif : Accompagnement tiers-lieux')).toBeTruthy();
    expect(within(orientation).queryByText(/besoin de locaux/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Orienter vers une structure' })).toBeNull();
  });
});
