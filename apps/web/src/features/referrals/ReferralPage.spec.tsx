import { fireEvent, screen, waitFor } from '@testing-library/react';

import { apiError, json, meFor, mockApi, type Handler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

import { FUNDER_ORG, referralDto } from './test-fixtures';

function funderApi(handlers: Record<string, Handler> = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(meFor('funder', { organisation: { ...FUNDER_ORG, kind: 'funder' } })),
    'GET /api/referrals/referral-1': () => json(referralDto()),
    ...handlers,
  });
}

async function bodyOf(request: Request | undefined): Promise<unknown> {
  return request?.clone().json();
}

describe('the referral page: the decision', () => {
  it('approves in euros, and asks for a confirmation above the amount asked before sending anything', async () => {
    const api = funderApi({
      'POST /api/referrals/referral-1/decision': () =>
        json(
          referralDto({
            status: 'approved',
            grantedCents: 2_000_000,
            grantedInstrument: 'honour_loan',
            decidedAt: '2026-03-20T10:00:00.000Z',
            actions: [],
            remainingCents: 2_000_000,
            version: 4,
          }),
        ),
    });
    renderApp('/app/referrals/referral-1');

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Dossier PDL-2026-00001 — La Ressourcerie du Marais',
      }),
    ).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Accorder un financement'));
    fireEvent.change(screen.getByLabelText(/Montant accordé/), { target: { value: '20 000' } });
    const confirm = screen.getByLabelText('Je confirme accorder 20 000 €, plus que les 15 000 € demandés.', {
      normalizer: (text) => text.replace(/\s/g, ' '),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));

    expect(
      await screen.findByText('Le montant est supérieur à la demande : cochez la case pour confirmer.'),
    ).toBeTruthy();
    expect(api.find('POST', '/api/referrals/referral-1/decision')).toHaveLength(0);

    fireEvent.click(confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    await waitFor(() => expect(api.find('POST', '/api/referrals/referral-1/decision')).toHaveLength(1));
    expect(await bodyOf(api.find('POST', '/api/referrals/referral-1/decision')[0])).toEqual({
      version: 3,
      decision: 'approved',
      grantedCents: 2_000_000,
      grantedInstrument: 'honour_loan',
      conditions: '',
      confirmAboveAsked: true,
    });
    expect(await screen.findByRole('heading', { name: 'Versements' })).toBeTruthy();
  });

  it('needs no confirmation up to the amount asked, and refuses an amount that is not one', async () => {
    const api = funderApi({
      'POST /api/referrals/referral-1/decision': () => json(referralDto({ status: 'approved', actions: [] })),
    });
    renderApp('/app/referrals/referral-1');

    fireEvent.click(await screen.findByLabelText('Accorder un financement'));
    fireEvent.change(screen.getByLabelText(/Montant accordé/), { target: { value: 'beaucoup' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    expect(await screen.findByText(/Écrivez le montant en euros avec des chiffres/)).toBeTruthy();
    expect(api.find('POST', '/api/referrals/referral-1/decision')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText(/Montant accordé/), { target: { value: '15000' } });
    expect(screen.queryByLabelText(/Je confirme accorder/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    await waitFor(() => expect(api.find('POST', '/api/referrals/referral-1/decision')).toHaveLength(1));
    expect(await bodyOf(api.find('POST', '/api/referrals/referral-1/decision')[0])).toMatchObject({
      decision: 'approved',
      grantedCents: 1_500_000,
      confirmAboveAsked: false,
    });
  });

  it('declines only with a reason', async () => {
    const api = funderApi({
      'POST /api/referrals/referral-1/decision': () => json(referralDto({ status: 'declined', actions: [] })),
    });
    renderApp('/app/referrals/referral-1');

    fireEvent.click(await screen.findByLabelText('Refuser'));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    expect(await screen.findByText('Écrivez le motif du refus.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Motif du refus/), { target: { value: 'Hors de nos critères' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    await waitFor(() => expect(api.find('POST', '/api/referrals/referral-1/decision')).toHaveLength(1));
    expect(await bodyOf(api.find('POST', '/api/referrals/referral-1/decision')[0])).toEqual({
      version: 3,
      decision: 'declined',
      reason: 'Hors de nos critères',
    });
  });

  it('shows only the steps the API offers, and a conflict with a reload', async () => {
    let opened = false;
    funderApi({
      'GET /api/referrals/referral-1': () =>
        json(
          opened
            ? referralDto({ version: 5 })
            : referralDto({ status: 'sent', actions: ['open', 'approve', 'decline'] }),
        ),
      'POST /api/referrals/referral-1/open': () => {
        opened = true;
        return apiError(409, 'conflict');
      },
    });
    renderApp('/app/referrals/referral-1');

    expect(await screen.findByRole('button', { name: "Ouvrir l'instruction" })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Poser une question' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: "Ouvrir l'instruction" }));
    expect(await screen.findByText('Le dossier a changé entre-temps')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Recharger le dossier' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: "Ouvrir l'instruction" })).toBeNull());
    expect(screen.getByRole('heading', { name: 'Poser une question' })).toBeTruthy();
  });

  it('records a payment in euros and shows granted, paid and left to pay', async () => {
    const approved = referralDto({
      status: 'approved',
      grantedCents: 1_500_000,
      grantedInstrument: 'honour_loan',
      decidedAt: '2026-03-20T10:00:00.000Z',
      actions: [],
      remainingCents: 1_500_000,
    });
    const api = funderApi({
      'GET /api/referrals/referral-1': () => json(approved),
      'POST /api/referrals/referral-1/disbursements': () =>
        json(
          {
            ...approved,
            paidCents: 500_000,
            remainingCents: 1_000_000,
            disbursements: [
              {
                id: 'pay-1',
                amountCents: 500_000,
                paidOn: '2026-03-21',
                recordedBy: { id: 'user-funder', firstName: 'Camille', lastName: 'Martin' },
                createdAt: '2026-03-21T10:00:00.000Z',
              },
            ],
            version: 4,
          },
          { status: 201 },
        ),
    });
    renderApp('/app/referrals/referral-1');

    fireEvent.change(await screen.findByLabelText(/Montant versé/), { target: { value: '5 000' } });
    fireEvent.change(screen.getByLabelText(/Date du versement/), { target: { value: '2026-03-21' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le versement' }));
    await waitFor(() => expect(api.find('POST', '/api/referrals/referral-1/disbursements')).toHaveLength(1));
    expect(await bodyOf(api.find('POST', '/api/referrals/referral-1/disbursements')[0])).toEqual({
      version: 3,
      amountCents: 500_000,
      paidOn: '2026-03-21',
    });
    expect(await screen.findByText(/Le versement de 5\s000\s€ est enregistré/)).toBeTruthy();
    const paid = screen.getByText('Versé', { selector: 'dt' });
    expect(paid.nextElementSibling?.textContent?.replace(/\s/g, ' ')).toBe('5 000 €');
    const left = screen.getByText('Reste à verser', { selector: 'dt' });
    expect(left.nextElementSibling?.textContent?.replace(/\s/g, ' ')).toBe('10 000 €');
  });
});
