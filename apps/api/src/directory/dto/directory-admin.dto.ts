import { applyDecorators } from '@nestjs/common';
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
  SECTORS,
  type Sector,
} from '@essaim/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { COMMUNE_CODE, DEPARTEMENT_CODE } from './directory-query.dto';

const trim = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);
const Trim = () => Transform(({ value }) => trim(value));
/** An optional text a form may send blank: blank means "none". */
const BlankAsNull = () => Transform(({ value }) => (trim(value) === '' ? null : trim(value)));
/** May be left out, but not sent as null: the column has no "none". */
const Omittable = () => ValidateIf((_object, value) => value !== undefined);
/** Required on create, optional (but not null) on edit. */
const Presence = (required: boolean) => (required ? IsDefined() : Omittable());

const NameField = (required: boolean, example: string) =>
  applyDecorators(
    ApiProperty({ required, maxLength: 200, example }),
    Presence(required),
    Trim(),
    IsString(),
    Matches(/\S/, { message: 'name must not be empty' }),
    MaxLength(200),
  );

const OrganisationKindField = (required: boolean) =>
  applyDecorators(
    ApiProperty({ required, enum: ORGANISATION_KINDS }),
    Presence(required),
    IsIn(ORGANISATION_KINDS),
  );

const OfferKindField = (required: boolean) =>
  applyDecorators(ApiProperty({ required, enum: OFFER_KINDS }), Presence(required), IsIn(OFFER_KINDS));

const NeedCategoriesField = (required: boolean) =>
  applyDecorators(
    ApiProperty({ required, enum: NEED_CATEGORIES, isArray: true, minItems: 1 }),
    Presence(required),
    IsArray(),
    ArrayNotEmpty({ message: 'needCategories must name at least one need category' }),
    ArrayUnique(),
    IsIn(NEED_CATEGORIES, { each: true }),
  );

const VersionField = () =>
  applyDecorators(
    ApiProperty({ type: 'integer', description: 'The version this edit starts from: a stale one is a 409.' }),
    IsInt(),
    Min(1),
  );

class OrganisationFieldsDto {
  @ApiProperty({ required: false, maxLength: 5000 })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ required: false, type: String, nullable: true, example: 'https://ruche-ligerienne.example' })
  @IsOptional()
  @BlankAsNull()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) address' },
  )
  @MaxLength(300)
  website?: string | null;

  @ApiProperty({ required: false, type: String, nullable: true })
  @IsOptional()
  @BlankAsNull()
  @IsEmail({}, { message: 'contactEmail must be a valid email address' })
  @MaxLength(320)
  contactEmail?: string | null;

  @ApiProperty({ required: false, type: String, nullable: true, example: '02 40 00 00 00' })
  @IsOptional()
  @BlankAsNull()
  @Matches(/^\+?[0-9][0-9 .()-]{5,29}$/, { message: 'contactPhone must be a phone number' })
  contactPhone?: string | null;

  @ApiProperty({ required: false, type: String, nullable: true })
  @IsOptional()
  @BlankAsNull()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @ApiProperty({
    required: false,
    type: [String],
    description: 'INSEE codes of communes of the territory; communes and départements both empty: all of it.',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @Matches(COMMUNE_CODE, { each: true, message: 'communes must hold INSEE codes of communes' })
  communes?: string[];

  @ApiProperty({
    required: false,
    type: [String],
    description: 'INSEE codes of départements of the territory.',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(DEPARTEMENT_CODE, { each: true, message: 'departements must hold INSEE codes of départements' })
  departements?: string[];

  @ApiProperty({ required: false, description: 'Shown in the public directory (default true).' })
  @Omittable()
  @IsBoolean()
  published?: boolean;
}

export class CreateOrganisationDto extends OrganisationFieldsDto {
  @NameField(true, 'Ruche Ligérienne') name: string;
  @OrganisationKindField(true) kind: OrganisationKind;
}

export class UpdateOrganisationDto extends OrganisationFieldsDto {
  @VersionField() version: number;
  @NameField(false, 'Ruche Ligérienne') name?: string;
  @OrganisationKindField(false) kind?: OrganisationKind;
}

class OfferFieldsDto {
  @ApiProperty({ required: false, maxLength: 4000 })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(4000)
  summary?: string;

  @ApiProperty({ required: false, enum: PROJECT_STAGES, isArray: true, description: 'Empty: every stage.' })
  @Omittable()
  @IsArray()
  @ArrayUnique()
  @IsIn(PROJECT_STAGES, { each: true })
  stages?: ProjectStage[];

  @ApiProperty({ required: false, enum: LEGAL_FORMS, isArray: true, description: 'Empty: every legal form.' })
  @Omittable()
  @IsArray()
  @ArrayUnique()
  @IsIn(LEGAL_FORMS, { each: true })
  legalForms?: LegalForm[];

  @ApiProperty({ required: false, enum: SECTORS, isArray: true, description: 'Empty: every sector.' })
  @Omittable()
  @IsArray()
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors?: Sector[];

  @ApiProperty({
    required: false,
    enum: FUNDING_INSTRUMENTS,
    nullable: true,
    type: String,
    description: 'Required for a funding offer, none for an accompaniment.',
  })
  @IsOptional()
  @IsIn(FUNDING_INSTRUMENTS)
  instrument?: FundingInstrument | null;

  @ApiProperty({ required: false, type: 'integer', nullable: true, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amountMinCents?: number | null;

  @ApiProperty({
    required: false,
    type: 'integer',
    nullable: true,
    minimum: 0,
    description: 'At least the minimum.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amountMaxCents?: number | null;

  @ApiProperty({ required: false, description: 'Shown in the public directory (default true).' })
  @Omittable()
  @IsBoolean()
  published?: boolean;
}

export class CreateOfferDto extends OfferFieldsDto {
  @NameField(true, "Prêt d'honneur création solidaire") name: string;
  @OfferKindField(true) kind: OfferKind;
  @NeedCategoriesField(true) needCategories: NeedCategory[];
}

export class UpdateOfferDto extends OfferFieldsDto {
  @VersionField() version: number;
  @NameField(false, "Prêt d'honneur création solidaire") name?: string;
  @OfferKindField(false) kind?: OfferKind;
  @NeedCategoriesField(false) needCategories?: NeedCategory[];
}
