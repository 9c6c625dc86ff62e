import type { MeDto } from '@essaim/api-client';
import type { Role } from '@essaim/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { apiError, json, meFor, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

function me(role: Role, emailConfirmed: boolean): MeDto {
  return meFor(role, { emailConfirmed });
}

describe('the email confirmation banner', () => {
  it('asks an unconfirmed holder to confirm, and sends the link again on demand', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => json(me('holder', false)),
      'POST /api/auth/confirm-email/resend': () => new Response(null, { status: 204 }),
    });
    renderApp('/app');

    const banner = await screen.findByRole('region', { name: 'Confirmez votre adresse e-mail' });
    expect(banner.textContent).toMatch(/Nous avons envoyé un lien à holder@example\.org/);
    fireEvent.click(screen.getByRole('button', { name: 'Renvoyer le lien' }));

    expect(await screen.findByText(/Un nouveau lien est envoyé à holder@example\.org/)).toBeTruthy();
    expect(api.find('POST', '/api/auth/confirm-email/resend')).toHaveLength(1);
  });

  it('says when the link could not be sent again (too many requests)', async () => {
    mockApi({
      'GET /api/auth/me': () => json(me('holder', false)),
      'POST /api/auth/confirm-email/resend': () =>
        apiError(429, 'too_many_requests', { headers: { 'retry-after': '120' } }),
    });
    renderApp('/app');

    const banner = await screen.findByRole('region', { name: 'Confirmez votre adresse e-mail' });
    fireEvent.click(within(banner).getByRole('button', { name: 'Renvoyer le lien' }));

    expect((await within(banner).findByRole('alert')).textContent).toMatch(/Attendez 2 minutes/);
  });

  it.each([
    ['a confirmed holder', me('holder', true)],
    ['an advisor', me('advisor', false)],
  ])('is not shown to %s', async (_, user) => {
    mockApi({ 'GET /api/auth/me': () => json(user) });
    renderApp('/app');

    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Confirmez votre adresse e-mail' })).toBeNull();
  });
});

describe('the confirm-email page', () => {
  it('confirms the address of the link at once', async () => {
    const api = mockApi({ 'POST /api/auth/confirm-email': () => new Response(null, { status: 204 }) });
    renderApp('/confirm-email?token=tok-123');

    expect(await screen.findByText('Votre adresse e-mail est confirmée. Merci !')).toBeTruthy();
    const [request] = api.find('POST', '/api/auth/confirm-email');
    expect(await request.clone().json()).toEqual({ token: 'tok-123' });
    expect(screen.getByRole('link', { name: 'Aller à mon espace' }).getAttribute('href')).toBe('/app');
  });

  it('explains an expired or used link and how to get a new one', async () => {
    mockApi({ 'POST /api/auth/confirm-email': () => apiError(400, 'invalid_token') });
    renderApp('/confirm-email?token=old');

    expect(await screen.findByText(/Ce lien n'est plus valable/)).toBeTruthy();
    expect(screen.getByText(/Renvoyer le lien/)).toBeTruthy();
  });

  it('without a token: says the link is incomplete, and sends nothing', async () => {
    const api = mockApi();
    renderApp('/confirm-email');

    expect(await screen.findByText(/Ce lien est incomplet/)).toBeTruthy();
    await waitFor(() => expect(api.find('POST', '/api/auth/confirm-email')).toHaveLength(0));
  });
});
