import type { User } from '../users/user.entity';

declare module 'express-session' {
  interface SessionData {
    userId: string;
    /** Epoch ms of login: a session older than the absolute timeout ends whatever its activity. */
    loggedInAt: number;
  }
}

declare module 'express-serve-static-core' {
  interface Request {
    /** The logged-in user, loaded by the access guard. */
    user?: User;
    /** The session's user as the session store read it with the session (null: gone or disabled). */
    sessionUser?: { userId: string; user: User | null };
  }
}

export {};
