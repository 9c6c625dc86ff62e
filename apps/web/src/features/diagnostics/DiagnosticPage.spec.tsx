import type { Answers } from '@essaim/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { apiError, json, meFor, mockApi, type Handler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

import { diagnosticDto, projectDto, resultsDto } from './test-fixtures';
import { saverTiming } from './use-answer-saver';

const ANSWER = (key: string) => `/api/diagnostics/diag-1/answers/${key}`;

/** The API's answer to a saved answer: the answers as they now are. */
function saved(answers: Answers): Response {
  const { progress, missingRequired, updatedAt } = diagnosticDto(answers);
  return json({ answers, progress, missingRequired, updatedAt });
}

function holderApi(answers: Answers = {}, handlers: Record<string, Handler> = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(meFor('holder')),
    'GET /api/diagnostics/diag-1': () => json(diagnosticDto(answers)),
    'GET /api/projects/proj-1': () => json(projectDto()),
    ...handlers,
  });
}

async function bodyOf(request: Request | undefined): Promise<unknown> {
  return request?.clone().json();
}

describe('the diagnostic form', () => {
  beforeEach(() => {
    saverTiming.debounceMs = 50;
    saverTiming.retryBaseMs = 50;
  });
  afterEach(() => {
    delete saverTiming.debounceMs;
    delete saverTiming.retryBaseMs;
  });

  it('saves a choice as soon as it is given, and says "Enregistré" once the API has it', async () => {
    let release: (response: Response) => void = () => undefined;
    const api = holderApi(
      {},
      {
        [`PUT ${ANSWER('has_premises')}`]: () =>
          new Promise<Response>((resolve) => {
            release = resolve;
          }),
      },
    );
    renderApp('/app/diagnostics/diag-1?step=project');

    const group = await screen.findByRole('group', { name: /Avez-vous déjà des locaux \? \(obligatoire\)/ });
    fireEvent.click(within(group).getByRole('radio', { name: 'Oui' }));

    expect(await screen.findByText('Enregistrement…')).toBeTruthy();
    await waitFor(() => expect(api.find('PUT', ANSWER('has_premises'))).toHaveLength(1));
    expect(await bodyOf(api.find('PUT', ANSWER('has_premises'))[0])).toEqual({ value: true });
    release(saved({ has_premises: true }));
    expect(await screen.findByText('Enregistré')).toBeTruthy();
  });

  it('says the answer is not saved and tries again until the API takes it', async () => {
    let calls = 0;
    const api = holderApi(
      {},
      {
        [`PUT ${ANSWER('has_premises')}`]: () => {
          calls += 1;
          return calls === 1 ? apiError(503, 'internal_error') : saved({ has_premises: false });
        },
      },
    );
    renderApp('/app/diagnostics/diag-1?step=project');

    fireEvent.click(await screen.findByRole('radio', { name: 'Non' }));

    expect(await screen.findByText('Non enregistré — nouvelle tentative…')).toBeTruthy();
    expect(await screen.findByText('Enregistré')).toBeTruthy();
    expect(api.find('PUT', ANSWER('has_premises'))).toHaveLength(2);
    expect(await bodyOf(api.find('PUT', ANSWER('has_premises'))[1])).toEqual({ value: false });
  });

  it('shows a conditional question only while its condition holds', async () => {
    holderApi(
      {},
      {
        [`PUT ${ANSWER('has_premises')}`]: async (request) =>
          saved({ has_premises: ((await request.json()) as { value: boolean }).value }),
      },
    );
    renderApp('/app/diagnostics/diag-1?step=project');

    await screen.findByRole('group', { name: /Avez-vous déjà des locaux/ });
    expect(screen.queryByRole('group', { name: /Quand cherchez-vous un local/ })).toBeNull();

    fireEvent.click(screen.getByRole('radio', { name: 'Non' }));
    expect(await screen.findByRole('group', { name: /Quand cherchez-vous un local/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Oui' }));
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: /Quand cherchez-vous un local/ })).toBeNull(),
    );
  });

  it('restores the saved answers, and sends a typed answer after a pause, and on leaving the field', async () => {
    const api = holderApi(
      { has_premises: false, team_size: 3 },
      { [`PUT ${ANSWER('team_size')}`]: () => saved({ has_premises: false, team_size: 12 }) },
    );
    renderApp('/app/diagnostics/diag-1?step=project');

    const field = await screen.findByLabelText<HTMLInputElement>(/Combien de personnes portent le projet/);
    expect(field.value).toBe('3');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Non' }).checked).toBe(true);

    fireEvent.change(field, { target: { value: '12' } });
    fireEvent.blur(field);

    await waitFor(() => expect(api.find('PUT', ANSWER('team_size'))).toHaveLength(1));
    expect(await bodyOf(api.find('PUT', ANSWER('team_size'))[0])).toEqual({ value: 12 });
    expect(await screen.findByText('Enregistré')).toBeTruthy();
  });

  it('clears an emptied answer with DELETE, and does not send a number out of bounds', async () => {
    const api = holderApi({ team_size: 3 }, { [`DELETE ${ANSWER('team_size')}`]: () => saved({}) });
    renderApp('/app/diagnostics/diag-1?step=project');
    const field = await screen.findByLabelText<HTMLInputElement>(/Combien de personnes portent le projet/);

    fireEvent.change(field, { target: { value: '9000' } });
    expect(await screen.findByText('Ce nombre est hors des limites indiquées : corrigez-le.')).toBeTruthy();

    fireEvent.change(field, { target: { value: '' } });
    fireEvent.blur(field);
    await waitFor(() => expect(api.find('DELETE', ANSWER('team_size'))).toHaveLength(1));
    expect(api.find('PUT', ANSWER('team_size'))).toHaveLength(0);
  });

  it('asks before leaving the page while an answer is not saved yet', async () => {
    holderApi({}, { [`PUT ${ANSWER('has_premises')}`]: () => new Promise<Response>(() => undefined) });
    renderApp('/app/diagnostics/diag-1?step=project');

    fireEvent.click(await screen.findByRole('radio', { name: 'Oui' }));
    await screen.findByText('Enregistrement…');

    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
  });

  it('sends again an answer given on this device that never reached the API (tab closed offline)', async () => {
    window.localStorage.setItem('essaim.diagnostic.diag-1.unsaved', JSON.stringify({ has_premises: false }));
    const api = holderApi({}, { [`PUT ${ANSWER('has_premises')}`]: () => saved({ has_premises: false }) });
    renderApp('/app/diagnostics/diag-1?step=project');

    expect((await screen.findByRole<HTMLInputElement>('radio', { name: 'Non' })).checked).toBe(true);
    await waitFor(() => expect(api.find('PUT', ANSWER('has_premises'))).toHaveLength(1));
    expect(await bodyOf(api.find('PUT', ANSWER('has_premises'))[0])).toEqual({ value: false });
    await waitFor(() => expect(window.localStorage.getItem('essaim.diagnostic.diag-1.unsaved')).toBeNull());
  });

  it("shows the API's refusal of an answer under its question", async () => {
    holderApi(
      {},
      {
        [`PUT ${ANSWER('has_premises')}`]: () =>
          apiError(400, 'validation_failed', {
            details: [{ field: 'value', reason: 'unknown_option', message: 'not an option' }],
          }),
      },
    );
    renderApp('/app/diagnostics/diag-1?step=project');

    fireEvent.click(await screen.findByRole('radio', { name: 'Oui' }));

    const group = screen.getByRole('group', { name: /Avez-vous déjà des locaux/ });
    await waitFor(() =>
      expect(group.textContent).toContain(
        'Ce choix ne fait pas partie des réponses possibles. Choisissez-en un autre.',
      ),
    );
    expect(screen.getByText('Non enregistré : une réponse est à corriger')).toBeTruthy();
  });

  it('lists the required questions left, then sends the diagnostic and shows the results', async () => {
    const answers = { has_premises: true };
    const api = holderApi(answers, {
      [`PUT ${ANSWER('funding_confidence')}`]: () => saved({ ...answers, funding_confidence: 2 }),
      'POST /api/diagnostics/diag-1/submit': () =>
        json(
          {
            ...resultsDto(),
            case: resultsDto().case,
            diagnostic: diagnosticDto(
              { ...answers, funding_confidence: 2 },
              { status: 'submitted', submittedAt: '2026-03-04T15:30:00.000Z' },
            ),
          },
          { status: 201 },
        ),
      'GET /api/diagnostics/diag-1/results': () => json(resultsDto()),
    });
    const { router } = renderApp('/app/diagnostics/diag-1?step=review');

    expect(await screen.findByRole('heading', { level: 2, name: 'Vérifier et envoyer' })).toBeTruthy();
    expect(screen.getByText('Il reste 1 question obligatoire sans réponse :')).toBeTruthy();
    const submit = screen.getByRole<HTMLButtonElement>('button', { name: 'Envoyer mon diagnostic' });
    expect(submit.disabled).toBe(true);

    fireEvent.click(
      screen.getByRole('link', {
        name: 'Votre plan de financement est-il bouclé ? (étape « Financement »)',
      }),
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Financement' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /^2/ }));
    await screen.findByText('Enregistré');

    fireEvent.click(screen.getByRole('link', { name: /Vérifier et envoyer/ }));
    expect(await screen.findByText(/Vous avez répondu à toutes les questions obligatoires/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer mon diagnostic' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/app/diagnostics/diag-1/results'));
    expect(api.find('POST', '/api/diagnostics/diag-1/submit')).toHaveLength(1);
  });
});
