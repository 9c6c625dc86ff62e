import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useIsMutating, useMutationState } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';

import { useMe } from '../../api/auth';
import { logoutMutationKey } from '../../api/query-keys';
import { FullPageLoader } from '../../ui/FullPageLoader';

import { CurrentUserContext } from './current-user';

/** Renders its children for a logged-in user; sends anyone else to the login page, then back here. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const loggingOut = useIsMutating({ mutationKey: logoutMutationKey }) > 0;
  const loggedOut =
    useMutationState({ filters: { mutationKey: logoutMutationKey, status: 'success' } }).length > 0;

  if (me.isPending) return <FullPageLoader />;
  if (me.isError) {
    return (
      <Container size="sm" py="xl" component="main">
        <Stack>
          <Title order={1}>{t('loadError.title')}</Title>
          <Text>{t('loadError.body')}</Text>
          <Button onClick={() => void me.refetch()} w="fit-content">
            {t('common.retry')}
          </Button>
        </Stack>
      </Container>
    );
  }
  if (me.data === null) {
    if (loggingOut) return <FullPageLoader />;
    if (loggedOut) return <Navigate to="/login" replace state={{ loggedOut: true }} />;
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <CurrentUserContext.Provider value={me.data}>{children}</CurrentUserContext.Provider>;
}
