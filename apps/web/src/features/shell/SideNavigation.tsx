import { navigationFor } from '@essaim/domain';
import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router';

import { useCurrentUser } from './current-user';

/** The screens of the user's role, from the shared permission map. */
export function SideNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  const isActive = (path: string) =>
    path === '/app'
      ? pathname.replace(/\/$/, '') === path
      : pathname === path || pathname.startsWith(`${path}/`);
  return (
    <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {navigationFor(me.role).map((item) => (
        <li key={item.key}>
          <NavLink
            component={RouterNavLink}
            to={item.path}
            end={item.path === '/app'}
            active={isActive(item.path)}
            label={t(`nav.${item.key}`)}
            onClick={onNavigate}
            variant="light"
            styles={{ label: { fontSize: 'var(--mantine-font-size-md)' } }}
          />
        </li>
      ))}
    </Stack>
  );
}
