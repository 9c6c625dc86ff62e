import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import type { User } from '../users/user.entity';
import { CreateSavedFilterDto, SavedFilterDto } from './dto/saved-filter.dto';
import { SavedFiltersService } from './saved-filters.service';

/** The caller's own saved case-list filters. */
@ApiTags('staff')
@Controller('staff/saved-filters')
export class SavedFiltersController {
  constructor(private readonly filters: SavedFiltersService) {}

  @Get()
  @RequirePermission('case:work')
  @ApiOkResponse({ type: [SavedFilterDto], description: 'Mine, by name.' })
  list(@CurrentUser() user: User): Promise<SavedFilterDto[]> {
    return this.filters.list(user);
  }

  @Post()
  @RequirePermission('case:work')
  @ApiCreatedResponse({ type: SavedFilterDto })
  create(@CurrentUser() user: User, @Body() body: CreateSavedFilterDto): Promise<SavedFilterDto> {
    return this.filters.create(user, body);
  }

  @Delete(':id')
  @RequirePermission('case:work')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; someone else’s filter is a 404.' })
  remove(@CurrentUser() user: User, @UuidParam() id: string): Promise<void> {
    return this.filters.remove(user, id);
  }
}
