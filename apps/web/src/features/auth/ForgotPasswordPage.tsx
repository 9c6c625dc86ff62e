import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useRequestPasswordReset } from '../../api/auth';
import { errorMessage, fieldErrors, isFullyExplainedByFields } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

import { AuthLayout } from './AuthLayout';
import { looksLikeEmail } from './form-helpers';

const FIELDS = ['email'] as const;

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [localError, setLocalError] = useState<string | undefined>(undefined);
  const emailRef = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem =
      email.trim() === ''
        ? t('validation.required.email')
        : looksLikeEmail(email)
          ? undefined
          : t('validation.reasons.isEmail');
    setLocalError(problem);
    if (problem !== undefined) {
      emailRef.current?.focus();
      return;
    }
    request.mutate({ email: email.trim() }, { onError: () => emailRef.current?.focus() });
  };

  const again = () => {
    request.reset();
    setEmail('');
  };

  return (
    <AuthLayout>
      <PageHeading>{t('auth.forgot.title')}</PageHeading>
      {request.isSuccess ? (
        <Stack gap="md">
          <Alert color="essaim" variant="light" role="status" title={t('auth.forgot.sent')}>
            {t('auth.forgot.sentHint')}
          </Alert>
          <Button variant="outline" onClick={again} w="fit-content">
            {t('auth.forgot.again')}
          </Button>
        </Stack>
      ) : (
        <>
          <Text>{t('auth.forgot.intro')}</Text>
          {request.isError && !isFullyExplainedByFields(request.error, FIELDS) && (
            <ErrorAlert title={errorMessage(t, request.error)} />
          )}
          <form onSubmit={onSubmit} noValidate>
            <TextInput
              ref={emailRef}
              label={t('auth.emailLabel')}
              type="email"
              inputMode="email"
              autoComplete="email"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={localError ?? fieldErrors(t, request.error, FIELDS).email}
              required
              withAsterisk={false}
            />
            <Button type="submit" fullWidth mt="lg" loading={request.isPending}>
              {t('auth.forgot.submit')}
            </Button>
          </form>
        </>
      )}
      <Anchor component={Link} to="/login">
        {t('auth.forgot.backToLogin')}
      </Anchor>
    </AuthLayout>
  );
}
