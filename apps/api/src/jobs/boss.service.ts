import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env';

/**
 * The one pg-boss instance of the process. Jobs can be sent at any time through the caller's
 * transaction (`sendInTransaction`), without starting it; `start()` opens its own small pool,
 * for the workers and schedules only. Its schema comes from a committed migration
 * (`migrate: false`).
 */
@Injectable()
export class BossService implements OnModuleDestroy {
  readonly boss: PgBoss;
  private started: Promise<void> | null = null;
  private readonly logger = new Logger(BossService.name);

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.boss = new PgBoss({
      connectionString: config.databaseUrl,
      application_name: 'essaim-jobs',
      max: config.jobs.poolSize,
      migrate: false,
      supervise: true,
      schedule: true,
      pollingIntervalSeconds: config.jobs.pollingIntervalSeconds,
    });
    // Without a listener, an error event would end the process.
    this.boss.on('error', (error: Error) => this.logger.error(`pg-boss: ${error.message}`));
  }

  /** Inserts a job in the transaction of `manager`: it exists only if that transaction commits. */
  async sendInTransaction(
    manager: EntityManager,
    name: string,
    data: object,
    options: PgBoss.SendOptions = {},
  ): Promise<string> {
    const db: PgBoss.Db = {
      executeSql: async (text, values) => ({ rows: await manager.query<unknown[]>(text, values) }),
    };
    const id = await this.boss.send(name, data, { ...options, db });
    if (!id) throw new Error(`The job queue "${name}" does not exist: run the migrations.`);
    return id;
  }

  /** Opens pg-boss's pool and starts its maintenance and clock; once. */
  start(): Promise<void> {
    this.started ??= this.boss.start().then(() => undefined);
    return this.started;
  }

  get isStarted(): boolean {
    return this.started !== null;
  }

  /** Before the database closes (its handlers use it). */
  async onModuleDestroy(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    // Lets running jobs finish (a mail being sent), then closes the pool.
    await this.boss.stop({ graceful: true, close: true, wait: true, timeout: 10_000 });
    this.started = null;
  }
}
