import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { OrientationInboxItem } from '../../api/orientations-inbox';
import { json, meFor, mockApi, type Handler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

const PARTNER = { id: 'org-partner', name: 'Ouvre-Boîtes 44', kind: 'support' as const };
const OPERATOR = { id: 'org-cress', name: 'CRESS Pays de la Loire', kind: 'support' as const };
const CASE_ID = '0b8f5a0e-0000-4000-8000-000000000001';

function orientation(overrides: Partial<OrientationInboxItem> = {}): OrientationInboxItem {
  return {
    id: 'orientation-1',
    caseId: CASE_ID,
    status: 'proposed',
    organisation: { id: PARTNER.id, name: PARTNER.name },
    offer: { id: 'offer-1', name: 'Accompagnement à la création' },
    message: 'Le projet a besoin d’un appui sur le modèle économique.',
    declineReason: null,
    proposedBy: { id: 'user-cress', firstName: 'Claire', lastName: 'Dupont' },
    answeredBy: null,
    createdAt: '2026-03-04T09:00:00.000Z',
    answeredAt: null,
    completedAt: null,
    version: 4,
    case: {
      id: CASE_ID,
      reference: 'PDL-2026-00001',
      stage: 'orientation',
      project: {
        name: 'La Ressourcerie du Marais',
        summary: 'Collecter, réparer et revendre des objets du quotidien.',
        legalForm: 'association',
        sector: 'circular_economy',
        stage: 'creation',
        commune: { code: '44109', name: 'Nantes' },
      },
    },
    ...overrides,
  };
}

function inboxApi(organisation: typeof PARTNER, handlers: Record<string, Handler> = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(meFor('advisor', { organisation })),
    'GET /api/orientations': () => json([orientation()]),
    ...handlers,
  });
}

