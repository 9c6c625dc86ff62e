import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import type { User } from '../users/user.entity';
import { BulkAssignmentService } from './bulk-assignment.service';
import { CaseListsService } from './case-lists.service';
import { CaseListQueryDto } from './dto/case-list-query.dto';
import {
  BulkAssignDto,
  BulkAssignResultDto,
  CaseListPageDto,
  QueueDto,
  StaffAdvisorDto,
} from './dto/case-list.dto';

/** The staff's side of cases: the list, the home queue, the people to assign, bulk assignment. */
@ApiTags('staff')
@Controller('staff')
export class StaffCasesController {
  constructor(
    private readonly lists: CaseListsService,
    private readonly bulk: BulkAssignmentService,
  ) {}

  /** The cases the caller may see, filtered, searched, sorted and paged. */
  @Get('cases')
  @RequirePermission('case:work')
  @ApiOkResponse({ type: CaseListPageDto, description: 'Newest submission first unless `sort` says.' })
  list(@CurrentUser() user: User, @Query() query: CaseListQueryDto): Promise<CaseListPageDto> {
    return this.lists.list(user, query);
  }

  /** The home page: my cases, my tasks, the unassigned queue and the alerts. */
  @Get('queue')
  @RequirePermission('case:work')
  @ApiOkResponse({ type: QueueDto })
  queue(@CurrentUser() user: User): Promise<QueueDto> {
    return this.lists.queue(user);
  }

  /** Who can be given a case or a task: active advisors and admins of the territory. */
  @Get('advisors')
  @RequirePermission('case:work')
  @ApiOkResponse({ type: [StaffAdvisorDto] })
  advisors(@CurrentUser() user: User): Promise<StaffAdvisorDto[]> {
    return this.lists.advisors(user);
  }

  /** Gives every listed case (at their listed versions) one lead advisor; all or nothing. */
  @Post('cases/assign')
  @RequirePermission('case:work')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkAssignResultDto })
  async assign(@CurrentUser() user: User, @Body() body: BulkAssignDto): Promise<BulkAssignResultDto> {
    return { assigned: await this.bulk.assign(user, body) };
  }
}
