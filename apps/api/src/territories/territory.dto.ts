import { ApiProperty } from '@nestjs/swagger';

/** A territory named inside another record (an offer, an organisation). */
export class TerritoryRefDto {
  @ApiProperty({ example: 'pdl' })
  code: string;

  @ApiProperty({ example: 'Pays de la Loire' })
  name: string;
}

export class TerritoryDto extends TerritoryRefDto {
  @ApiProperty({ example: ['44', '49', '53', '72', '85'], description: 'INSEE codes of its départements.' })
  departements: string[];
}