describe('the orientations inbox', () => {
  it("shows a partner the project before deciding, and accepting opens the case's page to them", async () => {
    let accepted = false;
    const api = inboxApi(PARTNER, {
      'GET /api/orientations': () =>
        json([accepted ? orientation({ status: 'accepted', version: 5 }) : orientation()]),
      'POST /api/orientations/orientation-1/accept': () => {
        accepted = true;
        return json({ ...orientation({ status: 'accepted', version: 5 }) });
      },
    });
    renderApp('/app/orientations');

    expect(await screen.findByRole('heading', { level: 1, name: 'Orientations' })).toBeTruthy();
    const card = await screen.findByRole('article', { name: 'La Ressourcerie du Marais' });
    expect(within(card).getByText('Collecter, réparer et revendre des objets du quotidien.')).toBeTruthy();
    expect(
      within(card).getByText('Création · Économie circulaire et réemploi · Association · Nantes'),
    ).toBeTruthy();
    expect(within(card).getByText('Proposée par Claire Dupont le 4 mars 2026 :')).toBeTruthy();
    expect(within(card).getByText('En attente de réponse')).toBeTruthy();
    // Before accepting, the case stays closed to the partner.
    expect(within(card).queryByRole('link')).toBeNull();
    expect(screen.getByText('1 orientation')).toBeTruthy();

    fireEvent.click(
      within(card).getByRole('button', { name: "Accepter l'orientation du dossier PDL-2026-00001" }),
    );

    const notice = await screen.findByText(
      "Vous avez accepté l'orientation du dossier PDL-2026-00001. Le dossier est maintenant ouvert pour vous.",
    );
    expect(await api.find('POST', '/api/orientations/orientation-1/accept')[0]?.json()).toEqual({
      version: 4,
    });
    const status = notice.closest('[role="status"]') as HTMLElement;
    expect(
      within(status).getByRole('link', { name: 'Ouvrir le dossier PDL-2026-00001' }).getAttribute('href'),
    ).toBe(`/app/cases/${CASE_ID}`);
    const updated = await screen.findByRole('article', { name: 'La Ressourcerie du Marais' });
    await waitFor(() => expect(within(updated).getByText('Acceptée')).toBeTruthy());
    expect(within(updated).getByRole('link', { name: 'Ouvrir le dossier PDL-2026-00001' })).toBeTruthy();
    expect(within(updated).queryByRole('button', { name: /Accepter/ })).toBeNull();
  });

  it('lets the partner mark an accepted orientation completed once its support is over', async () => {
    let completed = false;
    const api = inboxApi(PARTNER, {
      'GET /api/orientations': () =>
        json([
          orientation(completed ? { status: 'completed', version: 6 } : { status: 'accepted', version: 5 }),
        ]),
      'POST /api/orientations/orientation-1/complete': () => {
        completed = true;
        return json(orientation({ status: 'completed', version: 6 }));
      },
    });
    renderApp('/app/orientations');

    const card = await screen.findByRole('article', { name: 'La Ressourcerie du Marais' });
    expect(within(card).queryByRole('button', { name: /Accepter/ })).toBeNull();
    fireEvent.click(
      within(card).getByRole('button', {
        name: "Marquer comme terminé l'accompagnement du dossier PDL-2026-00001",
      }),
    );

    expect(
      await screen.findByText("L'accompagnement du dossier PDL-2026-00001 est noté comme terminé."),
    ).toBeTruthy();
    expect(await api.find('POST', '/api/orientations/orientation-1/complete')[0]?.json()).toEqual({
      version: 5,
    });
    const updated = await screen.findByRole('article', { name: 'La Ressourcerie du Marais' });
    await waitFor(() => expect(within(updated).queryByRole('button', { name: /terminé/ })).toBeNull());
  });

  it('declines only with a reason, given in a dialog', async () => {
    const api = inboxApi(PARTNER, {
      'POST /api/orientations/orientation-1/decline': () =>
        json(orientation({ status: 'declined', version: 5, declineReason: 'Hors de notre zone.' })),
    });
    renderApp('/app/orientations');

    const card = await screen.findByRole('article', { name: 'La Ressourcerie du Marais' });
    fireEvent.click(
      within(card).getByRole('button', { name: "Refuser l'orientation du dossier PDL-2026-00001" }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: "Refuser l'orientation du dossier PDL-2026-00001",
    });

    fireEvent.click(within(dialog).getByRole('button', { name: "Refuser l'orientation" }));
    expect(within(dialog).getByText('Indiquez la raison du refus.')).toBeTruthy();
    expect(api.find('POST', '/api/orientations/orientation-1/decline')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('Raison du refus', { exact: false }), {
      target: { value: '  Hors de notre zone.  ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: "Refuser l'orientation" }));

    expect(
      await screen.findByText(
        "Vous avez refusé l'orientation du dossier PDL-2026-00001. L'équipe qui l'a proposée verra votre raison.",
      ),
    ).toBeTruthy();
    expect(await api.find('POST', '/api/orientations/orientation-1/decline')[0]?.json()).toEqual({
      version: 4,
      reason: 'Hors de notre zone.',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('explains an answer refused because the orientation changed in between (409)', async () => {
    const api = inboxApi(PARTNER, {
      'POST /api/orientations/orientation-1/accept': () =>
        json(
          { statusCode: 409, error: 'conflict', message: 'already answered', requestId: 'req-test' },
          { status: 409 },
        ),
    });
    renderApp('/app/orientations');

    const card = await screen.findByRole('article', { name: 'La Ressourcerie du Marais' });
    fireEvent.click(
      within(card).getByRole('button', { name: "Accepter l'orientation du dossier PDL-2026-00001" }),
    );

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText("Votre réponse pour le dossier PDL-2026-00001 n'a pas été enregistrée."),
    ).toBeTruthy();
    expect(alert.textContent).toContain('Cette orientation a changé entre-temps');
    await waitFor(() => expect(api.find('GET', '/api/orientations').length).toBeGreaterThan(1));
  });

  it("shows the operator's staff every orientation with its status and its case, without answering for partners", async () => {
    inboxApi(OPERATOR, {
      'GET /api/orientations': () =>
        json([
          orientation(),
          orientation({
            id: 'orientation-2',
            status: 'declined',
            declineReason: 'Nous ne suivons pas ce secteur.',
            answeredBy: { id: 'user-partner', firstName: 'Léa', lastName: 'Roux' },
            answeredAt: '2026-03-06T09:00:00.000Z',
            case: {
              ...orientation().case,
              reference: 'PDL-2026-00002',
              project: { ...orientation().case.project, name: 'Tiers-lieu des Forges' },
            },
          }),
        ]),
    });
    renderApp('/app/orientations');

    const waiting = await screen.findByRole('article', { name: 'La Ressourcerie du Marais' });
    expect(within(waiting).getByText('En attente de réponse')).toBeTruthy();
    expect(within(waiting).getByRole('link', { name: 'Ouvrir le dossier PDL-2026-00001' })).toBeTruthy();
    expect(within(waiting).queryByRole('button')).toBeNull();

    const declined = screen.getByRole('article', { name: 'Tiers-lieu des Forges' });
    expect(within(declined).getByText('Refusée')).toBeTruthy();
    expect(within(declined).getByText('Refusée par Léa Roux le 6 mars 2026.')).toBeTruthy();
    expect(within(declined).getByText('Raison du refus : Nous ne suivons pas ce secteur.')).toBeTruthy();
    expect(screen.getByText('2 orientations')).toBeTruthy();
  });

  it('filters by status through the address, and says how to see the others when none has it', async () => {
    const api = inboxApi(PARTNER, {
      'GET /api/orientations': (request) =>
        json(new URL(request.url).searchParams.get('status') === 'completed' ? [] : [orientation()]),
    });
    const { router } = renderApp('/app/orientations');

    await screen.findByRole('article', { name: 'La Ressourcerie du Marais' });
    fireEvent.change(screen.getByLabelText('Statut'), { target: { value: 'completed' } });

    expect(
      await screen.findByText(
        'Aucune orientation avec ce statut. Choisissez « Toutes les orientations » pour voir les autres.',
      ),
    ).toBeTruthy();
    expect(router.state.location.search).toBe('?status=completed');
    expect(new URL(api.find('GET', '/api/orientations').at(-1)?.url ?? '').searchParams.get('status')).toBe(
      'completed',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Voir toutes les orientations' }));
    expect(await screen.findByRole('article', { name: 'La Ressourcerie du Marais' })).toBeTruthy();
    expect(router.state.location.search).toBe('');
  });
});
