import { isApiError } from '@essaim/api-client';
import type { TFunction } from 'i18next';

/** The API's problem with one field of a staff form, in plain words; an email already used counts as one. */
export function staffFieldError(t: TFunction, error: unknown, field: string): string | undefined {
  if (!isApiError(error)) return undefined;
  if (field === 'email' && error.code === 'email_taken') return t('staff.fieldProblems.email.email_taken');
  const detail = error.details.find((candidate) => candidate.field === field);
  if (!detail) return undefined;
  return t([
    `staff.fieldProblems.${field}.${detail.reason}`,
    `staff.fieldProblems.${field}.default`,
    `validation.reasons.${detail.reason}`,
    'validation.generic',
  ]);
}

/** True when the error is shown in full next to the form's fields. */
export function explainedByFields(error: unknown, fields: readonly string[]): boolean {
  if (!isApiError(error)) return false;
  if (error.code === 'email_taken') return fields.includes('email');
  return (
    error.code === 'validation_failed' &&
    error.details.length > 0 &&
    error.details.every((detail) => fields.includes(detail.field))
  );
}
