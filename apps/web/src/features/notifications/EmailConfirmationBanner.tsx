import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../../api/errors';
import { useResendConfirmation } from '../../api/notifications';
import { useCurrentUser } from '../shell/current-user';
import './i18n';

/** For a holder whose address is not confirmed yet: why it matters, and a new link on demand. */
export function EmailConfirmationBanner() {
  const me = useCurrentUser();
  if (me.role !== 'holder' || me.emailConfirmed) return null;
  return <Banner email={me.email} />;
}

function Banner({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useResendConfirmation();
  return (
    <Alert
      color="yellow"
      variant="light"
      title={t('notifications.confirm.bannerTitle')}
      // The light yellow's own title colour is too pale on its background (WCAG AA).
      styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}
      mb="lg"
      // A lasting reminder, not an alert: a region screen readers can find, announced once.
      role="region"
      aria-label={t('notifications.confirm.bannerTitle')}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('notifications.confirm.bannerBody', { email })}</Text>
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
          {resend.isSuccess && <Text size="sm">{t('notifications.confirm.resent', { email })}</Text>}
        </div>
        {resend.isError && (
          <Text role="alert" size="sm" c="red.9">
            {t('notifications.confirm.resendFailed')} — {errorMessage(t, resend.error)}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
