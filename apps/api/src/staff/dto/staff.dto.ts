import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, type Locale, ROLES, type Role, USER_STATUSES, type UserStatus } from '@essaim/domain';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsPasswordLength } from '../../auth/dto/password-length.validator';
import { TextQueryDto } from '../../directory/dto/directory-query.dto';
import { TerritoryRefDto } from '../../territories/territory.dto';
import { PersonDto } from '../../users/person.dto';

/** The roles a territory admin invites; holders sign up themselves, platform admins are set up by hand. */
export const STAFF_ROLES = ['advisor', 'funder', 'territory_admin'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

const trim = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);
export const Trim = () => Transform(({ value }) => trim(value));

const PersonNameField = (field: 'firstName' | 'lastName', example: string) =>
  applyDecorators(
    ApiProperty({ maxLength: 100, example }),
    Trim(),
    IsString(),
    Matches(/\S/, { message: `${field} must not be empty` }),
    MaxLength(100),
  );

/** Who is invited: the fields shared by a territory admin's and a platform admin's invitation. */
export class InviteeDto {
  @ApiProperty({ example: 'karim.benali@cress.example' })
  @Trim()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email: string;

  @PersonNameField('firstName', 'Karim') firstName: string;
  @PersonNameField('lastName', 'Benali') lastName: string;

  @ApiProperty({
    required: false,
    enum: LOCALES,
    default: 'fr',
    description: 'Language of the invitation mail.',
  })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class InviteUserDto extends InviteeDto {
  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES)
  role: StaffRole;

  @ApiProperty({
    required: false,
    format: 'uuid',
    description:
      'Advisors: a support (or both) organisation of the territory; funders: a funder (or both) one; territory admins belong to the operator.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be the id of an organisation' })
  organisationId?: string;
}

export class UpdateUserDto {
  @ApiProperty({
    format: 'uuid',
    description: 'Advisors and funders only, with the same rules as the invitation.',
  })
  @IsUUID('all', { message: 'organisationId must be the id of an organisation' })
  organisationId: string;
}

export class UserAdminQueryDto extends TextQueryDto {
  @ApiProperty({ required: false, enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiProperty({ required: false, enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;
}

export class UserOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class UserInvitationDto {
  @ApiProperty({ format: 'date-time', description: 'In the past: the link expired, send a new one.' })
  expiresAt: string;
}

export class UserAdminDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: USER_STATUSES }) status: UserStatus;
  @ApiProperty({ type: UserOrganisationDto, nullable: true }) organisation: UserOrganisationDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt: string | null;
  @ApiProperty({
    type: UserInvitationDto,
    nullable: true,
    description: 'The pending invitation link of an invited account.',
  })
  invitation: UserInvitationDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class UserAdminPageDto {
  @ApiProperty({ type: [UserAdminDto] }) items: UserAdminDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}

export class StaffInvitationTokenDto {
  @ApiProperty({ description: 'The token of the link mailed to the invitee.' })
  @IsString()
  @MaxLength(200)
  token: string;
}

export class AcceptStaffInvitationDto extends StaffInvitationTokenDto {
  @ApiProperty({
    minLength: 12,
    description: 'At least 12 characters, any Unicode; common passwords are refused.',
  })
  @IsString()
  @IsPasswordLength()
  password: string;
}

export class InvitationOrganisationDto {
  @ApiProperty() name: string;
}

export class StaffInvitationPreviewDto {
  @ApiProperty() email: string;
  @ApiProperty() firstName: string;
  @ApiProperty({ enum: STAFF_ROLES }) role: Role;
  @ApiProperty({ type: TerritoryRefDto }) territory: TerritoryRefDto;
  @ApiProperty({ type: InvitationOrganisationDto, nullable: true })
  organisation: InvitationOrganisationDto | null;
  @ApiProperty({ type: PersonDto, nullable: true, description: 'Who sent the invitation.' })
  invitedBy: PersonDto | null;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}
