import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { errorMessage } from '../../api/errors';
import { useMarkAllRead, useMarkRead, useNotifications, type NotificationDto } from '../../api/notifications';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { pageFromParams, PagedResults } from '../../ui/PagedResults';
import { PageHeading } from '../../ui/PageHeading';
import { useCurrentUser } from '../shell/current-user';

import { accountMenuLinks } from './account-links';
import { useDateTime } from './date-time';
import { notificationTitle } from './notification-text';
import './i18n';

/** Only the app's own pages are followed; anything else opens the app's home. */
function safeLink(link: string): string {
  return link.startsWith('/') && !link.startsWith('//') ? link : '/app';
}

/** `/app/notifications`: what happened that concerns me, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const page = pageFromParams(params);
  const list = useNotifications(page);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const [markedCount, setMarkedCount] = useState<number | null>(null);
  const data = list.data;
  const hasSettings = accountMenuLinks(me.role).some((link) => link.to === '/app/settings/notifications');

  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        <PageHeading>{t('notifications.page.title')}</PageHeading>
        <Text>{t('notifications.page.intro')}</Text>
        {hasSettings && (
          <Text size="sm">
            {t('notifications.page.settingsHint')}{' '}
            <Anchor component={Link} to="/app/settings/notifications">
              {t('notifications.page.settingsLink')}
            </Anchor>
          </Text>
        )}
      </Stack>
      <Group gap="md">
        <Button
          variant="outline"
          onClick={() => {
            setMarkedCount(null);
            markAll.mutate(undefined, { onSuccess: (result) => setMarkedCount(result.count) });
          }}
          loading={markAll.isPending}
          disabled={!data || data.unreadCount === 0}
        >
          {t('notifications.page.markAll')}
        </Button>
        <div role="status" aria-live="polite">
          {markedCount !== null && (
            <Text size="sm">{t('notifications.page.markedAll', { count: markedCount })}</Text>
          )}
        </div>
      </Group>
      {markAll.isError && (
        <ErrorAlert title={t('notifications.page.markAllFailed')}>
          {errorMessage(t, markAll.error)}
        </ErrorAlert>
      )}
      {markRead.isError && (
        <ErrorAlert title={t('notifications.page.openFailed')}>{errorMessage(t, markRead.error)}</ErrorAlert>
      )}
      <PagedResults
        id="notification-results-title"
        search={list}
        page={page}
        onPage={(next) => setParams(next > 1 ? { page: String(next) } : {})}
        text={{
          title: t('notifications.page.resultsTitle'),
          loading: t('notifications.page.loading'),
          count: ({ total, unreadCount }) =>
            t('notifications.page.count', {
              count: total,
              unread: t('notifications.page.unread', { count: unreadCount }),
            }),
          noneCount: t('notifications.page.noneCount'),
          loadFailed: t('notifications.page.loadFailed'),
          pageGone: t('notifications.page.pageGone'),
          firstPage: t('notifications.page.firstPage'),
          paginationLabel: t('notifications.page.pagination'),
        }}
      >
        {data && data.total === 0 && (
          <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
            <Text>{t('notifications.page.empty')}</Text>
          </Paper>
        )}
        {data && data.items.length > 0 && (
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none', opacity: list.isPlaceholderData ? 0.6 : 1 }}
            aria-busy={list.isFetching}
          >
            {data.items.map((item) => (
              <NotificationItem
                key={item.id}
                notification={item}
                onOpen={() => {
                  if (!item.read) markRead.mutate(item.id);
                }}
              />
            ))}
          </Stack>
        )}
      </PagedResults>
    </Stack>
  );
}

function NotificationItem({ notification, onOpen }: { notification: NotificationDto; onOpen: () => void }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const unread = !notification.read;
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="md"
      data-unread={unread ? 'true' : undefined}
      style={{
        borderLeft: unread ? '4px solid var(--mantine-color-essaim-7)' : undefined,
        background: unread ? 'var(--mantine-color-essaim-0)' : undefined,
      }}
    >
      <Stack gap={4}>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {unread && (
            <Badge color="essaim" variant="filled" size="sm" style={{ flexShrink: 0 }}>
              {t('notifications.page.unreadMark')}
            </Badge>
          )}
          <Anchor
            component={Link}
            to={safeLink(notification.link)}
            onClick={onOpen}
            fw={unread ? 700 : 500}
            style={{ overflowWrap: 'anywhere' }}
          >
            {notificationTitle(t, notification)}
          </Anchor>
        </Group>
        <Text size="sm" c="dimmed" component="time" dateTime={notification.createdAt}>
          {dateTime(notification.createdAt)}
        </Text>
      </Stack>
    </Paper>
  );
}
