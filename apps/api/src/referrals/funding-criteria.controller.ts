import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import type { User } from '../users/user.entity';
import { FundingCriterionDto, SaveFundingCriteriaDto } from './dto/referral.dto';
import { FundingCriteriaService } from './funding-criteria.service';

/** The scoring grid of a funding offer, set by the admins of its territory. */
@ApiTags('referrals')
@Controller('admin/offers')
@RequirePermission('territory:manage')
export class FundingCriteriaController {
  constructor(private readonly criteria: FundingCriteriaService) {}

  /** The grid, in its order; an offer of another territory, or not a funding one, is a 404. */
  @Get(':id/criteria')
  @ApiOkResponse({ type: [FundingCriterionDto] })
  list(@CurrentUser() user: User, @UuidParam() id: string): Promise<FundingCriterionDto[]> {
    return this.criteria.list(user, id);
  }

  /** Replaces the grid (position = order); reviews keep their scores by criterion id. */
  @Put(':id/criteria')
  @ApiOkResponse({ type: [FundingCriterionDto] })
  replace(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: SaveFundingCriteriaDto,
  ): Promise<FundingCriterionDto[]> {
    return this.criteria.replace(user, id, body);
  }
}
