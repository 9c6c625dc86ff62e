import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { UsersModule } from '../users/users.module';
import { AdminUsersController } from './admin-users.controller';
import { AdminUsersService } from './admin-users.service';
import { PlatformTerritoriesController } from './platform-territories.controller';
import { PlatformTerritoriesService } from './platform-territories.service';
import { StaffInvitationsController } from './staff-invitations.controller';
import { StaffInvitationsService } from './staff-invitations.service';
import { TerritorySettingsController } from './territory-settings.controller';
import { TerritorySettingsService } from './territory-settings.service';

/** Staff accounts and their invitations, a territory's settings, the platform's territories. */
@Module({
  imports: [UsersModule, AuthModule, MailModule],
  controllers: [
    StaffInvitationsController,
    AdminUsersController,
    TerritorySettingsController,
    PlatformTerritoriesController,
  ],
  providers: [
    StaffInvitationsService,
    AdminUsersService,
    TerritorySettingsService,
    PlatformTerritoriesService,
  ],
})
export class StaffModule {}
