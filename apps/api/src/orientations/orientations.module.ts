import { Module } from '@nestjs/common';
import { OrientationsController } from './orientations.controller';
import { OrientationsService } from './orientations.service';
import { NotificationsModule } from '../notifications/notifications.module';

@Module({
  imports: [NotificationsModule],
  controllers: [OrientationsController],
  providers: [OrientationsService],
})
export class OrientationsModule {}
