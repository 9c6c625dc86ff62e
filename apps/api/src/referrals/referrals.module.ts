import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { DocumentsModule } from '../documents/documents.module';
import { uploadOptions } from '../documents/upload';
import { StorageModule } from '../storage/storage.module';
import { MAX_ANSWER_FILES } from './dto/referral.dto';
import { FundingCriteriaController } from './funding-criteria.controller';
import { FundingCriteriaService } from './funding-criteria.service';
import { ReferralStepsService } from './referral-steps.service';
import { ReferralsController } from './referrals.controller';
import { ReferralsService } from './referrals.service';
import { NotificationsModule } from '../notifications/notifications.module';

/** An answer carries up to five files and a body of up to 5 000 characters. */
function answerUploadOptions(config: AppConfig) {
  const options = uploadOptions(config);
  return { ...options, limits: { ...options.limits, files: MAX_ANSWER_FILES, fieldSize: 32 * 1024 } };
}

@Module({
  imports: [
    NotificationsModule,
    DocumentsModule,
    StorageModule,
    MulterModule.registerAsync({ inject: [APP_CONFIG], useFactory: answerUploadOptions }),
  ],
  controllers: [ReferralsController, FundingCriteriaController],
  providers: [ReferralsService, ReferralStepsService, FundingCriteriaService],
})
export class ReferralsModule {}
