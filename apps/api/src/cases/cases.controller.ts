import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditStaffRead } from '../audit/audit';
import { Authenticated, RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import type { User } from '../users/user.entity';
import { CasesService } from './cases.service';
import { CaseDto, CaseSummaryDto } from './dto/case.dto';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  /** The holder's cases (those of the projects they hold), newest first. */
  @Get()
  @RequirePermission('case:read-own')
  @ApiOkResponse({ type: [CaseSummaryDto] })
  list(@CurrentUser() user: User): Promise<CaseSummaryDto[]> {
    return this.cases.listForHolder(user);
  }

  /** Holders of its project (shared events only); advisors and admins of its territory. */
  @Get(':id')
  @AuditStaffRead('case')
  @Authenticated()
  @ApiOkResponse({ type: CaseDto })
  get(@CurrentUser() user: User, @UuidParam() id: string): Promise<CaseDto> {
    return this.cases.get(user, id);
  }
}
