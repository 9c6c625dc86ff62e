import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { json, meFor, mockApi, type Handler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';
import { caseDto, LEA, pickedFile } from '../case-page/test-fixtures';
import { resultsDto } from '../diagnostics/test-fixtures';

import { FUNDER_ORG, OFFER, summaryDto } from './test-fixtures';

jest.mock('../case-page/Markdown', () => ({
  __esModule: true,
  default: ({ children }: { children: string }) => <div>{children}</div>,
}));

function advisorApi(handlers: Record<string, Handler> = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(meFor('advisor', { id: LEA.id, firstName: 'Léa', lastName: 'Bernard' })),
    'GET /api/cases/case-1': () => json(caseDto({ stage: 'funding', caseAdvisor: true, version: 7 })),
    'GET /api/cases/case-1/messages': () => json({ items: [], unreadCount: 0 }),
    'GET /api/diagnostics/diag-1/results': () => json(resultsDto()),
    'GET /api/staff/advisors': () => json([]),
    ...handlers,
  });
}

async function bodyOf(request: Request | undefined): Promise<unknown> {
  return request?.clone().json();
}

describe("the case's funding section", () => {
  it('shows the financing plan and each referral with its decision and payments', async () => {
    advisorApi({
      'GET /api/cases/case-1/referrals': () =>
        json({
          referrals: [
            summaryDto({
              status: 'approved',
              grantedCents: 1_500_000,
              grantedInstrument: 'honour_loan',
              paidCents: 500_000,
              decidedAt: '2026-03-20T10:00:00.000Z',
            }),
          ],
          totals: {
            askedCents: 1_500_000,
            grantedCents: 1_500_000,
            paidCents: 500_000,
            pendingAskedCents: 0,
          },
        }),
    });
    renderApp('/app/cases/case-1?tab=funding');

    const plan = await screen.findByRole('region', { name: 'Plan de financement' });
    const value = (term: string) =>
      within(plan).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent?.replace(/\s/g, ' ');
    expect(value('Demandé')).toBe('15 000 €');
    expect(value('Accordé')).toBe('15 000 €');
    expect(value('Versé')).toBe('5 000 €');
    const card = screen.getByRole('article', { name: `${FUNDER_ORG.name} — ${OFFER.name}` });
    expect(within(card).getByText(/Accordé : 15\s000\s€ en Prêt d'honneur ; versé : 5\s000\s€/)).toBeTruthy();
    expect(within(card).getByText('Accordé', { selector: '.mantine-Badge-label' })).toBeTruthy();
  });

  it("lets the case's advisor refer it to an offer, in euros, with the chosen documents", async () => {
    const api = advisorApi({
      'GET /api/cases/case-1/referrals': () =>
        json({
          referrals: [],
          totals: { askedCents: 0, grantedCents: 0, paidCents: 0, pendingAskedCents: 0 },
        }),
      'GET /api/cases/case-1/referral-options': () =>
        json({
          offers: [
            {
              id: OFFER.id,
              name: OFFER.name,
              instrument: 'honour_loan',
              amountMinCents: 100_000,
              amountMaxCents: 3_000_000,
              organisation: FUNDER_ORG,
            },
          ],
          documents: [
            {
              id: 'doc-1',
              versionId: 'v-1',
              category: 'budget',
              fileName: 'budget.pdf',
              version: 2,
              createdAt: '2026-03-01T10:00:00.000Z',
            },
            {
              id: 'doc-2',
              versionId: 'v-2',
              category: 'statutes',
              fileName: 'statuts.pdf',
              version: 1,
              createdAt: '2026-03-01T10:00:00.000Z',
            },
            {
              id: 'doc-3',
              versionId: 'v-3',
              category: 'other',
              fileName: 'photo.png',
              version: 1,
              createdAt: '2026-03-01T10:00:00.000Z',
            },
          ],
        }),
      'POST /api/cases/case-1/referrals': () => json([summaryDto()], { status: 201 }),
    });
    renderApp('/app/cases/case-1?tab=funding');

    expect(await screen.findByText(/Le dossier n'a encore été transmis à aucun financeur/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Transmettre à un financeur' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByLabelText(`${OFFER.name} (${FUNDER_ORG.name})`));
    fireEvent.change(within(dialog).getByLabelText(/Montant demandé à/), { target: { value: '15 000' } });
    fireEvent.change(within(dialog).getByLabelText(/Message aux financeurs/), {
      target: { value: 'Un projet solide.' },
    });
    fireEvent.click(within(dialog).getByLabelText('budget.pdf'));
    fireEvent.click(within(dialog).getByLabelText('statuts.pdf'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Transmettre' }));

    await waitFor(() => expect(api.find('POST', '/api/cases/case-1/referrals')).toHaveLength(1));
    expect(await bodyOf(api.find('POST', '/api/cases/case-1/referrals')[0])).toEqual({
      version: 7,
      referrals: [{ offerId: OFFER.id, askedCents: 1_500_000, askedInstrument: 'honour_loan' }],
      message: 'Un projet solide.',
      summary: '',
      documentIds: ['doc-1', 'doc-2'],
    });
    expect(await screen.findByText('Le dossier est transmis au financeur.')).toBeTruthy();
  });

  it('offers to move the case to funding as it is sent, when the workflow allows that move', async () => {
    const moves = [
      { kind: 'advance' as const, to: 'funding' as const, needsReason: false, needsOutcome: false },
    ];
    const api = advisorApi({
      'GET /api/cases/case-1': () =>
        json(caseDto({ stage: 'accompaniment', caseAdvisor: true, version: 3, moves })),
      'GET /api/cases/case-1/referrals': () =>
        json({
          referrals: [],
          totals: { askedCents: 0, grantedCents: 0, paidCents: 0, pendingAskedCents: 0 },
        }),
      'GET /api/cases/case-1/referral-options': () =>
        json({
          offers: [
            {
              id: OFFER.id,
              name: OFFER.name,
              instrument: 'honour_loan',
              amountMinCents: null,
              amountMaxCents: null,
              organisation: FUNDER_ORG,
            },
          ],
          documents: [],
        }),
      'POST /api/cases/case-1/referrals': () => json([summaryDto()], { status: 201 }),
    });
    renderApp('/app/cases/case-1?tab=funding');

    const explanation = /le transmettre l'y fera passer/;
    expect((await screen.findAllByText(explanation)).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Transmettre à un financeur' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(explanation)).toBeTruthy();
    fireEvent.click(await within(dialog).findByLabelText(`${OFFER.name} (${FUNDER_ORG.name})`));
    fireEvent.change(within(dialog).getByLabelText(/Montant demandé à/), { target: { value: '8000' } });
    fireEvent.change(within(dialog).getByLabelText(/Message aux financeurs/), { target: { value: 'Prêt.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Transmettre' }));

    await waitFor(() => expect(api.find('POST', '/api/cases/case-1/referrals')).toHaveLength(1));
    expect(await bodyOf(api.find('POST', '/api/cases/case-1/referrals')[0])).toMatchObject({
      version: 3,
      moveToFunding: true,
    });
  });

  it('lets the advisor answer an open question, with a file', async () => {
    const api = advisorApi({
      'GET /api/cases/case-1/referrals': () =>
        json({
          referrals: [
            summaryDto({
              status: 'info_requested',
              version: 4,
              actions: ['answer', 'withdraw'],
              openQuestion: {
                id: 'ex-1',
                kind: 'question',
                body: 'Pouvez-vous envoyer le budget 2027 ?',
                author: { id: 'user-funder', firstName: 'Paul', lastName: 'Leroy' },
                createdAt: '2026-03-10T10:00:00.000Z',
                documents: [],
              },
            }),
          ],
          totals: { askedCents: 1_500_000, grantedCents: 0, paidCents: 0, pendingAskedCents: 1_500_000 },
        }),
      'POST /api/referrals/referral-1/answers': () => json({ id: 'referral-1' }, { status: 201 }),
    });
    renderApp('/app/cases/case-1?tab=funding');

    expect(
      await screen.findByText('Question de Paul Leroy : Pouvez-vous envoyer le budget 2027 ?'),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Votre réponse/), { target: { value: 'Le voici.' } });
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const file = pickedFile('budget-2027.pdf');
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText('budget-2027.pdf')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));

    await waitFor(() => expect(api.find('POST', '/api/referrals/referral-1/answers')).toHaveLength(1));
    const form = await api.find('POST', '/api/referrals/referral-1/answers')[0]?.clone().formData();
    expect(form?.get('version')).toBe('4');
    expect(form?.get('body')).toBe('Le voici.');
    expect((form?.getAll('files')[0] as File | undefined)?.name).toBe('budget-2027.pdf');
    expect(await screen.findByText('Votre réponse est envoyée au financeur.')).toBeTruthy();
  });
});
