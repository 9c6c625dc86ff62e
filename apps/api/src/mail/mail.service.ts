import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { BossService } from '../jobs/boss.service';
import { MAIL_DELIVER, type MailDeliverJob } from '../jobs/queues';
import { OutboxMail } from './outbox-mail.entity';

/** A mail to send; `renderMail` (layout.ts) makes its subject, text and html. */
export interface QueuedMail {
  to: string;
  /** A notification kind, `invitation`, `staff_invitation`, `password_reset`, `email_confirmation`… */
  kind: string;
  subject: string;
  text: string;
  html: string;
  /** The user it goes to, when it goes to a user of the app. */
  recipientId?: string | null;
  /** The territory whose admins see it if it cannot be delivered. */
  territoryId?: string | null;
  notificationId?: string | null;
  batchKey?: string | null;
  /** Not sent before this time (default: now). */
  notBefore?: Date;
}

/**
 * Mail goes through the outbox table, in the transaction of the change that causes it, with
 * the `mail-deliver` job that sends it: a rolled-back change sends nothing, a committed one is
 * sent by a worker (retried with backoff, the last failure recorded on the row).
 */
@Injectable()
export class MailService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: BossService,
  ) {}

  /** Writes the outbox row and its delivery job with `manager` (the caller's transaction); returns the row's id. */
  async queue(manager: EntityManager, mail: QueuedMail): Promise<string> {
    const notBefore = mail.notBefore ?? new Date();
    const [row] = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMail)
      .values({
        toAddress: mail.to,
        kind: mail.kind,
        subject: mail.subject.replace(/[\r\n]+/g, ' ').slice(0, 300),
        textBody: mail.text,
        htmlBody: mail.html,
        recipientId: mail.recipientId ?? null,
        territoryId: mail.territoryId ?? null,
        notificationId: mail.notificationId ?? null,
        batchKey: mail.batchKey ?? null,
        notBefore,
      })
      .returning(['id'])
      .execute()
      .then((result) => result.raw as { id: string }[]);
    if (!row) throw new Error('The outbox mail was not written.');
    const job: MailDeliverJob = { mailId: row.id };
    await this.jobs.sendInTransaction(manager, MAIL_DELIVER, job, {
      startAfter: notBefore,
      retryLimit: this.config.mail.retryLimit,
      retryDelay: this.config.mail.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: 5 * 60,
    });
    return row.id;
  }
}
