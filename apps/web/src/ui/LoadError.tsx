import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../api/errors';
import { ErrorAlert } from './ErrorAlert';

/** Something that could not be loaded: what went wrong, and a button to try again. */
export function LoadError({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <ErrorAlert title={title}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorMessage(t, error)}</Text>
        <Button variant="outline" size="compact-md" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Stack>
    </ErrorAlert>
  );
}
