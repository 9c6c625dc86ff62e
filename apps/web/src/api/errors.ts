import { isApiError, type ApiError } from '@essaim/api-client';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@essaim/domain';
import type { TFunction } from 'i18next';

const KNOWN_CODES = new Set([
  'validation_failed',
  'invalid_credentials',
  'unauthorized',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'email_taken',
  'invalid_token',
  'email_unconfirmed',
  'internal_error',
  'network_error',
]);

const REQUIRED_REASONS = new Set(['isNotEmpty', 'isDefined', 'required', 'isString']);

export function retryAfterMinutes(error: ApiError): number {
  return Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60));
}

/** One sentence saying what went wrong and how to fix it, in the user's language. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown');
  if (error.code === 'too_many_requests' || error.status === 429) {
    return t('errors.too_many_requests', { count: retryAfterMinutes(error) });
  }
  const message = KNOWN_CODES.has(error.code) ? t(`errors.${error.code}`) : t('errors.unknown');
  if (error.status >= 500 && error.requestId) {
    return `${message} ${t('errors.reference', { requestId: error.requestId })}`;
  }
  return message;
}

/** The message for one field-level problem reported by the API (`details[]`) or found locally. */
export function fieldMessage(t: TFunction, field: string, reason: string): string {
  if (REQUIRED_REASONS.has(reason) || field === 'acceptTerms') {
    return t([`validation.required.${field}`, 'validation.generic']);
  }
  return t([`validation.reasons.${reason}`, 'validation.generic'], {
    min: PASSWORD_MIN_LENGTH,
    max: PASSWORD_MAX_LENGTH,
  });
}

/** Field messages of a validation error, restricted to the fields the form shows. */
export function fieldErrors<F extends string>(
  t: TFunction,
  error: unknown,
  fields: readonly F[],
): Partial<Record<F, string>> {
  const result: Partial<Record<F, string>> = {};
  if (!isApiError(error)) return result;
  for (const detail of error.details) {
    const field = fields.find((candidate) => candidate === detail.field);
    if (field !== undefined && result[field] === undefined)
      result[field] = fieldMessage(t, field, detail.reason);
  }
  return result;
}

/** True when every problem of the error is shown next to a field of the form. */
export function isFullyExplainedByFields(error: unknown, fields: readonly string[]): boolean {
  return (
    isApiError(error) &&
    error.code === 'validation_failed' &&
    error.details.length > 0 &&
    error.details.every((detail) => fields.includes(detail.field))
  );
}
