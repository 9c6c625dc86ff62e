import createClient, { type Client, type Middleware } from 'openapi-fetch';

import type { paths } from './schema';

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';

/** The stable error codes of the API's error body (`error`), plus the client's own `network_error`. */
export type ApiErrorCode =
  | 'validation_failed'
  | 'invalid_credentials'
  | 'too_many_requests'
  | 'unauthorized'
  | 'forbidden'
  | 'csrf_failed'
  | 'not_found'
  | 'conflict'
  | 'email_taken'
  | 'invalid_token'
  | 'internal_error'
  | 'network_error'
  | (string & Record<never, never>);

export interface ApiErrorDetail {
  /** The input field, possibly dotted (`territory.code`). */
  field: string;
  /** A stable reason such as `isEmail` or `too_short`. */
  reason: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: ApiErrorDetail[];
  readonly requestId: string | null;
  /** Seconds to wait before retrying, from `Retry-After` (429, 503). */
  readonly retryAfter: number | null;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    message: string;
    details?: ApiErrorDetail[];
    requestId?: string | null;
    retryAfter?: number | null;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
    this.requestId = init.requestId ?? null;
    this.retryAfter = init.retryAfter ?? null;
  }

  /** The first detail about a field, if the API sent one. */
  detailFor(field: string): ApiErrorDetail | undefined {
    return this.details.find((detail) => detail.field === field);
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

const CODE_BY_STATUS: Record<number, ApiErrorCode> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  429: 'too_many_requests',
};

/** `Retry-After` is either a number of seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (header == null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function isDetail(value: unknown): value is ApiErrorDetail {
  if (typeof value !== 'object' || value === null) return false;
  const { field, reason } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof reason === 'string';
}

/** Builds an ApiError from a failed response and its (already parsed) body, whatever its shape. */
export function toApiError(response: Response, body: unknown): ApiError {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code =
    typeof record['error'] === 'string'
      ? record['error']
      : (CODE_BY_STATUS[response.status] ?? (response.status >= 500 ? 'internal_error' : 'unknown_error'));
  const message =
    typeof record['message'] === 'string'
      ? record['message']
      : typeof body === 'string' && body !== ''
        ? body
        : `HTTP ${response.status}`;
  const details = Array.isArray(record['details'])
    ? record['details']
        .filter(isDetail)
        .map((d) => ({ field: d.field, reason: d.reason, message: String(d.message ?? '') }))
    : [];
  const requestId =
    typeof record['requestId'] === 'string' ? record['requestId'] : response.headers.get('x-request-id');
  return new ApiError({
    status: response.status,
    code,
    message,
    details,
    requestId,
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
  });
}

export function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const index = part.indexOf('=');
    if (index === -1) continue;
    if (part.slice(0, index).trim() === name) {
      const raw = part.slice(index + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/**
 * Double-submit CSRF: the API sets a readable `XSRF-TOKEN` cookie on every response and expects its
 * value back in a header on every unsafe method. When no response has set it yet (a first POST from
 * a page not served by the API), one cheap GET fetches it.
 */
function csrfMiddleware(baseUrl: string, doFetch: (input: Request) => Promise<Response>): Middleware {
  return {
    async onRequest({ request }) {
      if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
      let token = readCookie(CSRF_COOKIE);
      if (token == null && typeof document !== 'undefined') {
        await doFetch(new Request(`${baseUrl}/api/meta`, { credentials: 'same-origin' })).catch(
          () => undefined,
        );
        token = readCookie(CSRF_COOKIE);
      }
      if (token != null) request.headers.set(CSRF_HEADER, token);
      return request;
    },
  };
}

export type ApiClient = Client<paths>;

/**
 * The typed client of the Essaim API. `baseUrl` is '' in the browser (same origin); tests and
 * non-browser callers pass an absolute origin. `fetch` is looked up at call time so it can be mocked.
 */
export function createApiClient(
  baseUrl = '',
  options: { fetch?: (input: Request) => Promise<Response> } = {},
): ApiClient {
  const doFetch = options.fetch ?? ((input: Request) => globalThis.fetch(input));
  const client = createClient<paths>({
    baseUrl,
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
    fetch: doFetch,
  });
  client.use(csrfMiddleware(baseUrl, doFetch));
  return client;
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

async function settle<T>(pending: Promise<FetchResult<T>> | FetchResult<T>): Promise<FetchResult<T>> {
  try {
    return await pending;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    // fetch itself failed: offline, DNS, connection refused, CORS.
    throw new ApiError({
      status: 0,
      code: 'network_error',
      message: cause instanceof Error ? cause.message : 'Network error',
    });
  }
}

/** Returns the response body of a successful call, or throws an ApiError. */
export async function unwrap<T>(pending: Promise<FetchResult<T>> | FetchResult<T>): Promise<T> {
  const { data, error, response } = await settle(pending);
  if (!response.ok) throw toApiError(response, error);
  return data as T;
}

/** For calls whose success has no body (204, 202): resolves when the call succeeded, else throws an ApiError. */
export async function unwrapEmpty(
  pending: Promise<FetchResult<unknown>> | FetchResult<unknown>,
): Promise<void> {
  const { error, response } = await settle(pending);
  if (!response.ok) throw toApiError(response, error);
}
