import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsEmail,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { DEPARTEMENT_CODE } from '../../directory/dto/directory-query.dto';
import { UserAdminDto, Trim } from './staff.dto';

export const MAX_SLA_DAYS = 90;
export const MAX_INACTIVITY_DAYS = 365;

/** Required (`true`) or may be left out, but never null. */
const Presence = (required: boolean) =>
  required ? IsDefined() : ValidateIf((_object, value) => value !== undefined);

const DaysField = (required: boolean, max: number, description: string) =>
  applyDecorators(
    ApiProperty({ required, type: 'integer', minimum: 1, maximum: max, description }),
    Presence(required),
    IsInt(),
    Min(1),
    Max(max),
  );

const SlaDaysField = (required: boolean) =>
  DaysField(required, MAX_SLA_DAYS, 'Days a submitted case may wait for an advisor before an alert.');
const InactivityDaysField = (required: boolean) =>
  DaysField(required, MAX_INACTIVITY_DAYS, 'Days an open case may go without an event before an alert.');

const blankAsNull = (value: unknown): unknown =>
  typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value;

/** Left out: unchanged; null or blank: none. */
const ContactEmailField = () =>
  applyDecorators(
    ApiProperty({ required: false, type: String, nullable: true, description: 'Blank or null: none.' }),
    Transform(({ value }) => blankAsNull(value)),
    ValidateIf((_object, value) => value !== undefined && value !== null),
    IsEmail({}, { message: 'contactEmail must be a valid email address' }),
    MaxLength(320),
  );

const TerritoryNameField = (required: boolean) =>
  applyDecorators(
    ApiProperty({ required, maxLength: 200, example: 'Pays de la Loire' }),
    Presence(required),
    Trim(),
    IsString(),
    Matches(/\S/, { message: 'name must not be empty' }),
    MaxLength(200),
  );

export class TerritorySettingsDto {
  @ApiProperty({ example: 'pdl' }) code: string;
  @ApiProperty({ example: 'Pays de la Loire' }) name: string;
  @ApiProperty({ type: 'integer' }) slaDays: number;
  @ApiProperty({ type: 'integer' }) inactivityDays: number;
  @ApiProperty({ type: String, nullable: true }) contactEmail: string | null;
}

export class UpdateTerritorySettingsDto {
  @SlaDaysField(true) slaDays: number;
  @InactivityDaysField(true) inactivityDays: number;
  @ContactEmailField() contactEmail?: string | null;
}

export class OperatorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class PlatformTerritoryDto extends TerritorySettingsDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: [String], example: ['44', '49'] }) departements: string[];
  @ApiProperty({ type: OperatorDto, nullable: true }) operator: OperatorDto | null;
  @ApiProperty({ type: 'integer' }) userCount: number;
  @ApiProperty({ type: 'integer' }) caseCount: number;
  @ApiProperty({ type: 'integer', description: 'Communes of its départements.' }) communeCount: number;
  @ApiProperty({ type: [UserAdminDto], description: 'Its territory admins, by name.' })
  admins: UserAdminDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CreateTerritoryDto {
  @ApiProperty({
    example: 'IDF',
    description: 'Letters only, 2 to 16; case references start with it. Kept in lower case.',
  })
  @IsString()
  @Matches(/^[A-Za-z]{2,16}$/, { message: 'code must be 2 to 16 letters' })
  code: string;

  @TerritoryNameField(true) name: string;

  @ApiProperty({
    type: [String],
    example: ['75', '77', '78'],
    description: 'INSEE codes of its départements.',
  })
  @IsArray()
  @ArrayNotEmpty({ message: 'departements must name at least one département' })
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(DEPARTEMENT_CODE, { each: true, message: 'departements must hold INSEE codes of départements' })
  departements: string[];

  @ApiProperty({ maxLength: 200, example: 'CRESS Île-de-France', description: 'Its operator organisation.' })
  @Trim()
  @IsString()
  @Matches(/\S/, { message: 'operatorName must not be empty' })
  @MaxLength(200)
  operatorName: string;
}

export class UpdateTerritoryDto {
  @TerritoryNameField(false) name?: string;
  @SlaDaysField(false) slaDays?: number;
  @InactivityDaysField(false) inactivityDays?: number;
  @ContactEmailField() contactEmail?: string | null;
}
