/** Stable error codes: the web app translates them, clients can rely on them. */
export const ERROR_STATUS = {
  validation_failed: 400,
  malformed_json: 400,
  bad_request: 400,
  invalid_token: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  email_unconfirmed: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetail {
  field: string;
  reason: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    /** Seconds, for 429 answers. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  static invalidField(field: string, reason: string, message: string): AppError {
    return new AppError('validation_failed', 'The request is not valid.', [{ field, reason, message }]);
  }
}

/** The answer for a record that does not exist or that the caller may not see: the same 404. */
export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} not found.`);
}
