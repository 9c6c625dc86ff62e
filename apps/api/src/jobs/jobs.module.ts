import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { BossModule } from './boss.module';
import { JobsService } from './jobs.service';

/**
 * Background jobs on pg-boss (docs/contracts/notifications.md, Jobs): mail delivery and the
 * scheduled checks of the notifications module, found by class in the application.
 */
@Module({ imports: [BossModule, MailModule], providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
