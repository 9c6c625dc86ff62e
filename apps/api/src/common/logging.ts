import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';

/**
 * Structured JSON logs with a request id. Requests are logged by method, path (no query
 * string: reset links carry tokens) and status; never headers, cookies, bodies or addresses.
 */
export function loggerParams(level: string): Params {
  return {
    pinoHttp: {
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
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (request) => request.url === '/api/health' },
    },
  };
}
