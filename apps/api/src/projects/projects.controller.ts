import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditStaffRead } from '../audit/audit';
import { Authenticated, RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import type { User } from '../users/user.entity';
import {
  AcceptInvitationDto,
  CreateInvitationDto,
  CreateProjectDto,
  ProjectDto,
  ProjectInvitationDto,
  UpdateProjectDto,
} from './dto/project.dto';
import { ProjectsService } from './projects.service';
import { UuidParam } from '../common/uuid-param';

@ApiTags('projects')
@Controller()
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  /** The projects the holder holds or co-holds, newest first. */
  @Get('projects')
  @RequirePermission('project:manage-own')
  @ApiOkResponse({ type: [ProjectDto] })
  list(@CurrentUser() user: User): Promise<ProjectDto[]> {
    return this.projects.list(user);
  }

  @Post('projects')
  @RequirePermission('project:manage-own')
  @ApiCreatedResponse({ type: ProjectDto })
  create(@CurrentUser() user: User, @Body() body: CreateProjectDto): Promise<ProjectDto> {
    return this.projects.create(user, body);
  }

  /** Its holders; advisors and admins of its territory once it has a case (myRole `staff`). */
  @Get('projects/:id')
  @AuditStaffRead('project')
  @Authenticated()
  @ApiOkResponse({ type: ProjectDto })
  get(@CurrentUser() user: User, @UuidParam() id: string): Promise<ProjectDto> {
    return this.projects.get(user, id);
  }

  @Patch('projects/:id')
  @RequirePermission('project:manage-own')
  @ApiOkResponse({ type: ProjectDto })
  update(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: UpdateProjectDto,
  ): Promise<ProjectDto> {
    return this.projects.update(user, id, body);
  }

  /** Mails a single-use link, valid 7 days, that makes its bearer a co-holder. */
  @Post('projects/:id/invitations')
  @RequirePermission('project:manage-own')
  @ApiCreatedResponse({ type: ProjectInvitationDto })
  invite(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: CreateInvitationDto,
  ): Promise<ProjectInvitationDto> {
    return this.projects.invite(user, id, body.email);
  }

  @Post('project-invitations/accept')
  @RequirePermission('project:manage-own')
  @HttpCode(200)
  @ApiOkResponse({ type: ProjectDto, description: 'The project the caller now co-holds.' })
  accept(@CurrentUser() user: User, @Body() body: AcceptInvitationDto): Promise<ProjectDto> {
    return this.projects.acceptInvitation(user, body.token);
  }
}
