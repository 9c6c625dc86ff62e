import type { Request } from 'express';

/** The caller's address; behind a proxy, trusted only when TRUST_PROXY is set (Express's `trust proxy`). */
export function clientIp(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
