import { Anchor, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { PageHeading } from '../../ui/PageHeading';

/** Unknown addresses, inside the shell (back to /app) and outside it (back to /). */
export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const home = pathname === '/app' || pathname.startsWith('/app/') ? '/app' : '/';
  return (
    <Container
      size="sm"
      py={home === '/' ? 'xl' : 0}
      px={home === '/' ? 'md' : 0}
      mx={home === '/' ? 'auto' : 0}
    >
      <Stack gap="md" align="flex-start">
        <PageHeading>{t('notFound.title')}</PageHeading>
        <Text>{t('notFound.body')}</Text>
        <Anchor component={Link} to={home}>
          {t('notFound.backHome')}
        </Anchor>
      </Stack>
    </Container>
  );
}
