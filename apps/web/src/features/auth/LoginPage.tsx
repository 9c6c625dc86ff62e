import { isApiError } from '@essaim/api-client';
import { Alert, Anchor, Button, Group, PasswordInput, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';

import { useLogin, useMe } from '../../api/auth';
import { errorMessage, fieldErrors, isFullyExplainedByFields, retryAfterMinutes } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

import { AuthLayout } from './AuthLayout';
import { DemoAccounts } from './DemoAccounts';
import { focusFirstInvalid, hasErrors, safeNext } from './form-helpers';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const location = useLocation();
  const next = safeNext(params.get('next'));
  const me = useMe();
  const login = useLogin();

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [localErrors, setLocalErrors] = useState<Partial<Record<Field, string>>>({});
  const [filledWith, setFilledWith] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const focusFirst = (found: Partial<Record<Field, string>>) =>
    focusFirstInvalid(FIELDS, found, { email: emailRef, password: passwordRef });
  const submitRef = useRef<HTMLButtonElement>(null);

  if (me.data) return <Navigate to={next} replace />;

  const serverErrors = fieldErrors(t, login.error, FIELDS);
  const errors = { ...serverErrors, ...localErrors };
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut === true;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (email.trim() === '') found.email = t('validation.required.email');
    if (password === '') found.password = t('validation.required.password');
    setLocalErrors(found);
    if (hasErrors(found)) {
      focusFirst(found);
      return;
    }
    login.mutate(
      { email: email.trim(), password },
      { onError: (error) => focusFirst(fieldErrors(t, error, FIELDS)) },
    );
  };

  const fillDemoAccount = (account: { email: string }, demoPassword: string) => {
    setEmail(account.email);
    setPassword(demoPassword);
    setLocalErrors({});
    login.reset();
    setFilledWith(account.email);
    submitRef.current?.focus();
  };

  return (
    <AuthLayout aside={<DemoAccounts onUse={fillDemoAccount} />}>
      <PageHeading>{t('auth.login.title')}</PageHeading>
      <Text>{t('auth.login.intro')}</Text>
      {loggedOut && !login.isError && (
        <Alert color="essaim" variant="light" role="status">
          {t('auth.login.loggedOut')}
        </Alert>
      )}
      {login.isError && <LoginError error={login.error} fields={FIELDS} />}
      <form onSubmit={onSubmit} noValidate>
        <TextInput
          ref={emailRef}
          label={t('auth.emailLabel')}
          type="email"
          autoComplete="username"
          inputMode="email"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.email}
          required
          withAsterisk={false}
          mb="md"
        />
        <PasswordInput
          ref={passwordRef}
          label={t('auth.passwordLabel')}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors.password}
          aria-invalid={errors.password !== undefined ? true : undefined}
          required
          withAsterisk={false}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.password.show') }}
          visibilityToggleFocusable
          mb="xs"
        />
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t('auth.login.forgot')}
        </Anchor>
        {filledWith !== null && (
          <Text size="sm" mt="sm" role="status">
            {t('auth.demo.filled', { email: filledWith })}
          </Text>
        )}
        <Button ref={submitRef} type="submit" fullWidth mt="lg" loading={login.isPending}>
          {t('auth.login.submit')}
        </Button>
      </form>
      <Group gap={6}>
        <Text>{t('auth.login.noAccount')}</Text>
        <Anchor component={Link} to="/signup">
          {t('auth.login.signupLink')}
        </Anchor>
      </Group>
    </AuthLayout>
  );
}

function LoginError({ error, fields }: { error: unknown; fields: readonly string[] }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.code === 'invalid_credentials') {
    return (
      <ErrorAlert title={t('auth.login.invalidCredentials')}>
        {t('auth.login.invalidCredentialsHint')}
      </ErrorAlert>
    );
  }
  if (isApiError(error) && error.status === 429) {
    return <ErrorAlert title={t('auth.login.tooManyAttempts', { count: retryAfterMinutes(error) })} />;
  }
  // Field problems are shown under the fields; say so once at the top too.
  if (isFullyExplainedByFields(error, fields)) return <ErrorAlert title={t('errors.validation_failed')} />;
  return <ErrorAlert title={errorMessage(t, error)} />;
}
