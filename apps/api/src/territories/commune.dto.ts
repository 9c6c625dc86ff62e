import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class CommuneQueryDto {
  @ApiProperty({
    required: false,
    description: 'Part of the name (accent-insensitive), or the start of a postal code or INSEE code.',
    example: 'nan',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 20;
}

export class CommuneDto {
  @ApiProperty({ description: 'INSEE code.', example: '44109' }) code: string;
  @ApiProperty({ example: 'Nantes' }) name: string;
  @ApiProperty({ example: '44' }) departementCode: string;
  @ApiProperty({ type: [String], example: ['44000', '44100'] }) postalCodes: string[];
}
