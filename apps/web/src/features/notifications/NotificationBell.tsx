import { ActionIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useUnreadCount } from '../../api/notifications';
import './i18n';

/** The most the badge writes; beyond, "99+" (the accessible name keeps the exact count). */
const BADGE_MAX = 99;

/** The bell of the shell's header: how many notifications are unread, and the way to them. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  const label = count > 0 ? t('notifications.bell.labelUnread', { count }) : t('notifications.bell.label');

  return (
    <ActionIcon
      component={Link}
      to="/app/notifications"
      variant="subtle"
      color="dark"
      size={42}
      radius="xl"
      aria-label={label}
      title={label}
      style={{ position: 'relative', overflow: 'visible' }}
    >
      <svg
        width="22"
        height="22"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span
          aria-hidden="true"
          data-testid="notification-count"
          style={{
            position: 'absolute',
            top: 2,
            right: 0,
            minWidth: 20,
            height: 20,
            padding: '0 5px',
            borderRadius: 10,
            background: 'var(--mantine-color-red-9)',
            color: 'var(--mantine-color-white)',
            fontSize: 12,
            fontWeight: 700,
            lineHeight: '20px',
            textAlign: 'center',
          }}
        >
          {count > BADGE_MAX ? t('notifications.bell.more') : count}
        </span>
      )}
    </ActionIcon>
  );
}
