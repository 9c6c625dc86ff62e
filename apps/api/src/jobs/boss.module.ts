import { Module } from '@nestjs/common';
import { BossService } from './boss.service';

/** pg-boss itself, for whoever sends jobs (the mail outbox); the workers live in `JobsModule`. */
@Module({ providers: [BossService], exports: [BossService] })
export class BossModule {}
