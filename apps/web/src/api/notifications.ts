import { unwrap, unwrapEmpty, type components } from '@essaim/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from './client';
import { meQueryKey } from './query-keys';

// Notifications (issue 6, docs/contracts/notifications.md): the bell's count, the list, the email
// settings per kind; the mails of the outbox (platform admins, demo), the failed mails (territory
// admins); the email confirmation.

type Schemas = components['schemas'];

export type NotificationDto = Schemas['NotificationDto'];
export type NotificationPageDto = Schemas['NotificationPageDto'];
export type NotificationSettingDto = Schemas['NotificationSettingDto'];
export type OutboxMailDto = Schemas['OutboxMailDto'];
export type OutboxMailDetailDto = Schemas['OutboxMailDetailDto'];
export type MailFailureDto = Schemas['MailFailureDto'];

export const NOTIFICATIONS_PAGE_SIZE = 20;
/** How often the bell asks for the count while the page stays open. */
export const UNREAD_POLL_MS = 30_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
  list: (page: number) => ['notifications', 'list', page] as const,
  settings: ['notifications', 'settings'] as const,
  outbox: (page: number) => ['platform', 'mails', page] as const,
  outboxMail: (id: string) => ['platform', 'mails', 'one', id] as const,
  failures: (page: number) => ['admin', 'mail-failures', page] as const,
};

/** The bell's count: asked every 30 seconds, and again when the window comes back to the front. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: () => unwrap(api.GET('/api/notifications/unread-count')),
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
    select: (data) => data.count,
  });
}

export function useNotifications(page: number) {
  return useQuery({
    queryKey: notificationKeys.list(page),
    queryFn: () =>
      unwrap(
        api.GET('/api/notifications', {
          params: { query: { page, pageSize: NOTIFICATIONS_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** After a read: the list and the bell are asked again. */
function useRefreshNotifications() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
}

export function useMarkRead() {
  const refresh = useRefreshNotifications();
  return useMutation({
    mutationFn: (id: string) =>
      unwrapEmpty(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSettled: refresh,
  });
}

export function useMarkAllRead() {
  const refresh = useRefreshNotifications();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/notifications/read-all')),
    onSuccess: refresh,
  });
}

export function useNotificationSettings() {
  return useQuery({
    queryKey: notificationKeys.settings,
    queryFn: () => unwrap(api.GET('/api/me/notification-settings')),
  });
}

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: NotificationSettingDto[]) =>
      unwrap(api.PUT('/api/me/notification-settings', { body: { settings } })),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.settings, saved),
  });
}

// Mails: the outbox in demo mode (platform admins), the failed ones (territory admins)

export function useOutboxMails(page: number) {
  return useQuery({
    queryKey: notificationKeys.outbox(page),
    queryFn: () => unwrap(api.GET('/api/platform/mails', { params: { query: { page } } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useOutboxMail(id: string | null) {
  return useQuery({
    queryKey: notificationKeys.outboxMail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/platform/mails/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
  });
}

export function useMailFailures(page: number) {
  return useQuery({
    queryKey: notificationKeys.failures(page),
    queryFn: () => unwrap(api.GET('/api/admin/mail-failures', { params: { query: { page } } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

// Email confirmation

export function useConfirmEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => unwrapEmpty(api.POST('/api/auth/confirm-email', { body: { token } })),
    gcTime: 0,
    // Whoever is logged in on this browser may be the one just confirmed.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}

export function useResendConfirmation() {
  return useMutation({
    mutationFn: () => unwrapEmpty(api.POST('/api/auth/confirm-email/resend')),
  });
}
