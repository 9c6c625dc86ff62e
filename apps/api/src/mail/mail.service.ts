import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { OutboxMail } from './outbox-mail.entity';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Mail goes through the outbox table, in the transaction of the change that causes it, so
 * that a rolled-back change sends nothing. Until SMTP is configured the mail is also shown
 * on the console, for local use.
 */
@Injectable()
export class MailService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async queue(manager: EntityManager, message: MailMessage): Promise<void> {
    await manager.insert(OutboxMail, {
      toAddress: message.to,
      subject: message.subject,
      textBody: message.text,
    });
    if (this.config.mailToConsole) {
      process.stdout.write(
        `\n----- mail (no SMTP_URL: kept in the outbox) -----\nTo: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n---------------------------------------------------\n`,
      );
    }
  }
}
