import { Inject, Injectable, Logger, type OnApplicationBootstrap, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { MailDeliveryService, SMTP_CONNECTIONS } from '../mail/mail-delivery.service';
import { DigestService } from '../notifications/digest.service';
import { RemindersService } from '../notifications/reminders.service';
import { RetentionService } from '../notifications/retention.service';
import { SlaService } from '../notifications/sla.service';
import { BossService } from './boss.service';
import {
  MAIL_DELIVER,
  type MailDeliverJob,
  NEW_CASES_DIGEST,
  RETENTION,
  SCHEDULE_TZ,
  SLA_CHECK,
  TASK_REMINDERS,
} from './queues';

/** A scheduled service of the notifications module: does what is due at `now`, returns how many things it did. */
interface ScheduledTask {
  run(now: Date): Promise<number>;
}

/** Cron (Europe/Paris) → queue → service. */
const SCHEDULES: { queue: string; cron: string; service: Type<unknown> }[] = [
  { queue: TASK_REMINDERS, cron: '0 7 * * *', service: RemindersService },
  { queue: SLA_CHECK, cron: '0 * * * *', service: SlaService },
  { queue: NEW_CASES_DIGEST, cron: '0 8 * * *', service: DigestService },
  { queue: RETENTION, cron: '0 3 * * *', service: RetentionService },
];

/** Mail jobs fetched at once; a full batch fetches the next one at once rather than after the polling interval. */
const MAIL_BATCH = 50;
/** Mails of a batch sent at the same time: one per SMTP connection (each holds a connection of the deliveries' pool). */
const MAIL_CONCURRENCY = SMTP_CONNECTIONS;

/**
 * The workers: `mail-deliver` and the four schedules. Started once the database is migrated
 * (at boot when it already is, else by main.ts after the migrations), when `WORKERS` is not
 * `false`; `npm run worker` runs them without the HTTP server.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap {
  private starting: Promise<void> | null = null;
  private readonly logger = new Logger(JobsService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bossService: BossService,
    private readonly delivery: MailDeliveryService,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.jobs.workers && (await this.schemaInstalled())) await this.start();
  }

  /** Starts pg-boss, the workers and the schedules, once; nothing when `WORKERS=false`. */
  start(): Promise<void> {
    if (!this.config.jobs.workers) return Promise.resolve();
    this.starting ??= this.startWorkers();
    return this.starting;
  }

  private async startWorkers(): Promise<void> {
    await this.bossService.start();
    const boss = this.bossService.boss;
    const mailWorker: { id?: string } = {};
    mailWorker.id = await boss.work<MailDeliverJob>(
      MAIL_DELIVER,
      { batchSize: MAIL_BATCH, includeMetadata: true },
      async (jobs) => {
        await eachLimited(jobs, MAIL_CONCURRENCY, (job) => this.deliver(boss, job));
        if (jobs.length === MAIL_BATCH && mailWorker.id) boss.notifyWorker(mailWorker.id);
      },
    );
    for (const { queue, cron, service } of SCHEDULES) {
      await boss.schedule(queue, cron, {}, { tz: SCHEDULE_TZ, retryLimit: 2, retryDelay: 300 });
      await boss.work(queue, async () => {
        const task = this.moduleRef.get<unknown, ScheduledTask>(service, { strict: false });
        const done = await task.run(new Date());
        this.logger.log(`${queue}: ${done} done`);
        return { done };
      });
    }
    this.logger.log('Workers started: mail delivery and schedules.');
  }

  /** One mail job: a failure fails that job only (pg-boss retries it), not the whole batch. */
  private async deliver(boss: PgBoss, job: PgBoss.JobWithMetadata<MailDeliverJob>): Promise<void> {
    const lastAttempt = job.retryCount >= job.retryLimit;
    try {
      await this.delivery.deliver(job.data.mailId, lastAttempt);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await boss.fail(MAIL_DELIVER, job.id, { message });
    }
  }

  private async schemaInstalled(): Promise<boolean> {
    const [row] = await this.dataSource.query<{ installed: boolean }[]>(
      `SELECT to_regclass('pgboss.version') IS NOT NULL AS installed`,
    );
    return row?.installed === true;
  }
}

/** Runs `work` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
