import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A save refused because someone saved the same record in between (409): nothing was overwritten.
 * Reloading shows their version; the person then makes their changes again.
 */
export function ConflictAlert({
  message,
  onReload,
  reloading = false,
  title,
  reloadLabel,
}: {
  message: string;
  onReload: () => void;
  reloading?: boolean;
  title?: string;
  reloadLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" title={title ?? t('adminDirectory.conflict.title')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        <Button size="compact-md" onClick={onReload} loading={reloading}>
          {reloadLabel ?? t('adminDirectory.conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
