import { NOTIFICATION_KINDS_BY_ROLE } from '@essaim/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';

import { json, meFor, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

describe('the email notification settings', () => {
  it('shows one switch per kind of the role, as saved (no setting = email on)', async () => {
    mockApi({
      'GET /api/auth/me': () => json(meFor('funder')),
      'GET /api/me/notification-settings': () => json([{ kind: 'referral_answered', email: false }]),
    });
    renderApp('/app/settings/notifications');

    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications par e-mail' })).toBeTruthy();
    const switches = await screen.findAllByRole('switch');
    expect(switches).toHaveLength(NOTIFICATION_KINDS_BY_ROLE.funder.length);
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Nouveau dossier transmis' }).checked).toBe(
      true,
    );
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Réponse à vos questions' }).checked).toBe(
      false,
    );
  });

  it('saves every kind with its choice and confirms it', async () => {
    const kinds = NOTIFICATION_KINDS_BY_ROLE.advisor;
    const sent: unknown[] = [];
    mockApi({
      'GET /api/auth/me': () => json(meFor('advisor')),
      'GET /api/me/notification-settings': () => json(kinds.map((kind) => ({ kind, email: true }))),
      'PUT /api/me/notification-settings': async (request) => {
        const body = (await request.json()) as { settings: unknown[] };
        sent.push(body);
        return json(body.settings);
      },
    });
    renderApp('/app/settings/notifications');

    expect(await screen.findAllByRole('switch')).toHaveLength(kinds.length);
    fireEvent.click(screen.getByRole('switch', { name: 'Nouveaux messages' }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer mes choix' }));

    expect(await screen.findByText('Vos choix sont enregistrés.')).toBeTruthy();
    expect(sent).toEqual([{ settings: kinds.map((kind) => ({ kind, email: kind !== 'message_received' })) }]);
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Nouveaux messages' }).checked).toBe(false);
  });

  it('says why a save failed, and keeps the choices', async () => {
    mockApi({
      'GET /api/auth/me': () => json(meFor('holder')),
      'GET /api/me/notification-settings': () => json([]),
      'PUT /api/me/notification-settings': () =>
        json(
          { statusCode: 500, error: 'internal_error', message: 'boom', requestId: 'req-1' },
          { status: 500 },
        ),
    });
    renderApp('/app/settings/notifications');

    fireEvent.click(await screen.findByRole('switch', { name: "Décision d'un financeur" }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer mes choix' }));

    expect(await screen.findByText("Vos choix n'ont pas été enregistrés")).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/req-1/);
    expect(screen.getByRole<HTMLInputElement>('switch', { name: "Décision d'un financeur" }).checked).toBe(
      false,
    );
    expect(screen.queryByText('Vos choix sont enregistrés.')).toBeNull();
  });

  it('is reached from the account menu', async () => {
    mockApi({ 'GET /api/auth/me': () => json(meFor('holder')) });
    const { router } = renderApp('/app');

    fireEvent.click(await screen.findByRole('button', { name: 'Menu du compte de Camille Martin' }));
    fireEvent.click(screen.getByRole('link', { name: 'Notifications par e-mail' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/app/settings/notifications'));
  });
});
