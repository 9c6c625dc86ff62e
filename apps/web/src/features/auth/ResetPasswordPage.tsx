import { isApiError } from '@essaim/api-client';
import { checkPassword } from '@essaim/domain';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { useConfirmPasswordReset } from '../../api/auth';
import { errorMessage, fieldErrors, fieldMessage, isFullyExplainedByFields } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

import { AuthLayout } from './AuthLayout';
import { PasswordField } from './PasswordField';

const FIELDS = ['password'] as const;

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmPasswordReset();
  const [password, setPassword] = useState('');
  const [localError, setLocalError] = useState<string | undefined>(undefined);
  const passwordRef = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = password === '' ? 'required' : checkPassword(password);
    const message = problem === null ? undefined : fieldMessage(t, 'password', problem);
    setLocalError(message);
    if (message !== undefined) {
      passwordRef.current?.focus();
      return;
    }
    confirm.mutate({ token, password }, { onError: () => passwordRef.current?.focus() });
  };

  const tokenRejected =
    isApiError(confirm.error) &&
    (confirm.error.code === 'invalid_token' ||
      confirm.error.details.some((detail) => detail.field === 'token'));

  let body;
  if (token === '') {
    body = <ErrorAlert title={t('auth.reset.missingToken')} />;
  } else if (confirm.isSuccess) {
    body = (
      <Alert color="essaim" variant="light" role="status">
        {t('auth.reset.done')}
      </Alert>
    );
  } else if (tokenRejected) {
    body = <ErrorAlert title={t('auth.reset.invalidToken')} />;
  } else {
    body = (
      <>
        <Text>{t('auth.reset.intro')}</Text>
        {confirm.isError && !isFullyExplainedByFields(confirm.error, FIELDS) && (
          <ErrorAlert title={errorMessage(t, confirm.error)} />
        )}
        <form onSubmit={onSubmit} noValidate>
          <PasswordField
            inputRef={passwordRef}
            label={t('auth.reset.password')}
            value={password}
            onChange={setPassword}
            error={localError ?? fieldErrors(t, confirm.error, FIELDS).password}
          />
          <Button type="submit" fullWidth mt="lg" loading={confirm.isPending}>
            {t('auth.reset.submit')}
          </Button>
        </form>
      </>
    );
  }

  return (
    <AuthLayout>
      <PageHeading>{t('auth.reset.title')}</PageHeading>
      {body}
      <Stack gap="xs">
        {confirm.isSuccess ? (
          <Button component={Link} to="/login" w="fit-content">
            {t('auth.reset.loginLink')}
          </Button>
        ) : (
          (token === '' || tokenRejected) && (
            <Anchor component={Link} to="/forgot-password">
              {t('auth.reset.requestNew')}
            </Anchor>
          )
        )}
        {!confirm.isSuccess && (
          <Anchor component={Link} to="/login">
            {t('auth.forgot.backToLogin')}
          </Anchor>
        )}
      </Stack>
    </AuthLayout>
  );
}
