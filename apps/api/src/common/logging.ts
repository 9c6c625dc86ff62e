import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { LevelWithSilent } from 'pino';
import { type HttpLogger, pinoHttp } from 'pino-http';

export const HTTP_LOGGER = Symbol('HTTP_LOGGER');

/**
 * Structured JSON logs with a request id. Requests are logged by method, path (no query
 * string: reset links carry tokens) and status; never headers, cookies, bodies or addresses.
 * Mounted by app.ts before any other middleware, so refused requests are logged too.
 */
export function createHttpLogger(level: string): HttpLogger {
  return pinoHttp<IncomingMessage, ServerResponse, never>({
    level,
    // Set by the request-id middleware, which runs first.
    genReqId: (request: IncomingMessage) => (typeof request.id === 'string' ? request.id : ''),
    serializers: {
      req: (request: { id: unknown; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        path: request.url.split('?')[0],
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    customLogLevel: (_request, response, error): LevelWithSilent =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: { ignore: (request) => request.url === '/api/health' },
  });
}

/** Nest's logger writes through the same pino instance, and reuses the request's child logger. */
export function loggerParams(httpLogger: HttpLogger): Params {
  return { pinoHttp: { logger: httpLogger.logger }, useExisting: true };
}
