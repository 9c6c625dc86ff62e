import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import type { User } from '../users/user.entity';
import { TerritorySettingsDto, UpdateTerritorySettingsDto } from './dto/territory-settings.dto';
import { TerritorySettingsService } from './territory-settings.service';

@ApiTags('staff')
@Controller('admin/territory')
@RequirePermission('territory:manage')
export class TerritorySettingsController {
  constructor(private readonly settings: TerritorySettingsService) {}

  @Get()
  @ApiOkResponse({
    type: TerritorySettingsDto,
    description: 'Defaults filled in: 5 SLA days, 30 inactivity days.',
  })
  read(@CurrentUser() admin: User): Promise<TerritorySettingsDto> {
    return this.settings.read(admin);
  }

  @Patch()
  @ApiOkResponse({ type: TerritorySettingsDto })
  update(
    @CurrentUser() admin: User,
    @Body() body: UpdateTerritorySettingsDto,
  ): Promise<TerritorySettingsDto> {
    return this.settings.update(admin, body);
  }
}
