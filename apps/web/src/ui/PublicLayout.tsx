import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

/** Header, main and footer landmarks around the pages anyone can see. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
      <SkipLink />
      <header className="public-header">
        <Container size="lg" py="sm">
          <Group justify="space-between" wrap="nowrap">
            <Anchor component={Link} to="/" className="brand-link" aria-label={t('app.logoLabel')}>
              <Logo />
            </Anchor>
            <Group gap="md" wrap="nowrap">
              <nav aria-label={t('directory.headerNavLabel')}>
                <Anchor component={Link} to="/directory" fw={600}>
                  {t('nav.directory')}
                </Anchor>
              </nav>
              <LanguageSwitch />
            </Group>
          </Group>
        </Container>
      </header>
      <Box component="main" id={MAIN_CONTENT_ID} tabIndex={-1} style={{ flex: 1 }}>
        <Outlet />
      </Box>
      <footer className="public-footer">
        <Container size="lg" py="md">
          <Text size="sm">{t('footer.text')}</Text>
        </Container>
      </footer>
    </Box>
  );
}
