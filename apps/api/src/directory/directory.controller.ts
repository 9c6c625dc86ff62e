import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/access';
import { UuidParam } from '../common/uuid-param';
import { DirectoryService } from './directory.service';
import { OfferSearchQueryDto, OrganisationSearchQueryDto } from './dto/directory-query.dto';
import { OfferPageDto, OrganisationDto, OrganisationPageDto } from './dto/directory.dto';

/** The public directory of structures and their offers: no account needed. */
@ApiTags('directory')
@Controller('directory')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('offers')
  @Public()
  @ApiOkResponse({
    type: OfferPageDto,
    description: 'By relevance when `q` is given, else by organisation then name.',
  })
  searchOffers(@Query() query: OfferSearchQueryDto): Promise<OfferPageDto> {
    return this.directory.searchOffers(query);
  }

  @Get('organisations')
  @Public()
  @ApiOkResponse({ type: OrganisationPageDto })
  searchOrganisations(@Query() query: OrganisationSearchQueryDto): Promise<OrganisationPageDto> {
    return this.directory.searchOrganisations(query);
  }

  @Get('organisations/:id')
  @Public()
  @ApiOkResponse({
    type: OrganisationDto,
    description: 'A published organisation with its published offers.',
  })
  organisation(@UuidParam() id: string): Promise<OrganisationDto> {
    return this.directory.organisation(id);
  }
}
