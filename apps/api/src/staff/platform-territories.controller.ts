import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import type { User } from '../users/user.entity';
import { InviteeDto, UserAdminDto } from './dto/staff.dto';
import { CreateTerritoryDto, PlatformTerritoryDto, UpdateTerritoryDto } from './dto/territory-settings.dto';
import { PlatformTerritoriesService } from './platform-territories.service';

/** The operator of the installation: its territories and their admins. */
@ApiTags('platform')
@Controller('platform/territories')
@RequirePermission('platform:manage')
export class PlatformTerritoriesController {
  constructor(private readonly territories: PlatformTerritoriesService) {}

  @Get()
  @ApiOkResponse({ type: [PlatformTerritoryDto], description: 'By name.' })
  list(): Promise<PlatformTerritoryDto[]> {
    return this.territories.list();
  }

  @Post()
  @ApiCreatedResponse({
    type: PlatformTerritoryDto,
    description:
      'With its operator organisation, the communes of its départements and the default questionnaire published. A code taken is a 409.',
  })
  create(@Body() body: CreateTerritoryDto): Promise<PlatformTerritoryDto> {
    return this.territories.create(body);
  }

  @Patch(':id')
  @ApiOkResponse({ type: PlatformTerritoryDto })
  update(@UuidParam() id: string, @Body() body: UpdateTerritoryDto): Promise<PlatformTerritoryDto> {
    return this.territories.update(id, body);
  }

  @Post(':id/admins')
  @ApiCreatedResponse({ type: UserAdminDto, description: 'An invited territory admin of the operator.' })
  inviteAdmin(
    @CurrentUser() platformAdmin: User,
    @UuidParam() id: string,
    @Body() body: InviteeDto,
  ): Promise<UserAdminDto> {
    return this.territories.inviteAdmin(platformAdmin, id, body);
  }

  @Post(':id/admins/:userId/invitation')
  @HttpCode(200)
  @ApiOkResponse({ type: UserAdminDto, description: 'A new link; the earlier ones stop working.' })
  resendAdminInvitation(
    @CurrentUser() platformAdmin: User,
    @UuidParam() id: string,
    @UuidParam('userId') userId: string,
  ): Promise<UserAdminDto> {
    return this.territories.resendAdminInvitation(platformAdmin, id, userId);
  }
}
