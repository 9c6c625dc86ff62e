import type { Request } from 'express';

export const SESSION_COOKIE = 'essaim.sid';

export function destroySession(request: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    request.session.destroy((error) => (error ? reject(toError(error)) : resolve())),
  );
}

/** A new session id at login, so an id planted before login is worth nothing after. */
export function regenerateSession(request: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    request.session.regenerate((error) => (error ? reject(toError(error)) : resolve())),
  );
}

export function saveSession(request: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    request.session.save((error) => (error ? reject(toError(error)) : resolve())),
  );
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
