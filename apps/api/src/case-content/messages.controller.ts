import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditStaffRead } from '../audit/audit';
import { Authenticated } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import type { User } from '../users/user.entity';
import { CreateMessageDto, MessageDto, MessageThreadDto } from './dto/message.dto';
import { MessagesService } from './messages.service';

/** Holders of the project and staff who see the case; others get a 404. */
@ApiTags('case-messages')
@Controller('cases/:id/messages')
@Authenticated()
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get()
  @AuditStaffRead('case')
  @ApiOkResponse({ type: MessageThreadDto })
  thread(@CurrentUser() user: User, @UuidParam() id: string): Promise<MessageThreadDto> {
    return this.messages.thread(user, id);
  }

  @Post()
  @ApiCreatedResponse({ type: MessageDto })
  post(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: CreateMessageDto,
  ): Promise<MessageDto> {
    return this.messages.post(user, id, body);
  }

  /** The caller has read the thread up to now. */
  @Post('read')
  @HttpCode(204)
  @ApiNoContentResponse()
  async markRead(@CurrentUser() user: User, @UuidParam() id: string): Promise<void> {
    await this.messages.markRead(user, id);
  }
}
