import { fireEvent, screen, waitFor } from '@testing-library/react';

import { apiError, json, meFor, mockApi } from '../../../test/mock-api';
import { describedByText, renderApp } from '../../../test/render';

async function fillTheForm() {
  fireEvent.change(await screen.findByLabelText('Prénom'), { target: { value: 'Camille' } });
  fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Martin' } });
  fireEvent.change(screen.getByLabelText('Adresse e-mail'), { target: { value: 'camille@example.org' } });
  fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'motdepasse123' } });
  await screen.findByRole('option', { name: 'Pays de la Loire' });
  fireEvent.change(screen.getByLabelText('Votre territoire'), { target: { value: 'pdl' } });
  fireEvent.click(screen.getByLabelText("J'accepte les conditions d'utilisation d'Essaim"));
  fireEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
}

describe('the signup page', () => {
  it('shows the server error of a field under that field', async () => {
    mockApi({
      'POST /api/auth/signup': () =>
        apiError(400, 'validation_failed', {
          details: [{ field: 'password', reason: 'too_common', message: 'password is too common' }],
        }),
    });
    renderApp('/signup');

    await fillTheForm();

    const message = 'Ce mot de passe est trop courant';
    await screen.findByText(message, { exact: false });
    const password = screen.getByLabelText('Mot de passe');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(describedByText(password)).toContain(message);
    expect(describedByText(screen.getByLabelText('Adresse e-mail'))).not.toContain(message);
    expect(screen.getByLabelText('Adresse e-mail').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('says under the email field when the address already has an account', async () => {
    mockApi({ 'POST /api/auth/signup': () => apiError(409, 'email_taken') });
    renderApp('/signup');

    await fillTheForm();

    await screen.findByText('Un compte existe déjà avec cette adresse e-mail', { exact: false });
    const email = screen.getByLabelText('Adresse e-mail');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(describedByText(email)).toContain('Un compte existe déjà avec cette adresse e-mail');
  });

  it('sends the form and opens the new holder’s space', async () => {
    const api = mockApi({ 'POST /api/auth/signup': () => json(meFor('holder'), { status: 201 }) });
    const { router } = renderApp('/signup');

    await fillTheForm();

    await waitFor(() => expect(router.state.location.pathname).toBe('/app'));
    const [request] = api.find('POST', '/api/auth/signup');
    expect(await request?.clone().json()).toEqual({
      firstName: 'Camille',
      lastName: 'Martin',
      email: 'camille@example.org',
      password: 'motdepasse123',
      territoryCode: 'pdl',
      acceptTerms: true,
    });
  });

  it('goes on to where the visitor was going, such as an invitation opened before signing up', async () => {
    mockApi({ 'POST /api/auth/signup': () => json(meFor('holder'), { status: 201 }) });
    const { router } = renderApp('/signup?next=%2Finvitations%2Faccept%3Ftoken%3Dabc');

    await fillTheForm();

    await waitFor(() => expect(router.state.location.pathname).toBe('/invitations/accept'));
    expect(router.state.location.search).toBe('?token=abc');
  });

  it('never follows a next address outside the site', async () => {
    mockApi({ 'POST /api/auth/signup': () => json(meFor('holder'), { status: 201 }) });
    const { router } = renderApp('/signup?next=%2F%2Fevil.example%2Fphish');

    await fillTheForm();

    await waitFor(() => expect(router.state.location.pathname).toBe('/app'));
  });

  it('checks the password rules before sending', async () => {
    const api = mockApi();
    renderApp('/signup');

    fireEvent.change(await screen.findByLabelText('Mot de passe'), { target: { value: 'court' } });
    expect(screen.getByText('Encore 7 caractères.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    expect(describedByText(screen.getByLabelText('Mot de passe'))).toContain(
      'Le mot de passe est trop court : il faut au moins 12 caractères.',
    );
    expect(api.find('POST', '/api/auth/signup')).toHaveLength(0);
  });
});
