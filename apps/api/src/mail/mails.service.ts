import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/env';
import type { User } from '../users/user.entity';
import type {
  MailFailurePageDto,
  OutboxMailDetailDto,
  OutboxMailDto,
  OutboxMailPageDto,
} from './dto/mail.dto';
import { OutboxMail } from './outbox-mail.entity';

const PAGE_SIZE = 20;

/** Reading the outbox: every mail for the platform admins in the demo, failures for a territory's admins. */
@Injectable()
export class MailsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Only without SMTP (the demo): with real delivery, mails are the recipients' business. */
  async list(page: number): Promise<OutboxMailPageDto> {
    this.assertDemo();
    const [rows, total] = await this.dataSource.getRepository(OutboxMail).findAndCount({
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    });
    return { items: rows.map(toDto), total, page, pageSize: PAGE_SIZE };
  }

  async get(id: string): Promise<OutboxMailDetailDto> {
    this.assertDemo();
    const mail = await this.dataSource.getRepository(OutboxMail).findOneBy({ id });
    if (!mail) throw notFound('Mail');
    return { ...toDto(mail), text: mail.textBody, html: mail.htmlBody };
  }

  /** The territory admin's own territory only. */
  async failures(admin: User, page: number): Promise<MailFailurePageDto> {
    if (!admin.territoryId) throw new AppError('forbidden', 'Your account belongs to no territory.');
    const [rows, total] = await this.dataSource.getRepository(OutboxMail).findAndCount({
      where: { territoryId: admin.territoryId, status: 'failed' },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    });
    return {
      items: rows.map((mail) => ({
        id: mail.id,
        to: mail.toAddress,
        kind: mail.kind,
        subject: mail.subject,
        attempts: mail.attempts,
        lastError: mail.lastError,
        createdAt: mail.createdAt.toISOString(),
      })),
      total,
      page,
      pageSize: PAGE_SIZE,
    };
  }

  private assertDemo(): void {
    if (this.config.smtpUrl) throw notFound('Mail list (mail is delivered through SMTP)');
  }
}

function toDto(mail: OutboxMail): OutboxMailDto {
  return {
    id: mail.id,
    to: mail.toAddress,
    kind: mail.kind,
    subject: mail.subject,
    status: mail.status,
    createdAt: mail.createdAt.toISOString(),
    sentAt: mail.sentAt?.toISOString() ?? null,
  };
}
