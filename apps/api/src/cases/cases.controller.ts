import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditStaffRead, type ReadAudit, ReadAuditFor } from '../audit/audit';
import { Authenticated, RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import type { User } from '../users/user.entity';
import { CaseAssignmentService } from './case-assignment.service';
import { CaseWorkflowService } from './case-workflow.service';
import { CasesService } from './cases.service';
import { AssignCaseDto, CaseDto, CaseSummaryDto, MoveCaseDto, UpdateCaseDto } from './dto/case.dto';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly workflow: CaseWorkflowService,
    private readonly assignment: CaseAssignmentService,
  ) {}

  /** The holder's cases (those of the projects they hold), newest first. */
  @Get()
  @RequirePermission('case:read-own')
  @ApiOkResponse({ type: [CaseSummaryDto] })
  list(@CurrentUser() user: User): Promise<CaseSummaryDto[]> {
    return this.cases.listForHolder(user);
  }

  /** Holders of its project (shared events only); staff who may see it (see case-access.ts). */
  @Get(':id')
  @AuditStaffRead('case')
  @Authenticated()
  @ApiOkResponse({ type: CaseDto })
  get(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @ReadAuditFor('case') audit: ReadAudit,
  ): Promise<CaseDto> {
    return this.cases.get(user, id, audit);
  }

  /** Sets the case's priority (its advisors, the operator's staff). */
  @Patch(':id')
  @RequirePermission('case:work')
  @ApiOkResponse({ type: CaseDto, description: 'The case after the change.' })
  async update(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: UpdateCaseDto,
  ): Promise<CaseDto> {
    await this.cases.update(user, id, body);
    return this.cases.get(user, id);
  }

  /** Moves the case through the workflow (advisors of the case; see libs/domain case-workflow). */
  @Post(':id/moves')
  @RequirePermission('case:work')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDto, description: 'The case after the move.' })
  async move(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: MoveCaseDto,
  ): Promise<CaseDto> {
    await this.workflow.move(user, id, body);
    return this.cases.get(user, id);
  }

  /** Gives the case its lead advisor (yourself or a colleague) and followers. */
  @Post(':id/assignment')
  @RequirePermission('case:work')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDto, description: 'The case after the assignment.' })
  async assign(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: AssignCaseDto,
  ): Promise<CaseDto> {
    await this.assignment.assign(user, id, body);
    return this.cases.get(user, id);
  }
}
