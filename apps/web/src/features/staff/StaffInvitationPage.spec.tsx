import { fireEvent, screen, waitFor } from '@testing-library/react';

import type { StaffInvitationPreview } from '../../api/staff';
import { apiError, json, meFor, mockApi } from '../../../test/mock-api';
import { describedByText, renderApp } from '../../../test/render';

const PREVIEW: StaffInvitationPreview = {
  email: 'paul.lemoine@fonds.example',
  firstName: 'Paul',
  role: 'funder',
  territory: { code: 'pdl', name: 'Pays de la Loire' },
  organisation: { name: 'Fonds Solidaire de l’Ouest' },
  invitedBy: { id: 'admin-1', firstName: 'Claire', lastName: 'Rousseau' },
  expiresAt: '2026-03-10T10:00:00.000Z',
};

const PASSWORD = 'Une phrase de passe bien à moi';

describe('accepting a staff invitation', () => {
  it('shows who invited the person for what, then activates the account and opens the app logged in', async () => {
    const api = mockApi({
      'POST /api/staff-invitations/preview': () => json(PREVIEW),
      'POST /api/staff-invitations/accept': () => json(meFor('funder', { email: PREVIEW.email })),
    });
    const { router } = renderApp('/staff-invitation?token=tok-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Bienvenue sur Essaim, Paul' })).toBeTruthy();
    expect(
      screen.getByText(
        'Claire Rousseau vous invite à rejoindre le territoire Pays de la Loire en tant que financeur, pour Fonds Solidaire de l’Ouest.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(PREVIEW.email)).toBeTruthy();
    expect(screen.getByText(/Ce lien est valable jusqu'au 10 mars 2026/)).toBeTruthy();
    expect(await api.find('POST', '/api/staff-invitations/preview')[0]?.clone().json()).toEqual({
      token: 'tok-1',
    });

    fireEvent.change(screen.getByLabelText('Choisissez votre mot de passe'), { target: { value: PASSWORD } });
    fireEvent.click(screen.getByRole('button', { name: 'Activer mon compte' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/app'));
    expect(await api.find('POST', '/api/staff-invitations/accept')[0]?.clone().json()).toEqual({
      token: 'tok-1',
      password: PASSWORD,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dossiers transmis' })).toBeTruthy();
  });

  it('checks the password before sending it, and names what is wrong', async () => {
    const api = mockApi({ 'POST /api/staff-invitations/preview': () => json(PREVIEW) });
    renderApp('/staff-invitation?token=tok-1');

    const field = await screen.findByLabelText('Choisissez votre mot de passe');
    fireEvent.change(field, { target: { value: 'court' } });
    fireEvent.click(screen.getByRole('button', { name: 'Activer mon compte' }));

    expect(
      await screen.findByText('Le mot de passe est trop court : il faut au moins 12 caractères.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(field);
    expect(api.find('POST', '/api/staff-invitations/accept')).toHaveLength(0);
  });

  it('shows the password the API refuses under the field', async () => {
    mockApi({
      'POST /api/staff-invitations/preview': () => json(PREVIEW),
      'POST /api/staff-invitations/accept': () =>
        apiError(400, 'validation_failed', {
          details: [{ field: 'password', reason: 'too_common', message: 'password is too common' }],
        }),
    });
    renderApp('/staff-invitation?token=tok-1');

    const field = await screen.findByLabelText('Choisissez votre mot de passe');
    fireEvent.change(field, { target: { value: 'Une phrase très répandue' } });
    fireEvent.click(screen.getByRole('button', { name: 'Activer mon compte' }));

    await waitFor(() => expect(describedByText(field)).toContain('Ce mot de passe est trop courant'));
    expect(screen.queryByText(/Certaines informations ne sont pas valides/)).toBeNull();
  });

  it('says plainly that a used or expired link no longer works, and how to get a new one', async () => {
    mockApi({ 'POST /api/staff-invitations/preview': () => apiError(400, 'invalid_token') });
    renderApp('/staff-invitation?token=used');

    expect(
      await screen.findByRole('heading', { level: 1, name: "Ce lien d'invitation ne fonctionne plus" }),
    ).toBeTruthy();
    expect(
      screen.getByText(/Demandez une nouvelle invitation à la personne qui vous a invité·e/),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Se connecter' }).getAttribute('href')).toBe('/login');
    expect(screen.queryByLabelText('Choisissez votre mot de passe')).toBeNull();
  });

  it('says the same when the link stopped working while the person chose a password', async () => {
    mockApi({
      'POST /api/staff-invitations/preview': () => json(PREVIEW),
      'POST /api/staff-invitations/accept': () => apiError(400, 'invalid_token'),
    });
    renderApp('/staff-invitation?token=tok-1');

    fireEvent.change(await screen.findByLabelText('Choisissez votre mot de passe'), {
      target: { value: PASSWORD },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Activer mon compte' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: "Ce lien d'invitation ne fonctionne plus" }),
    ).toBeTruthy();
  });

  it('asks nothing of the API when the link has no token', async () => {
    const api = mockApi();
    renderApp('/staff-invitation');

    expect(
      await screen.findByRole('heading', { level: 1, name: "Ce lien d'invitation ne fonctionne plus" }),
    ).toBeTruthy();
    expect(api.find('POST', '/api/staff-invitations/preview')).toHaveLength(0);
  });
});
