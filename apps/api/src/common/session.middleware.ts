import { Inject, Injectable, Logger, type NestMiddleware, type OnModuleDestroy } from '@nestjs/common';
import connectPgSimple from 'connect-pg-simple';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { SESSION_COOKIE } from './sessions';

/**
 * Server-side sessions in PostgreSQL (table `user_session`), so several API instances share
 * them. The cookie is httpOnly, SameSite=Lax, Secure over HTTPS; it slides with activity
 * (idle timeout) and the access guard enforces the absolute timeout.
 */
@Injectable()
export class SessionMiddleware implements NestMiddleware, OnModuleDestroy {
  private readonly logger = new Logger('Sessions');
  private readonly pool: Pool;
  private readonly handler: RequestHandler;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pool = new Pool({ connectionString: config.databaseUrl, max: 5 });
    // An idle connection dropped by the server (restart, failover) must not crash the process.
    this.pool.on('error', (error) =>
      this.logger.warn({ err: { message: error.message } }, 'session pool connection lost'),
    );
    const PgStore = connectPgSimple(session);
    this.handler = session({
      name: SESSION_COOKIE,
      secret: config.sessionSecret,
      store: new PgStore({
        pool: this.pool,
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

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
