import { fireEvent, screen, waitFor } from '@testing-library/react';

import { apiError, json, meFor, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

async function fillAndSubmit(email: string, password: string) {
  fireEvent.change(await screen.findByLabelText('Adresse e-mail'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('the login page', () => {
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it('says the email or password is wrong when the API answers 401', async () => {
    mockApi({ 'POST /api/auth/login': () => apiError(401, 'invalid_credentials') });
    renderApp('/login');

    await fillAndSubmit('camille@example.org', 'not the right password');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Adresse e-mail ou mot de passe incorrect.');
  });

  it('says how many minutes to wait after too many attempts', async () => {
    mockApi({
      'POST /api/auth/login': () => apiError(429, 'too_many_requests', { headers: { 'Retry-After': '120' } }),
    });
    renderApp('/login');

    await fillAndSubmit('camille@example.org', 'whatever password');

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Attendez 2 minutes avant de réessayer.',
    );
  });

  it('sends the CSRF token and the credentials, then goes where the visitor was going', async () => {
    document.cookie = 'XSRF-TOKEN=token-123';
    const api = mockApi({
      'POST /api/auth/login': () => json(meFor('advisor')),
    });
    const { router } = renderApp('/login?next=%2Fapp%2Fcases');

    await fillAndSubmit(' camille@example.org ', 'correct horse battery');

    await waitFor(() => expect(router.state.location.pathname).toBe('/app/cases'));
    const [request] = api.find('POST', '/api/auth/login');
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(await request?.clone().json()).toEqual({
      email: 'camille@example.org',
      password: 'correct horse battery',
    });
  });

  it('asks for the missing fields without calling the API', async () => {
    const api = mockApi();
    renderApp('/login');

    fireEvent.click(await screen.findByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByText('Indiquez votre adresse e-mail.')).toBeTruthy();
    expect(screen.getByText('Saisissez un mot de passe.')).toBeTruthy();
    expect(api.find('POST', '/api/auth/login')).toHaveLength(0);
  });

  it('in demo mode, lists the demo accounts with their role and fills the form with one', async () => {
    mockApi({
      'GET /api/meta': () =>
        json({
          demoMode: true,
          demoPassword: 'demo-password-2026',
          demoAccounts: [
            { email: 'porteur@demo.essaim.fr', role: 'holder' },
            { email: 'financeur@demo.essaim.fr', role: 'funder' },
          ],
        }),
    });
    renderApp('/login');

    expect(await screen.findByRole('heading', { level: 2, name: 'Comptes de démonstration' })).toBeTruthy();
    expect(screen.getByText('porteur·se de projet')).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Utiliser ce compte : financeur@demo.essaim.fr (financeur)' }),
    );

    expect(screen.getByLabelText<HTMLInputElement>('Adresse e-mail').value).toBe('financeur@demo.essaim.fr');
    expect(screen.getByLabelText<HTMLInputElement>('Mot de passe').value).toBe('demo-password-2026');
  });
});
