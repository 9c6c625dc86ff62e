import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Public } from '../common/access';
import { CommuneDto, CommuneQueryDto } from './commune.dto';
import { CommunesService } from './communes.service';
import { TerritoryDto } from './territory.dto';
import { Territory } from './territory.entity';

@ApiTags('territories')
@Controller('territories')
export class TerritoriesController {
  constructor(
    @InjectRepository(Territory) private readonly territories: Repository<Territory>,
    private readonly communes: CommunesService,
  ) {}

  /** The territories served by this installation: public, for the signup form and the home page. */
  @Get()
  @Public()
  @ApiOkResponse({ type: [TerritoryDto] })
  async list(): Promise<TerritoryDto[]> {
    const rows = await this.territories.find({ order: { name: 'ASC' } });
    return rows.map(({ code, name, departements }) => ({ code, name, departements }));
  }

  /** The territory's communes matching a name or code: public, for commune pickers. */
  @Get(':code/communes')
  @Public()
  @ApiOkResponse({ type: [CommuneDto], description: 'Names starting with `q` first, then by name.' })
  searchCommunes(@Param('code') code: string, @Query() query: CommuneQueryDto): Promise<CommuneDto[]> {
    return this.communes.search(code, query);
  }
}
