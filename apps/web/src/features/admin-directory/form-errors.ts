import { isApiError } from '@essaim/api-client';
import type { TFunction } from 'i18next';

export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}

/** The API's problem with one field (or one item of it, `communes.2`), in plain words. */
export function serverFieldError(t: TFunction, error: unknown, field: string): string | undefined {
  if (!isApiError(error) || error.code !== 'validation_failed') return undefined;
  const detail = error.details.find(
    (candidate) =>
      candidate.field === field ||
      candidate.field.startsWith(`${field}.`) ||
      candidate.field.startsWith(`${field}[`),
  );
  if (!detail) return undefined;
  return t([
    `adminDirectory.fieldProblems.${field}.${detail.reason}`,
    `adminDirectory.reasons.${detail.reason}`,
    `adminDirectory.fieldProblems.${field}.default`,
    'validation.generic',
  ]);
}

/** True when each problem of a validation error is shown under one of the form's fields. */
export function allExplainedByFields(error: unknown, fields: readonly string[]): boolean {
  return (
    isApiError(error) &&
    error.code === 'validation_failed' &&
    error.details.length > 0 &&
    error.details.every((detail) =>
      fields.some(
        (field) =>
          detail.field === field ||
          detail.field.startsWith(`${field}.`) ||
          detail.field.startsWith(`${field}[`),
      ),
    )
  );
}
