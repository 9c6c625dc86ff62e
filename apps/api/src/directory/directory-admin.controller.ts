import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import type { User } from '../users/user.entity';
import { DirectoryAdminService } from './directory-admin.service';
import {
  CreateOfferDto,
  CreateOrganisationDto,
  UpdateOfferDto,
  UpdateOrganisationDto,
} from './dto/directory-admin.dto';
import { TextQueryDto } from './dto/directory-query.dto';
import { OfferAdminDto, OrganisationAdminDto, OrganisationAdminPageDto } from './dto/directory.dto';

/** A territory admin's organisations and offers: their own territory only, never a hard delete. */
@ApiTags('directory-admin')
@Controller('admin')
@RequirePermission('territory:manage')
export class DirectoryAdminController {
  constructor(private readonly directory: DirectoryAdminService) {}

  @Get('organisations')
  @ApiOkResponse({ type: OrganisationAdminPageDto, description: 'Published or not, by name.' })
  listOrganisations(
    @CurrentUser() user: User,
    @Query() query: TextQueryDto,
  ): Promise<OrganisationAdminPageDto> {
    return this.directory.listOrganisations(user, query);
  }

  @Post('organisations')
  @ApiCreatedResponse({ type: OrganisationAdminDto })
  createOrganisation(
    @CurrentUser() user: User,
    @Body() body: CreateOrganisationDto,
  ): Promise<OrganisationAdminDto> {
    return this.directory.createOrganisation(user, body);
  }

  @Get('organisations/:id')
  @ApiOkResponse({ type: OrganisationAdminDto })
  organisation(@CurrentUser() user: User, @UuidParam() id: string): Promise<OrganisationAdminDto> {
    return this.directory.organisation(user, id);
  }

  @Patch('organisations/:id')
  @ApiOkResponse({
    type: OrganisationAdminDto,
    description: '`published: false` unpublishes; 409 on a stale version.',
  })
  updateOrganisation(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: UpdateOrganisationDto,
  ): Promise<OrganisationAdminDto> {
    return this.directory.updateOrganisation(user, id, body);
  }

  @Post('organisations/:id/offers')
  @ApiCreatedResponse({ type: OfferAdminDto })
  createOffer(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: CreateOfferDto,
  ): Promise<OfferAdminDto> {
    return this.directory.createOffer(user, id, body);
  }

  @Patch('offers/:id')
  @ApiOkResponse({
    type: OfferAdminDto,
    description: '`published: false` unpublishes; 409 on a stale version.',
  })
  updateOffer(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: UpdateOfferDto,
  ): Promise<OfferAdminDto> {
    return this.directory.updateOffer(user, id, body);
  }
}
