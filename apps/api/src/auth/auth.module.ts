import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { EmailConfirmationService } from './email-confirmation.service';
import { AuthService } from './auth.service';
import { PasswordsService } from './passwords.service';
import { RateLimiterService } from './rate-limiter.service';

@Module({
  imports: [UsersModule, MailModule],
  controllers: [AuthController],
  providers: [AuthService, EmailConfirmationService, PasswordsService, RateLimiterService],
  exports: [PasswordsService],
})
export class AuthModule {}
