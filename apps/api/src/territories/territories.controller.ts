import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Public } from '../common/access';
import { TerritoryDto } from './territory.dto';
import { Territory } from './territory.entity';

@ApiTags('territories')
@Controller('territories')
export class TerritoriesController {
  constructor(@InjectRepository(Territory) private readonly territories: Repository<Territory>) {}

  /** The territories served by this installation: public, for the signup form and the home page. */
  @Get()
  @Public()
  @ApiOkResponse({ type: [TerritoryDto] })
  async list(): Promise<TerritoryDto[]> {
    const rows = await this.territories.find({ order: { name: 'ASC' } });
    return rows.map(({ code, name }) => ({ code, name }));
  }
}
