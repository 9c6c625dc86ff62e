import type { MeDto } from '@essaim/api-client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { json, meFor, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';
import type { NotificationDto } from '../../api/notifications';

const MESSAGE: NotificationDto = {
  id: 'n-1',
  kind: 'message_received',
  link: '/app/cases/case-1',
  params: { reference: 'ESS-2026-0001', projectName: 'Le Fournil des Salorges' },
  createdAt: '2026-03-04T15:30:00.000Z',
  read: false,
};
const DIGEST: NotificationDto = {
  id: 'n-2',
  kind: 'new_cases_digest',
  link: '/app/cases',
  params: { count: 4 },
  createdAt: '2026-03-03T07:00:00.000Z',
  read: true,
};
const OVERDUE_WITHOUT_PARAMS: NotificationDto = {
  id: 'n-3',
  kind: 'task_overdue',
  link: '/app/cases/case-2',
  params: {},
  createdAt: '2026-03-02T07:00:00.000Z',
  read: false,
};

function pageOf(items: NotificationDto[]) {
  return {
    items,
    total: items.length,
    page: 1,
    pageSize: 20,
    unreadCount: items.filter((item) => !item.read).length,
  };
}

function setUp(items: NotificationDto[], me: MeDto = meFor('advisor')) {
  let current = items;
  const api = mockApi({
    'GET /api/auth/me': () => json(me),
    'GET /api/notifications/unread-count': () => json({ count: current.filter((item) => !item.read).length }),
    'GET /api/notifications': () => json(pageOf(current)),
    'POST /api/notifications/n-1/read': () => {
      current = current.map((item) => (item.id === 'n-1' ? { ...item, read: true } : item));
      return new Response(null, { status: 204 });
    },
    'POST /api/notifications/read-all': () => {
      const count = current.filter((item) => !item.read).length;
      current = current.map((item) => ({ ...item, read: true }));
      return json({ count });
    },
  });
  return { api, ...renderApp('/app/notifications') };
}

describe('the notifications page', () => {
  it('lists each notification with its title, its time and whether it is unread', async () => {
    setUp([MESSAGE, DIGEST, OVERDUE_WITHOUT_PARAMS]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeTruthy();
    expect(await screen.findByText('3 notifications, 2 non lues')).toBeTruthy();
    const results = screen.getByRole('region', { name: 'Vos notifications' });
    const items = within(within(results).getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Nouveau message sur « Le Fournil des Salorges »',
      '4 nouveaux dossiers attendent dans la file du territoire',
      'Une de vos tâches est en retard',
    ]);
    expect(within(items[0]).getByText('Non lue')).toBeTruthy();
    expect(within(items[1]).queryByText('Non lue')).toBeNull();
    expect(within(items[0]).getByText('4 mars 2026 à 16:30')).toBeTruthy();
    expect(within(items[0]).getByRole('link').getAttribute('href')).toBe('/app/cases/case-1');
  });

  it('opening a notification marks it read and goes to its page', async () => {
    const { api, router } = setUp([MESSAGE, DIGEST]);

    fireEvent.click(
      await screen.findByRole('link', { name: 'Nouveau message sur « Le Fournil des Salorges »' }),
    );

    await waitFor(() => expect(api.find('POST', '/api/notifications/n-1/read')).toHaveLength(1));
    expect(router.state.location.pathname).toBe('/app/cases/case-1');
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeTruthy();
  });

  it('opening one already read does not mark it again', async () => {
    const { api, router } = setUp([MESSAGE, DIGEST]);

    fireEvent.click(await screen.findByRole('link', { name: /4 nouveaux dossiers/ }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/app/cases'));
    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('"Tout marquer comme lu" reads them all, says how many, and empties the bell', async () => {
    const { api } = setUp([MESSAGE, DIGEST, OVERDUE_WITHOUT_PARAMS]);
    expect(await screen.findByRole('link', { name: 'Notifications, 2 non lues' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Tout marquer comme lu' }));

    expect(await screen.findByText('2 notifications marquées comme lues.')).toBeTruthy();
    expect(api.find('POST', '/api/notifications/read-all')).toHaveLength(1);
    expect(await screen.findByText('3 notifications, 0 non lue')).toBeTruthy();
    expect(screen.queryByText('Non lue')).toBeNull();
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Tout marquer comme lu' }).disabled).toBe(
      true,
    );
  });

  it('with no notification yet: says what will appear here and where to choose the emails', async () => {
    setUp([]);

    expect(await screen.findByText(/Vous n'avez aucune notification pour l'instant/)).toBeTruthy();
    expect(screen.getByText('Aucune notification')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Choisir mes notifications par e-mail' }).getAttribute('href'),
    ).toBe('/app/settings/notifications');
  });
});
