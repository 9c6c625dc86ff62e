import { Anchor, AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { Logo } from '../../ui/Logo';
import { MAIN_CONTENT_ID, SkipLink } from '../../ui/SkipLink';
import { EmailConfirmationBanner } from '../notifications/EmailConfirmationBanner';
import { NotificationBell } from '../notifications/NotificationBell';

import { useCurrentUser } from './current-user';
import { SideNavigation } from './SideNavigation';
import { UserMenu } from './UserMenu';

const NAVBAR_ID = 'app-navigation';

/** One shell for every role: header, role navigation, main content. */
export function AppShellLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const territoryLabel = me.territory
    ? t('shell.territory', { name: me.territory.name })
    : t('shell.allTerritories');

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? t('shell.closeNav') : t('shell.openNav')}
              aria-expanded={navOpened}
              aria-controls={NAVBAR_ID}
            />
            <Anchor component={Link} to="/app" className="brand-link" aria-label={t('app.logoLabel')}>
              <Logo />
            </Anchor>
            <Text component="span" size="sm" visibleFrom="sm" c="dimmed" truncate maw={260}>
              {territoryLabel}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        p="md"
        id={NAVBAR_ID}
        aria-label={t('shell.navLabel')}
        className="app-navbar"
        data-collapsed-mobile={navOpened ? undefined : 'true'}
      >
        <Text size="sm" c="dimmed" hiddenFrom="sm" mb="sm">
          {territoryLabel}
        </Text>
        <SideNavigation onNavigate={closeNav} />
      </AppShell.Navbar>

      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <EmailConfirmationBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
