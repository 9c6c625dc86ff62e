import { ApiProperty } from '@nestjs/swagger';
import {
  FUNDING_INSTRUMENTS,
  type FundingInstrument,
  LEGAL_FORMS,
  type LegalForm,
  NEED_CATEGORIES,
  type NeedCategory,
  OFFER_KINDS,
  type OfferKind,
  ORGANISATION_KINDS,
  type OrganisationKind,
  PROJECT_STAGES,
  type ProjectStage,
} from '@essaim/domain';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const COMMUNE_CODE = /^[0-9][0-9AB][0-9]{3}$/;
export const DEPARTEMENT_CODE = /^([0-9]{2,3}|2A|2B)$/;
export const MAX_PAGE_SIZE = 50;

/** A query string value that may be given once or repeated (`need=a&need=b`). */
const toArray = ({ value }: { value: unknown }): unknown => (Array.isArray(value) ? value : [value]);

export class PageQueryDto {
  @ApiProperty({ required: false, type: 'integer', minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page: number = 1;

  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 20;
}

export class TextQueryDto extends PageQueryDto {
  @ApiProperty({
    required: false,
    description: 'Free text, French, accent-insensitive: `pret d’honneur`, `tiers lieu`.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class PlaceQueryDto extends TextQueryDto {
  @ApiProperty({ required: false, description: 'Territory code; default: every territory.', example: 'pdl' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  territory?: string;

  @ApiProperty({ required: false, description: 'INSEE code of a département.', example: '44' })
  @IsOptional()
  @Matches(DEPARTEMENT_CODE, { message: 'departement must be the INSEE code of a département' })
  departement?: string;
}

export class OfferSearchQueryDto extends PlaceQueryDto {
  @ApiProperty({
    required: false,
    description: 'INSEE code: offers serving this commune, its département, or its whole territory.',
    example: '44109',
  })
  @IsOptional()
  @Matches(COMMUNE_CODE, { message: 'commune must be the INSEE code of a commune' })
  commune?: string;

  @ApiProperty({
    required: false,
    enum: NEED_CATEGORIES,
    isArray: true,
    description: 'Repeatable: offers serving any of these needs.',
  })
  @IsOptional()
  @Transform(toArray)
  @IsIn(NEED_CATEGORIES, { each: true })
  need?: NeedCategory[];

  @ApiProperty({ required: false, enum: PROJECT_STAGES })
  @IsOptional()
  @IsIn(PROJECT_STAGES)
  stage?: ProjectStage;

  @ApiProperty({ required: false, enum: LEGAL_FORMS })
  @IsOptional()
  @IsIn(LEGAL_FORMS)
  legalForm?: LegalForm;

  @ApiProperty({ required: false, enum: OFFER_KINDS })
  @IsOptional()
  @IsIn(OFFER_KINDS)
  kind?: OfferKind;

  @ApiProperty({ required: false, enum: FUNDING_INSTRUMENTS })
  @IsOptional()
  @IsIn(FUNDING_INSTRUMENTS)
  instrument?: FundingInstrument;
}

export class OrganisationSearchQueryDto extends PlaceQueryDto {
  @ApiProperty({
    required: false,
    enum: ORGANISATION_KINDS,
    description: '`support` and `funder` include the organisations that are both.',
  })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;
}
