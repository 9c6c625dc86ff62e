import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { json, meFor, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

import { FUNDER_ORG, inboxItem } from './test-fixtures';

function funderApi(handlers: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(meFor('funder', { organisation: { ...FUNDER_ORG, kind: 'funder' } })),
    ...handlers,
  });
}

function queryOf(request: Request | undefined): URLSearchParams {
  return new URL(request?.url ?? 'http://x/').searchParams;
}

describe("the funder's inbox", () => {
  it('lists each referral with its reference, project, offer, amount asked, age and state, oldest first', async () => {
    const api = funderApi({
      'GET /api/referrals': () =>
        json({
          items: [
            inboxItem(),
            inboxItem({
              id: 'referral-2',
              reference: 'PDL-2026-00002',
              projectName: 'Café des Possibles',
              status: 'info_requested',
              askedCents: 800_050,
              ageDays: 1,
            }),
          ],
          total: 2,
          page: 1,
          pageSize: 20,
        }),
    });
    renderApp('/app/referrals');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dossiers transmis' })).toBeTruthy();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const first = within(rows[0]);
    expect(first.getByRole('link', { name: 'PDL-2026-00001' }).getAttribute('href')).toBe(
      '/app/referrals/referral-1',
    );
    expect(first.getByText('La Ressourcerie du Marais')).toBeTruthy();
    expect(first.getByText('Prêt d’honneur Création Solidaire')).toBeTruthy();
    expect(first.getByText(/^15\s000\s€$/)).toBeTruthy();
    expect(first.getByText('12 jours')).toBeTruthy();
    expect(first.getByText('Nouveau')).toBeTruthy();
    const second = within(rows[1]);
    expect(second.getByText(/^8\s000,50\s€$/)).toBeTruthy();
    expect(second.getByText('1 jour')).toBeTruthy();
    expect(second.getByText('Informations demandées')).toBeTruthy();
    expect(screen.getByText('2 dossiers')).toBeTruthy();

    const query = queryOf(api.find('GET', '/api/referrals')[0]);
    expect(query.get('order')).toBe('asc');
    expect(query.getAll('status')).toEqual([]);
  });

  it('filters by the states in the address (from the home page) and by ticking more', async () => {
    const api = funderApi({
      'GET /api/referrals': () => json({ items: [inboxItem()], total: 1, page: 1, pageSize: 20 }),
    });
    renderApp('/app/referrals?status=approved&status=declined');

    await screen.findByRole('table');
    expect(queryOf(api.find('GET', '/api/referrals')[0]).getAll('status')).toEqual(['approved', 'declined']);
    const filter = screen.getByRole('group', { name: /État/ });
    expect(within(filter).getByLabelText<HTMLInputElement>('Accordé').checked).toBe(true);

    fireEvent.click(within(filter).getByLabelText('Nouveau'));
    await waitFor(() =>
      expect(
        api
          .find('GET', '/api/referrals')
          .some((request) => queryOf(request).getAll('status').includes('sent')),
      ).toBe(true),
    );
  });

  it('says what happens next when nothing was referred yet, and how to widen a search', async () => {
    funderApi({
      'GET /api/referrals': () => json({ items: [], total: 0, page: 1, pageSize: 20 }),
    });
    renderApp('/app/referrals?q=zzz');

    expect(
      await screen.findByText(
        'Aucun dossier ne correspond à ces critères. Changez la recherche ou les états cochés.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les critères' }));
    expect(await screen.findByText(/Aucun dossier n'a encore été transmis à votre structure/)).toBeTruthy();
  });

  it('is not there for a holder', async () => {
    mockApi({ 'GET /api/auth/me': () => json(meFor('holder')) });
    renderApp('/app/referrals');
    expect(await screen.findByRole('heading', { level: 1, name: /introuvable|n'existe pas/i })).toBeTruthy();
  });
});

describe("the funder's home", () => {
  it('counts the referrals by step, each linking to the inbox filtered', async () => {
    funderApi({
      'GET /api/referrals/counts': () =>
        json({ sent: 2, in_review: 1, info_requested: 0, approved: 3, declined: 1, withdrawn: 1 }),
    });
    renderApp('/app');

    const link = await screen.findByRole('link', { name: '2 nouveaux dossiers à ouvrir' });
    expect(link.getAttribute('href')).toBe('/app/referrals?status=sent');
    expect(screen.getByRole('link', { name: '1 dossier en instruction' }).getAttribute('href')).toBe(
      '/app/referrals?status=in_review',
    );
    expect(screen.getByRole('link', { name: "0 dossier en attente d'une réponse" })).toBeTruthy();
    expect(screen.getByRole('link', { name: '4 dossiers décidés' }).getAttribute('href')).toBe(
      '/app/referrals?status=approved&status=declined',
    );
  });

  it('says what will happen when nothing was referred yet', async () => {
    funderApi({
      'GET /api/referrals/counts': () =>
        json({ sent: 0, in_review: 0, info_requested: 0, approved: 0, declined: 0, withdrawn: 0 }),
    });
    renderApp('/app');
    expect(await screen.findByText('Aucun dossier transmis pour le moment')).toBeTruthy();
    expect(screen.getByText(/Quand un·e chargé·e d'accompagnement transmet un dossier/)).toBeTruthy();
  });
});
