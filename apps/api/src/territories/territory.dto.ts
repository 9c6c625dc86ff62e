import { ApiProperty } from '@nestjs/swagger';

export class TerritoryDto {
  @ApiProperty({ example: 'pdl' })
  code: string;

  @ApiProperty({ example: 'Pays de la Loire' })
  name: string;
}
