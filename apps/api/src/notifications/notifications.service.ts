import { Inject, Injectable } from '@nestjs/common';
import { MESSAGE_MAIL_BATCH_MINUTES, type NotificationKind } from '@essaim/domain';
import { type EntityManager, In } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { MailService } from '../mail/mail.service';
import { User } from '../users/user.entity';
import { notificationMail, type NotificationParams } from './notification-mails';
import { NotificationPreference } from './notification-preference.entity';
import { Notification } from './notification.entity';

export interface NotifyInput {
  kind: NotificationKind;
  /** Who it concerns; duplicates, inactive accounts and the actor are left out. */
  recipientIds: readonly (string | null | undefined)[];
  /** A path of the web app, such as `/app/cases/<id>`. */
  link: string;
  params: NotificationParams;
  caseId?: string | null;
  territoryId: string | null;
  /** Who caused it: never notified, whatever `recipientIds` says. */
  actorId?: string;
}

const BATCH_MS = MESSAGE_MAIL_BATCH_MINUTES * 60_000;

/**
 * Writes notifications, in the transaction of the change that causes them: one row per
 * recipient (shown in the app at once), and a mail in their locale unless they turned email off
 * for the kind (docs/contracts/notifications.md).
 */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  async notify(manager: EntityManager, input: NotifyInput): Promise<void> {
    const ids = [
      ...new Set(input.recipientIds.filter((id): id is string => typeof id === 'string' && id !== '')),
    ].filter((id) => id !== input.actorId);
    if (ids.length === 0) return;
    const recipients = await manager.find(User, {
      where: { id: In(ids), status: 'active' },
      select: { id: true, email: true, firstName: true, locale: true },
      order: { id: 'ASC' },
    });
    if (recipients.length === 0) return;
    const silenced = new Set(
      (
        await manager.find(NotificationPreference, {
          where: { userId: In(recipients.map((user) => user.id)), kind: input.kind, email: false },
          select: { userId: true },
        })
      ).map((preference) => preference.userId),
    );
    for (const recipient of recipients) {
      const { identifiers } = await manager.insert(Notification, {
        recipientId: recipient.id,
        territoryId: input.territoryId,
        kind: input.kind,
        link: input.link,
        params: input.params,
        caseId: input.caseId ?? null,
      });
      if (silenced.has(recipient.id)) continue;
      const notificationId = String(identifiers[0]?.['id']);
      await this.queueMail(manager, input, recipient, notificationId);
    }
  }

  private async queueMail(
    manager: EntityManager,
    input: NotifyInput,
    recipient: User,
    notificationId: string,
  ): Promise<void> {
    let batchKey: string | undefined;
    let notBefore: Date | undefined;
    if (input.kind === 'message_received' && input.caseId) {
      batchKey = `message:${input.caseId}:${recipient.id}`;
      const batch = await this.batchSlot(manager, batchKey);
      if (batch === 'pending') return;
      notBefore = batch ?? undefined;
    }
    const rendered = notificationMail(
      input.kind,
      recipient.locale,
      { ...input.params, firstName: recipient.firstName },
      `${this.config.appUrl}${input.link}`,
    );
    await this.mail.queue(manager, {
      to: recipient.email,
      kind: input.kind,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      recipientId: recipient.id,
      territoryId: input.territoryId ?? undefined,
      notificationId,
      batchKey,
      notBefore,
    });
  }

  /**
   * For a message thread's mail: `pending` when one of the key still waits (no new mail), else
   * when the next one may leave (10 minutes after the last one sent, if that is still ahead), or
   * null (at once). The key is locked for the transaction, so that two messages posted together
   * do not both find no pending mail.
   */
  private async batchSlot(manager: EntityManager, batchKey: string): Promise<'pending' | Date | null> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 6))`, [batchKey]);
    const [row]: { pending: boolean; last_sent: Date | null }[] = await manager.query(
      `SELECT bool_or(status = 'pending') AS pending,
              max(COALESCE(sent_at, created_at)) FILTER (WHERE status IN ('sent', 'console')) AS last_sent
         FROM outbox_mail WHERE batch_key = $1`,
      [batchKey],
    );
    if (row?.pending) return 'pending';
    if (!row?.last_sent) return null;
    const next = new Date(row.last_sent.getTime() + BATCH_MS);
    return next.getTime() > Date.now() ? next : null;
  }
}
