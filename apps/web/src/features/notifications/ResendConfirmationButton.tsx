import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../../api/errors';
import { useResendConfirmation } from '../../api/notifications';
import { useCurrentUser } from '../shell/current-user';
import './i18n';

/** "Renvoyer le lien", where an unconfirmed address stops something (the diagnostic's submit). */
export function ResendConfirmationButton() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const resend = useResendConfirmation();
  return (
    <Stack gap="xs" align="flex-start" mt="sm">
      <Button
        variant="outline"
        size="compact-md"
        onClick={() => resend.mutate()}
        loading={resend.isPending}
        disabled={resend.isSuccess}
      >
        {t('notifications.confirm.resend')}
      </Button>
      <div role="status" aria-live="polite">
        {resend.isSuccess && <Text size="sm">{t('notifications.confirm.resent', { email: me.email })}</Text>}
      </div>
      {resend.isError && (
        <Text size="sm" c="red.9">
          {t('notifications.confirm.resendFailed')} — {errorMessage(t, resend.error)}
        </Text>
      )}
    </Stack>
  );
}
