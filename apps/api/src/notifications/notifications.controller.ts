import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import type { User } from '../users/user.entity';
import {
  NotificationCountDto,
  NotificationListQueryDto,
  NotificationPageDto,
  NotificationSettingDto,
  UpdateNotificationSettingsDto,
} from './dto/notification.dto';
import { NotificationInboxService } from './notification-inbox.service';

/** The caller's notifications; someone else's is a 404. */
@ApiTags('notifications')
@Controller('notifications')
@Authenticated()
export class NotificationsController {
  constructor(private readonly inbox: NotificationInboxService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPageDto })
  list(@CurrentUser() user: User, @Query() query: NotificationListQueryDto): Promise<NotificationPageDto> {
    return this.inbox.list(user, query);
  }

  /** What the bell shows; the web app polls it. */
  @Get('unread-count')
  @ApiOkResponse({ type: NotificationCountDto })
  async unreadCount(@CurrentUser() user: User): Promise<NotificationCountDto> {
    return { count: await this.inbox.unreadCount(user) };
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationCountDto, description: 'How many were marked read.' })
  async readAll(@CurrentUser() user: User): Promise<NotificationCountDto> {
    return { count: await this.inbox.markAllRead(user) };
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiNoContentResponse()
  async read(@CurrentUser() user: User, @UuidParam() id: string): Promise<void> {
    await this.inbox.markRead(user, id);
  }
}

/** The caller's email choices, per kind of their role (in the app, always). */
@ApiTags('notifications')
@Controller('me/notification-settings')
@Authenticated()
export class NotificationSettingsController {
  constructor(private readonly inbox: NotificationInboxService) {}

  @Get()
  @ApiOkResponse({ type: [NotificationSettingDto] })
  settings(@CurrentUser() user: User): Promise<NotificationSettingDto[]> {
    return this.inbox.settings(user);
  }

  @Put()
  @ApiOkResponse({ type: [NotificationSettingDto] })
  update(
    @CurrentUser() user: User,
    @Body() body: UpdateNotificationSettingsDto,
  ): Promise<NotificationSettingDto[]> {
    return this.inbox.updateSettings(user, body.settings);
  }
}
