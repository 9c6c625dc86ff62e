import { act, screen, waitFor, within } from '@testing-library/react';

import { json, meFor, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

describe('the notification bell', () => {
  it('shows the unread count, says it to screen readers and leads to the notifications', async () => {
    mockApi({
      'GET /api/auth/me': () => json(meFor('advisor')),
      'GET /api/notifications/unread-count': () => json({ count: 3 }),
    });
    renderApp('/app');

    const bell = await screen.findByRole('link', { name: 'Notifications, 3 non lues' });
    expect(bell.getAttribute('href')).toBe('/app/notifications');
    expect(within(bell).getByTestId('notification-count').textContent).toBe('3');
    expect(screen.getByRole('banner').contains(bell)).toBe(true);
  });

  it('says "1 non lue" in the singular', async () => {
    mockApi({
      'GET /api/auth/me': () => json(meFor('holder')),
      'GET /api/notifications/unread-count': () => json({ count: 1 }),
    });
    renderApp('/app');

    expect(await screen.findByRole('link', { name: 'Notifications, 1 non lue' })).toBeTruthy();
  });

  it('with nothing unread: named "Notifications", no count shown', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => json(meFor('funder')),
      'GET /api/notifications/unread-count': () => json({ count: 0 }),
    });
    renderApp('/app');

    await waitFor(() => expect(api.find('GET', '/api/notifications/unread-count')).toHaveLength(1));
    const bell = await screen.findByRole('link', { name: 'Notifications' });
    expect(within(bell).queryByTestId('notification-count')).toBeNull();
  });

  it('asks again every 30 seconds: the count rises while the page stays open', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    try {
      let count = 0;
      const api = mockApi({
        'GET /api/auth/me': () => json(meFor('advisor')),
        'GET /api/notifications/unread-count': () => json({ count }),
      });
      renderApp('/app');
      expect(await screen.findByRole('link', { name: 'Notifications' })).toBeTruthy();
      const asked = api.find('GET', '/api/notifications/unread-count').length;

      count = 2;
      await act(async () => {
        jest.advanceTimersByTime(29_000);
      });
      expect(api.find('GET', '/api/notifications/unread-count')).toHaveLength(asked);
      await act(async () => {
        jest.advanceTimersByTime(1_500);
      });
      expect(await screen.findByRole('link', { name: 'Notifications, 2 non lues' })).toBeTruthy();
      expect(api.find('GET', '/api/notifications/unread-count')).toHaveLength(asked + 1);
    } finally {
      jest.useRealTimers();
    }
  });
});
