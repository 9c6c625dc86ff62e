import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ROLES, type Role } from '@essaim/domain';
import { Public } from '../common/access';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { DEMO_ACCOUNTS } from '../database/seed/demo-accounts';

export class DemoAccountDto {
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES }) role: Role;
}

export class MetaDto {
  @ApiProperty({ description: 'True when the installation runs with demo data.' }) demoMode: boolean;
  @ApiPropertyOptional() demoPassword?: string;
  @ApiProperty({ type: [DemoAccountDto] }) demoAccounts: DemoAccountDto[];
}

@ApiTags('meta')
@Controller('meta')
export class MetaController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** What the login page needs to know about this installation; demo accounts only in demo mode. */
  @Get()
  @Public()
  @ApiOkResponse({ type: MetaDto })
  meta(): MetaDto {
    if (!this.config.seedDemo) return { demoMode: false, demoAccounts: [] };
    return {
      demoMode: true,
      demoPassword: this.config.demoPassword,
      demoAccounts: DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })),
    };
  }
}
