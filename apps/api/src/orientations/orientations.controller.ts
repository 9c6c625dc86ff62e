import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditStaffRead } from '../audit/audit';
import { Authenticated, RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import type { User } from '../users/user.entity';
import {
  AnswerOrientationDto,
  DeclineOrientationDto,
  OrientationDto,
  OrientationInboxItemDto,
  OrientationInboxQueryDto,
  ProposeOrientationDto,
} from './dto/orientation.dto';
import { OrientationsService } from './orientations.service';

/** Orientations of cases to partner support organisations (docs/contracts/advisor-case-work.md). */
@ApiTags('orientations')
@Controller()
export class OrientationsController {
  constructor(private readonly orientations: OrientationsService) {}

  /** Holders of the case's project (no decline reason) and staff who see the case. */
  @Get('cases/:id/orientations')
  @AuditStaffRead('case')
  @Authenticated()
  @ApiOkResponse({ type: [OrientationDto], description: 'Newest first.' })
  listForCase(@CurrentUser() user: User, @UuidParam() id: string): Promise<OrientationDto[]> {
    return this.orientations.listForCase(user, id);
  }

  /** The case's advisors orient it to a partner's published accompaniment offer. */
  @Post('cases/:id/orientations')
  @RequirePermission('case:work')
  @ApiCreatedResponse({ type: OrientationDto })
  propose(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: ProposeOrientationDto,
  ): Promise<OrientationDto> {
    return this.orientations.propose(user, id, body);
  }

  /**
   * A partner's advisors: the orientations to their organisation. The operator's staff: every
   * orientation of the territory. Newest first, each with what a partner needs to decide.
   */
  @Get('orientations')
  @RequirePermission('case:work')
  @ApiOkResponse({ type: [OrientationInboxItemDto], description: 'Newest first.' })
  inbox(
    @CurrentUser() user: User,
    @Query() query: OrientationInboxQueryDto,
  ): Promise<OrientationInboxItemDto[]> {
    return this.orientations.inbox(user, query);
  }

  /** The partner takes the case on: its advisors then see and work it. */
  @Post('orientations/:id/accept')
  @RequirePermission('case:work')
  @HttpCode(200)
  @ApiOkResponse({ type: OrientationDto, description: 'The orientation after the answer.' })
  accept(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: AnswerOrientationDto,
  ): Promise<OrientationDto> {
    return this.orientations.answer(user, id, 'accept', body);
  }

  /** The partner declines, saying why (the holder sees the refusal, not the reason). */
  @Post('orientations/:id/decline')
  @RequirePermission('case:work')
  @HttpCode(200)
  @ApiOkResponse({ type: OrientationDto, description: 'The orientation after the answer.' })
  decline(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: DeclineOrientationDto,
  ): Promise<OrientationDto> {
    return this.orientations.answer(user, id, 'decline', body);
  }

  /** The partner's accompaniment is over. */
  @Post('orientations/:id/complete')
  @RequirePermission('case:work')
  @HttpCode(200)
  @ApiOkResponse({ type: OrientationDto, description: 'The orientation after the answer.' })
  complete(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: AnswerOrientationDto,
  ): Promise<OrientationDto> {
    return this.orientations.answer(user, id, 'complete', body);
  }
}
