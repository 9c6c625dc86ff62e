import { isApiError } from '@essaim/api-client';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { errorMessage } from '../../api/errors';
import { useConfirmEmail } from '../../api/notifications';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { AuthLayout } from '../auth/AuthLayout';
import './i18n';

/** `/confirm-email?token=`: the link of the confirmation mail; confirms as soon as it opens. */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmEmail();
  const sent = useRef(false);

  useEffect(() => {
    // Once per visit, even when effects run twice (development).
    if (token === '' || sent.current) return;
    sent.current = true;
    confirm.mutate(token);
  }, [token, confirm]);

  const tokenRejected =
    isApiError(confirm.error) &&
    (confirm.error.code === 'invalid_token' ||
      confirm.error.details.some((detail) => detail.field === 'token'));

  let body;
  if (token === '') body = <ErrorAlert title={t('notifications.confirm.missingToken')} />;
  else if (confirm.isSuccess)
    body = (
      <Alert color="essaim" variant="light" role="status" title={t('notifications.confirm.done')}>
        <Button component={Link} to="/app" mt="xs">
          {t('notifications.confirm.goToApp')}
        </Button>
      </Alert>
    );
  else if (tokenRejected)
    body = (
      <ErrorAlert title={t('notifications.confirm.failed')}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('notifications.confirm.invalid')}</Text>
          <Button component={Link} to="/app" variant="outline" size="compact-md">
            {t('notifications.confirm.goToApp')}
          </Button>
        </Stack>
      </ErrorAlert>
    );
  else if (confirm.isError)
    body = (
      <ErrorAlert title={t('notifications.confirm.failed')}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{errorMessage(t, confirm.error)}</Text>
          <Button variant="outline" size="compact-md" onClick={() => confirm.mutate(token)}>
            {t('notifications.confirm.retry')}
          </Button>
        </Stack>
      </ErrorAlert>
    );
  else
    body = (
      <Text role="status" aria-live="polite">
        {t('notifications.confirm.confirming')}
      </Text>
    );

  return (
    <AuthLayout>
      <PageHeading>{t('notifications.confirm.pageTitle')}</PageHeading>
      {body}
    </AuthLayout>
  );
}
