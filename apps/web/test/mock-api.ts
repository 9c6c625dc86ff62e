import type { MeDto } from '@essaim/api-client';
import type { Role } from '@essaim/domain';

export type Handler = (request: Request) => Response | Promise<Response>;

export function json(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

export function apiError(
  status: number,
  error: string,
  extra: {
    details?: { field: string; reason: string; message: string }[];
    headers?: Record<string, string>;
  } = {},
): Response {
  return json(
    { statusCode: status, error, message: error, details: extra.details, requestId: 'req-test' },
    { status, headers: extra.headers },
  );
}

export function meFor(role: Role, overrides: Partial<MeDto> = {}): MeDto {
  return {
    id: `user-${role}`,
    email: `${role}@example.org`,
    firstName: 'Camille',
    lastName: 'Martin',
    role,
    locale: 'fr',
    territory: role === 'platform_admin' ? null : { code: 'pdl', name: 'Pays de la Loire' },
    organisation: null,
    operatorStaff: role === 'territory_admin' || role === 'advisor',
    emailConfirmed: true,
    ...overrides,
  };
}

const DEFAULT_HANDLERS: Record<string, Handler> = {
  'GET /api/auth/me': () => apiError(401, 'unauthorized'),
  'GET /api/meta': () => json({ demoMode: false, demoAccounts: [] }),
  'GET /api/territories': () =>
    json([{ code: 'pdl', name: 'Pays de la Loire', departements: ['44', '49', '53', '72', '85'] }]),
};

/** Replaces `fetch` with a router of "METHOD /path" → handler; unknown routes answer 404. */
export function mockApi(handlers: Record<string, Handler> = {}) {
  const requests: Request[] = [];
  const all = { ...DEFAULT_HANDLERS, ...handlers };
  const fetchMock = jest.fn(async (input: Request) => {
    requests.push(input);
    const key = `${input.method} ${new URL(input.url).pathname}`;
    const handler = all[key];
    return handler ? handler(input) : apiError(404, 'not_found');
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  const find = (method: string, path: string) =>
    requests.filter((request) => request.method === method && new URL(request.url).pathname === path);
  return { fetchMock, requests, find };
}
