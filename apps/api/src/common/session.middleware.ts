import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import connectPgSimple from 'connect-pg-simple';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { User } from '../users/user.entity';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { poolOf, preparedQuery } from '../database/prepared-statement';
import {
  SESSION_USER_COLUMNS,
  SESSION_USER_JOINS,
  type SessionUserRow,
  sessionUserFromRow,
} from '../users/users.service';
import { SESSION_COOKIE } from './sessions';

/**
 * Server-side sessions in PostgreSQL (table `user_session`), so several API instances share
 * them. The cookie is httpOnly, SameSite=Lax, Secure over HTTPS; it slides with activity
 * (idle timeout) and the access guard enforces the absolute timeout.
 */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  private readonly handler: RequestHandler;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @InjectDataSource() dataSource: DataSource) {
    // The web requests' pool: a separate one would only add connections for PostgreSQL to juggle.
    const pool = poolOf(dataSource);
    const PgStore = withSessionUser(throttledTouch(connectPgSimple(session)), pool);
    this.handler = session({
      name: SESSION_COOKIE,
      secret: config.sessionSecret,
      store: new PgStore({
        pool,
        tableName: 'user_session',
        createTableIfMissing: false,
        pruneSessionInterval: false,
      }),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      proxy: config.trustProxy,
      cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: config.sessionIdleMs, path: '/' },
    });
  }

  use(request: Request, response: Response, next: NextFunction): void {
    this.handler(request, response, next);
  }
}

/** How often one instance pushes a session's expiry forward, at most. */
const TOUCH_INTERVAL_MS = 60_000;
const TOUCHED_REMEMBERED = 50_000;

type PgStoreClass = ReturnType<typeof connectPgSimple>;

/**
 * The idle timeout slides on every request, but writing the new expiry every time costs an
 * UPDATE per request: each instance writes it at most once a minute per session, so a session
 * may end up to a minute before its cookie says.
 */
function throttledTouch(Store: PgStoreClass): PgStoreClass {
  return class ThrottledTouchStore extends Store {
    private readonly touchedAt = new Map<string, number>();

    override touch(sid: string, data: session.SessionData, callback?: () => void): void {
      const now = Date.now();
      const last = this.touchedAt.get(sid);
      if (last !== undefined && now - last < TOUCH_INTERVAL_MS) {
        callback?.();
        return;
      }
      if (this.touchedAt.size >= TOUCHED_REMEMBERED) this.touchedAt.clear();
      this.touchedAt.set(sid, now);
      super.touch(sid, data, callback);
    }
  };
}

/**
 * Reads the session and its active user in one statement: the access guard then needs no query of
 * its own (every logged-in request saves a round trip). The user travels on the request
 * (`request.sessionUser`), never in the stored session.
 */
function withSessionUser(Store: PgStoreClass, pool: Pool): PgStoreClass {
  return class SessionUserStore extends Store {
    private readonly loaded = new WeakMap<object, User | null>();

    override get(
      sid: string,
      callback: (error: unknown, session?: session.SessionData | null) => void,
    ): void {
      // Prepared: every logged-in request runs it, and planning it cost ten times running it.
      preparedQuery<SessionUserRow & { sess: session.SessionData }>(
        pool,
        `SELECT s.sess, ${SESSION_USER_COLUMNS}
           FROM user_session s
           LEFT JOIN app_user u ON u.id = (s.sess->>'userId')::uuid AND u.status = 'active'
           ${SESSION_USER_JOINS}
          WHERE s.sid = $1 AND s.expire >= now()`,
        [sid],
      ).then(([row]) => {
        if (!row) return callback(null, null);
        this.loaded.set(row.sess, row.id === null ? null : sessionUserFromRow(row));
        callback(null, row.sess);
      }, callback);
    }

    override createSession(
      request: Request,
      data: session.SessionData,
    ): session.Session & session.SessionData {
      if (this.loaded.has(data)) request.sessionUser = { userId: data.userId, user: this.loaded.get(data)! };
      return super.createSession(request, data);
    }
  };
}
