import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

import { usePageTitle } from '../../ui/page-title';

/** A page that failed to load (most often a code chunk gone after a deploy, or the network). */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('loadError.title'));
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <Container size="sm" py="xl" component="main">
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t('loadError.title')}</Title>
        <Text>{t('loadError.body')}</Text>
        <Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>
      </Stack>
    </Container>
  );
}
