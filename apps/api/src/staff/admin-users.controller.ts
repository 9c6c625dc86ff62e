import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import type { User } from '../users/user.entity';
import { AdminUsersService } from './admin-users.service';
import {
  InviteUserDto,
  UpdateUserDto,
  UserAdminDto,
  UserAdminPageDto,
  UserAdminQueryDto,
} from './dto/staff.dto';

/** A territory admin's accounts: their own territory only; another territory's account is a 404. */
@ApiTags('staff')
@Controller('admin/users')
@RequirePermission('territory:manage')
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Get()
  @ApiOkResponse({ type: UserAdminPageDto, description: 'By last name, then first name.' })
  list(@CurrentUser() admin: User, @Query() query: UserAdminQueryDto): Promise<UserAdminPageDto> {
    return this.users.list(admin, query);
  }

  @Post()
  @ApiCreatedResponse({
    type: UserAdminDto,
    description:
      'An invited account; a link valid 7 days is mailed. An email already used is a 409 `email_taken`.',
  })
  invite(@CurrentUser() admin: User, @Body() body: InviteUserDto): Promise<UserAdminDto> {
    return this.users.invite(admin, body);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserAdminDto })
  update(
    @CurrentUser() admin: User,
    @UuidParam() id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserAdminDto> {
    return this.users.changeOrganisation(admin, id, body.organisationId);
  }

  @Post(':id/invitation')
  @HttpCode(200)
  @ApiOkResponse({
    type: UserAdminDto,
    description: 'A new link is mailed; the earlier ones stop working. 409 when the account is not invited.',
  })
  resendInvitation(@CurrentUser() admin: User, @UuidParam() id: string): Promise<UserAdminDto> {
    return this.users.resendInvitation(admin, id);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOkResponse({
    type: UserAdminDto,
    description: 'Their sessions end at once. Not one’s own account (400).',
  })
  disable(@CurrentUser() admin: User, @UuidParam() id: string): Promise<UserAdminDto> {
    return this.users.disable(admin, id);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOkResponse({
    type: UserAdminDto,
    description: 'Active again, or invited when they never chose a password (send them a new link).',
  })
  enable(@CurrentUser() admin: User, @UuidParam() id: string): Promise<UserAdminDto> {
    return this.users.enable(admin, id);
  }
}
