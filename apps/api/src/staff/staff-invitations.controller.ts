import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { toMe } from '../auth/auth.service';
import { MeDto } from '../auth/dto/auth.dto';
import { Public } from '../common/access';
import { startUserSession } from '../common/sessions';
import {
  AcceptStaffInvitationDto,
  StaffInvitationPreviewDto,
  StaffInvitationTokenDto,
} from './dto/staff.dto';
import { StaffInvitationsService } from './staff-invitations.service';

/** The invitee's side of an invitation: the link itself is the credential. */
@ApiTags('staff')
@Controller('staff-invitations')
@Public()
export class StaffInvitationsController {
  constructor(private readonly invitations: StaffInvitationsService) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOkResponse({
    type: StaffInvitationPreviewDto,
    description: 'Who invited whom for what; a used or expired link is a 400 `invalid_token`.',
  })
  preview(@Body() body: StaffInvitationTokenDto): Promise<StaffInvitationPreviewDto> {
    return this.invitations.preview(body.token);
  }

  @Post('accept')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto, description: 'The account, active and logged in; the link stops working.' })
  async accept(@Body() body: AcceptStaffInvitationDto, @Req() request: Request): Promise<MeDto> {
    const user = await this.invitations.accept(body.token, body.password);
    await startUserSession(request, user.id);
    return toMe(user);
  }
}
