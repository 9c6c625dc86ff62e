import { fireEvent, screen, within } from '@testing-library/react';

import { apiError, json, meFor, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';
import { diagnosticDto, projectDto } from '../diagnostics/test-fixtures';

describe('submitting a diagnostic with an unconfirmed address', () => {
  it('explains the refusal and offers to send the link again', async () => {
    const answers = { has_premises: true, funding_confidence: 2 };
    const api = mockApi({
      'GET /api/auth/me': () => json(meFor('holder', { emailConfirmed: false })),
      'GET /api/diagnostics/diag-1': () => json(diagnosticDto(answers)),
      'GET /api/projects/proj-1': () => json(projectDto()),
      'POST /api/diagnostics/diag-1/submit': () => apiError(403, 'email_unconfirmed'),
      'POST /api/auth/confirm-email/resend': () => new Response(null, { status: 204 }),
    });
    const { router } = renderApp('/app/diagnostics/diag-1?step=review');

    fireEvent.click(await screen.findByRole('button', { name: 'Envoyer mon diagnostic' }));

    const reason = await screen.findByText(/Confirmez d'abord votre adresse e-mail : cliquez sur le lien/);
    const alert = reason.closest<HTMLElement>('[role="alert"]');
    if (alert === null) throw new Error('the reason is not in an alert');
    fireEvent.click(within(alert).getByRole('button', { name: 'Renvoyer le lien' }));
    expect(await within(alert).findByText(/Un nouveau lien est envoyé à holder@example\.org/)).toBeTruthy();
    expect(api.find('POST', '/api/auth/confirm-email/resend')).toHaveLength(1);
    expect(router.state.location.pathname).toBe('/app/diagnostics/diag-1');
  });
});
