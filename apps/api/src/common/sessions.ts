import type { Request } from 'express';
import type { EntityManager } from 'typeorm';

export const SESSION_COOKIE = 'essaim.sid';

export function destroySession(request: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    request.session.destroy((error) => (error ? reject(toError(error)) : resolve())),
  );
}

/** A new session id at login, so an id planted before login is worth nothing after. */
function regenerateSession(request: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    request.session.regenerate((error) => (error ? reject(toError(error)) : resolve())),
  );
}

/** Logs the user in on this request: a fresh session id, then the user and the time of login. */
export async function startUserSession(request: Request, userId: string): Promise<void> {
  await regenerateSession(request);
  request.session.userId = userId;
  request.session.loggedInAt = Date.now();
  await saveSession(request);
}

function saveSession(request: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    request.session.save((error) => (error ? reject(toError(error)) : resolve())),
  );
}

/** Ends every session of the user at once, on every instance (the store is the `user_session` table). */
export async function endSessionsOf(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`DELETE FROM user_session WHERE sess->>'userId' = $1`, [userId]);
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
