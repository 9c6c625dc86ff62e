import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { DigestService } from './digest.service';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationSettingsController, NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { RemindersService } from './reminders.service';
import { RetentionService } from './retention.service';
import { SlaService } from './sla.service';

/**
 * Notifications (docs/contracts/notifications.md): `notify` for the services whose changes
 * concern someone, the in-app API, and the scheduled checks the jobs module runs.
 */
@Module({
  imports: [MailModule],
  controllers: [NotificationsController, NotificationSettingsController],
  providers: [
    NotificationsService,
    NotificationInboxService,
    RemindersService,
    SlaService,
    DigestService,
    RetentionService,
  ],
  exports: [NotificationsService, RemindersService, SlaService, DigestService, RetentionService],
})
export class NotificationsModule {}
