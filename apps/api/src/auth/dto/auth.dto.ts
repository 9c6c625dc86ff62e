import { ApiProperty } from '@nestjs/swagger';
import {
  LOCALES,
  type Locale,
  ORGANISATION_KINDS,
  type OrganisationKind,
  PASSWORD_MAX_LENGTH,
  ROLES,
  type Role,
} from '@essaim/domain';
import { Equals, IsBoolean, IsEmail, IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IsPasswordLength } from './password-length.validator';

/** Long enough for any password: a login checks the password, not its policy. */
const PASSWORD_FIELD_MAX = PASSWORD_MAX_LENGTH * 4;

export class LoginDto {
  @ApiProperty({ example: 'porteur@demo.essaim.test' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_FIELD_MAX)
  password: string;
}

export class SignupDto {
  @ApiProperty({ example: 'camille@example.org' })
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({
    minLength: 12,
    description: 'At least 12 characters, any Unicode; common passwords are refused.',
  })
  @IsString()
  @IsPasswordLength()
  password: string;

  @ApiProperty({ example: 'Camille' })
  @IsString()
  @Matches(/\S/, { message: 'firstName must not be empty' })
  @MaxLength(100)
  firstName: string;

  @ApiProperty({ example: 'Durand' })
  @IsString()
  @Matches(/\S/, { message: 'lastName must not be empty' })
  @MaxLength(100)
  lastName: string;

  @ApiProperty({ example: 'pdl' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(16)
  territoryCode: string;

  @ApiProperty({ description: 'Must be true: the terms of use and the privacy notice are accepted.' })
  @IsBoolean()
  @Equals(true, { message: 'acceptTerms must be true' })
  acceptTerms: boolean;
}

export class PasswordResetRequestDto {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token is not a reset token' })
  token: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @IsPasswordLength()
  password: string;
}

export class ConfirmEmailDto {
  @ApiProperty()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token is not a confirmation token' })
  token: string;
}

export class UpdateMeDto {
  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale: Locale;
}

export class MeTerritoryDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class MeOrganisationDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
}

export class MeDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: LOCALES }) locale: Locale;
  @ApiProperty({ type: MeTerritoryDto, nullable: true }) territory: MeTerritoryDto | null;
  @ApiProperty({ type: MeOrganisationDto, nullable: true }) organisation: MeOrganisationDto | null;
  @ApiProperty({
    description:
      'A territory admin or an advisor of the territory’s operator: sees every case of the territory, assigns them.',
  })
  operatorStaff: boolean;
  @ApiProperty({
    description:
      'Whether they confirmed their email (the signup link); a holder must before submitting a diagnostic.',
  })
  emailConfirmed: boolean;
}
