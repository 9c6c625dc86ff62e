import { isApiError } from '@essaim/api-client';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { errorMessage } from '../../api/errors';
import { PageHeading } from '../../ui/PageHeading';

/** A project that cannot be shown: unknown or someone else's (404), or a failure worth retrying. */
export function ProjectLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const notFound = isApiError(error) && (error.status === 404 || error.status === 403);
  return (
    <Stack gap="md" align="flex-start" maw={720}>
      <PageHeading>{notFound ? t('projects.page.notFoundTitle') : t('projects.page.loadError')}</PageHeading>
      <Text>{notFound ? t('projects.page.notFoundBody') : errorMessage(t, error)}</Text>
      {!notFound && <Button onClick={onRetry}>{t('common.retry')}</Button>}
      <Anchor component={Link} to="/app/projects">
        {t('projects.page.backToProjects')}
      </Anchor>
    </Stack>
  );
}
