import { isApiError } from '@essaim/api-client';
import { checkPassword } from '@essaim/domain';
import { Anchor, Button, Checkbox, Group, NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';

import { useMe, useSignup } from '../../api/auth';
import { errorMessage, fieldErrors, fieldMessage, isFullyExplainedByFields } from '../../api/errors';
import { useTerritories } from '../../api/public';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

import { AuthLayout } from './AuthLayout';
import { focusFirstInvalid, hasErrors, looksLikeEmail, safeNext } from './form-helpers';
import { PasswordField } from './PasswordField';

const FIELDS = ['firstName', 'lastName', 'email', 'password', 'territoryCode', 'acceptTerms'] as const;
type Field = (typeof FIELDS)[number];

export function SignupPage() {
  const { t } = useTranslation();
  const me = useMe();
  const territories = useTerritories();
  const signup = useSignup();
  const [params] = useSearchParams();
  // Back where the visitor was going, e.g. the invitation they opened before having an account.
  const next = safeNext(params.get('next'));

  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [chosenTerritory, setChosenTerritory] = useState<string | null>(null);
  const [acceptTerms, setAcceptTerms] = useState(false);
  const [localErrors, setLocalErrors] = useState<Partial<Record<Field, string>>>({});
  const firstNameRef = useRef<HTMLInputElement>(null);
  const lastNameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const territoryRef = useRef<HTMLSelectElement>(null);
  const termsRef = useRef<HTMLInputElement>(null);
  const focusFirst = (found: Partial<Record<Field, string>>) =>
    focusFirstInvalid(FIELDS, found, {
      firstName: firstNameRef,
      lastName: lastNameRef,
      email: emailRef,
      password: passwordRef,
      territoryCode: territoryRef,
      acceptTerms: termsRef,
    });

  if (me.data) return <Navigate to={next} replace />;

  // With a single territory there is nothing to choose.
  const territoryCode =
    chosenTerritory ?? (territories.data?.length === 1 ? (territories.data[0]?.code ?? '') : '');
  const errors = { ...fieldErrors(t, signup.error, FIELDS), ...localErrors };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (firstName.trim() === '') found.firstName = t('validation.required.firstName');
    if (lastName.trim() === '') found.lastName = t('validation.required.lastName');
    if (email.trim() === '') found.email = t('validation.required.email');
    else if (!looksLikeEmail(email)) found.email = fieldMessage(t, 'email', 'isEmail');
    if (password === '') found.password = t('validation.required.password');
    else {
      const problem = checkPassword(password, { email: email.trim() });
      if (problem !== null) found.password = fieldMessage(t, 'password', problem);
    }
    if (territoryCode === '') found.territoryCode = t('validation.required.territoryCode');
    if (!acceptTerms) found.acceptTerms = t('validation.required.acceptTerms');
    setLocalErrors(found);
    if (hasErrors(found)) {
      focusFirst(found);
      return;
    }
    signup.mutate(
      {
        firstName: firstName.trim(),
        lastName: lastName.trim(),
        email: email.trim(),
        password,
        territoryCode,
        acceptTerms: true,
      },
      {
        onError: (error) => {
          if (isApiError(error) && error.code === 'email_taken') emailRef.current?.focus();
          else focusFirst(fieldErrors(t, error, FIELDS));
        },
      },
    );
  };

  // An email already in use is a problem of the email field.
  const emailTaken = isApiError(signup.error) && signup.error.code === 'email_taken';
  const emailError = errors.email ?? (emailTaken ? t('validation.reasons.email_taken') : undefined);

  return (
    <AuthLayout>
      <PageHeading>{t('auth.signup.title')}</PageHeading>
      <Text>{t('auth.signup.intro')}</Text>
      {signup.isError && (
        <ErrorAlert
          title={
            emailTaken || isFullyExplainedByFields(signup.error, FIELDS)
              ? t('auth.signup.fixErrors')
              : errorMessage(t, signup.error)
          }
        />
      )}
      <Text size="sm">{t('auth.allRequired')}</Text>
      <form onSubmit={onSubmit} noValidate>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" mb="md">
          <TextInput
            ref={firstNameRef}
            label={t('auth.signup.firstName')}
            autoComplete="given-name"
            value={firstName}
            onChange={(event) => setFirstName(event.currentTarget.value)}
            error={errors.firstName}
            required
            withAsterisk={false}
          />
          <TextInput
            ref={lastNameRef}
            label={t('auth.signup.lastName')}
            autoComplete="family-name"
            value={lastName}
            onChange={(event) => setLastName(event.currentTarget.value)}
            error={errors.lastName}
            required
            withAsterisk={false}
          />
        </SimpleGrid>
        <TextInput
          ref={emailRef}
          label={t('auth.emailLabel')}
          type="email"
          inputMode="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={emailError}
          required
          withAsterisk={false}
          mb="md"
        />
        <PasswordField
          inputRef={passwordRef}
          label={t('auth.passwordLabel')}
          value={password}
          onChange={setPassword}
          email={email.trim()}
          error={errors.password}
        />
        <NativeSelect
          ref={territoryRef}
          label={t('auth.signup.territory')}
          description={t('auth.signup.territoryHint')}
          value={territoryCode}
          onChange={(event) => setChosenTerritory(event.currentTarget.value)}
          data={[
            { value: '', label: t('auth.signup.territoryPlaceholder'), disabled: true },
            ...(territories.data ?? []).map((territory) => ({
              value: territory.code,
              label: territory.name,
            })),
          ]}
          error={
            errors.territoryCode ??
            (territories.isError ? t('auth.signup.territoriesUnavailable') : undefined)
          }
          inputWrapperOrder={['label', 'description', 'input', 'error']}
          required
          withAsterisk={false}
          mt="md"
          mb="lg"
        />
        <Checkbox
          ref={termsRef}
          label={t('auth.signup.terms')}
          description={t('auth.signup.termsHint')}
          checked={acceptTerms}
          onChange={(event) => setAcceptTerms(event.currentTarget.checked)}
          error={errors.acceptTerms}
          required
        />
        <Button type="submit" fullWidth mt="xl" loading={signup.isPending}>
          {t('auth.signup.submit')}
        </Button>
      </form>
      <Group gap={6}>
        <Text>{t('auth.signup.haveAccount')}</Text>
        <Anchor component={Link} to="/login">
          {t('auth.signup.loginLink')}
        </Anchor>
      </Group>
    </AuthLayout>
  );
}
