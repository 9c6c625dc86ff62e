import { LOCALES, type Locale } from '@essaim/domain';
import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import { looksLikeEmail } from '../auth/form-helpers';

import { staffFieldError } from './staff-errors';

export const INVITEE_FIELDS = ['firstName', 'lastName', 'email'] as const;
export type InviteeField = (typeof INVITEE_FIELDS)[number];

export interface InviteeValues {
  firstName: string;
  lastName: string;
  email: string;
  locale: Locale;
}

export const NO_INVITEE: InviteeValues = { firstName: '', lastName: '', email: '', locale: 'fr' };

/** What the form can tell before asking the API. */
export function inviteeProblems(t: TFunction, values: InviteeValues): Partial<Record<InviteeField, string>> {
  const found: Partial<Record<InviteeField, string>> = {};
  if (values.firstName.trim() === '') found.firstName = t('staff.fieldProblems.firstName.required');
  if (values.lastName.trim() === '') found.lastName = t('staff.fieldProblems.lastName.required');
  if (values.email.trim() === '') found.email = t('staff.fieldProblems.email.required');
  else if (!looksLikeEmail(values.email)) found.email = t('staff.fieldProblems.email.isEmail');
  return found;
}

/** Name, email and mail language of the person invited. */
export function InviteeFields({
  values,
  onChange,
  localErrors,
  error,
  refs,
}: {
  values: InviteeValues;
  onChange: (values: InviteeValues) => void;
  localErrors: Partial<Record<InviteeField, string>>;
  error: unknown;
  refs: Record<InviteeField, RefObject<HTMLInputElement | null>>;
}) {
  const { t } = useTranslation();
  const errorOf = (field: InviteeField) => localErrors[field] ?? staffFieldError(t, error, field);
  const text = (field: InviteeField, label: string, extra: { type?: string; autoComplete?: string } = {}) => (
    <TextInput
      ref={refs[field]}
      label={label}
      value={values[field]}
      onChange={(event) => onChange({ ...values, [field]: event.currentTarget.value })}
      error={errorOf(field)}
      required
      maxLength={field === 'email' ? 320 : 100}
      autoComplete="off"
      {...extra}
    />
  );
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {text('firstName', t('staff.invite.firstName'))}
        {text('lastName', t('staff.invite.lastName'))}
      </SimpleGrid>
      {text('email', t('staff.invite.email'), { type: 'email' })}
      <NativeSelect
        label={t('staff.invite.locale')}
        description={t('staff.invite.localeHint')}
        inputWrapperOrder={['label', 'description', 'input', 'error']}
        value={values.locale}
        onChange={(event) => onChange({ ...values, locale: event.currentTarget.value as Locale })}
        data={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
      />
    </>
  );
}
