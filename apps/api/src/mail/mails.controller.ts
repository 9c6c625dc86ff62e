import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import type { User } from '../users/user.entity';
import { MailFailurePageDto, MailPageQueryDto, OutboxMailDetailDto, OutboxMailPageDto } from './dto/mail.dto';
import { MailsService } from './mails.service';

/** The demo's "mails sent" page: what went to the outbox, when there is no SMTP server (else 404). */
@ApiTags('platform')
@Controller('platform/mails')
@RequirePermission('platform:manage')
export class PlatformMailsController {
  constructor(private readonly mails: MailsService) {}

  @Get()
  @ApiOkResponse({
    type: OutboxMailPageDto,
    description: 'Newest first, 20 a page. 404 when SMTP_URL is set.',
  })
  list(@Query() query: MailPageQueryDto): Promise<OutboxMailPageDto> {
    return this.mails.list(query.page);
  }

  @Get(':id')
  @ApiOkResponse({
    type: OutboxMailDetailDto,
    description: 'With its text and HTML. 404 when SMTP_URL is set.',
  })
  get(@UuidParam() id: string): Promise<OutboxMailDetailDto> {
    return this.mails.get(id);
  }
}

/** Mails of the admin's territory that could not be delivered (their last attempt failed). */
@ApiTags('staff')
@Controller('admin/mail-failures')
@RequirePermission('territory:manage')
export class MailFailuresController {
  constructor(private readonly mails: MailsService) {}

  @Get()
  @ApiOkResponse({ type: MailFailurePageDto, description: 'Newest first, 20 a page.' })
  list(@CurrentUser() admin: User, @Query() query: MailPageQueryDto): Promise<MailFailurePageDto> {
    return this.mails.failures(admin, query.page);
  }
}
