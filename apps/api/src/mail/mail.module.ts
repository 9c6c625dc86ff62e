import { Module } from '@nestjs/common';
import { BossModule } from '../jobs/boss.module';
import { MailDeliveryService } from './mail-delivery.service';
import { MailService } from './mail.service';
import { MailFailuresController, PlatformMailsController } from './mails.controller';
import { MailsService } from './mails.service';

@Module({
  imports: [BossModule],
  controllers: [PlatformMailsController, MailFailuresController],
  providers: [MailService, MailDeliveryService, MailsService],
  exports: [MailService, MailDeliveryService],
})
export class MailModule {}
