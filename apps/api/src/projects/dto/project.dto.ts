import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_STAGES,
  type CaseStage,
  LEGAL_FORMS,
  type LegalForm,
  PROJECT_STAGES,
  type ProjectStage,
  SECTORS,
  type Sector,
} from '@essaim/domain';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

const SUMMARY_MAX = 4000;
const JOBS_MAX = 1_000_000;
/** Ten billion euros: far beyond any project, well within a bigint and a JS safe integer. */
const FUNDING_MAX_CENTS = 1_000_000_000_000;

/** Optional, but when given it may not be null: for columns that have no "empty" value. */
const IfPresent = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

export class CreateProjectDto {
  @ApiProperty({ maxLength: 200, example: 'La Recyclerie du Val' })
  @IsString()
  @Matches(/\S/, { message: 'name must not be empty' })
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ maxLength: SUMMARY_MAX })
  @IfPresent()
  @IsString()
  @MaxLength(SUMMARY_MAX)
  summary?: string;

  @ApiProperty({ enum: LEGAL_FORMS })
  @IsIn(LEGAL_FORMS)
  legalForm: LegalForm;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '732 829 320 00074',
    description: '14 digits (spaces allowed) passing the Luhn check; null or empty when none.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  siret?: string | null;

  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS)
  sector: Sector;

  @ApiProperty({ enum: PROJECT_STAGES })
  @IsIn(PROJECT_STAGES)
  stage: ProjectStage;

  @ApiProperty({ example: '44109', description: 'INSEE code of a commune of the holder’s territory.' })
  @IsString()
  @MaxLength(5)
  communeCode: string;

  @ApiPropertyOptional({ minimum: 0 })
  @IfPresent()
  @IsInt()
  @Min(0)
  @Max(JOBS_MAX)
  jobsNow?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IfPresent()
  @IsInt()
  @Min(0)
  @Max(JOBS_MAX)
  jobsPlanned?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'Euro cents.' })
  @IfPresent()
  @IsInt()
  @Min(0)
  @Max(FUNDING_MAX_CENTS)
  fundingNeedCents?: number;
}

export class UpdateProjectDto {
  @ApiProperty({ description: 'The version read: a stale one gets a 409.' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IfPresent()
  @IsString()
  @Matches(/\S/, { message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ maxLength: SUMMARY_MAX })
  @IfPresent()
  @IsString()
  @MaxLength(SUMMARY_MAX)
  summary?: string;

  @ApiPropertyOptional({ enum: LEGAL_FORMS })
  @IfPresent()
  @IsIn(LEGAL_FORMS)
  legalForm?: LegalForm;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null or empty removes it.' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  siret?: string | null;

  @ApiPropertyOptional({ enum: SECTORS })
  @IfPresent()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({ enum: PROJECT_STAGES })
  @IfPresent()
  @IsIn(PROJECT_STAGES)
  stage?: ProjectStage;

  @ApiPropertyOptional()
  @IfPresent()
  @IsString()
  @MaxLength(5)
  communeCode?: string;

  @ApiPropertyOptional({ minimum: 0 })
  @IfPresent()
  @IsInt()
  @Min(0)
  @Max(JOBS_MAX)
  jobsNow?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IfPresent()
  @IsInt()
  @Min(0)
  @Max(JOBS_MAX)
  jobsPlanned?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IfPresent()
  @IsInt()
  @Min(0)
  @Max(FUNDING_MAX_CENTS)
  fundingNeedCents?: number;
}

export class CreateInvitationDto {
  @ApiProperty({ example: 'associee@example.org' })
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email: string;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token of the invitation link.' })
  @IsString()
  @MaxLength(200)
  token: string;
}

export class ProjectCommuneDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() departementCode: string;
}

export const PROJECT_ROLES = ['owner', 'co_holder', 'staff'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export class ProjectMemberDto {
  @ApiProperty() userId: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ enum: ['owner', 'co_holder'] }) role: 'owner' | 'co_holder';
}

export class ProjectInvitationDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class ProjectDiagnosticRefDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['draft', 'submitted'] }) status: 'draft' | 'submitted';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
}

export class ProjectCaseRefDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'PDL-2026-00042' }) reference: string;
  @ApiProperty({ enum: CASE_STAGES }) stage: CaseStage;
}

export class ProjectDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: LEGAL_FORMS }) legalForm: LegalForm;
  @ApiProperty({ type: String, nullable: true }) siret: string | null;
  @ApiProperty({ enum: SECTORS }) sector: Sector;
  @ApiProperty({ enum: PROJECT_STAGES }) stage: ProjectStage;
  @ApiProperty({ type: ProjectCommuneDto }) commune: ProjectCommuneDto;
  @ApiProperty() jobsNow: number;
  @ApiProperty() jobsPlanned: number;
  @ApiProperty({ description: 'Euro cents.' }) fundingNeedCents: number;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ enum: PROJECT_ROLES }) myRole: ProjectRole;
  @ApiProperty({ type: [ProjectMemberDto] }) members: ProjectMemberDto[];
  @ApiProperty({ type: [ProjectInvitationDto] }) pendingInvitations: ProjectInvitationDto[];
  @ApiProperty({ type: ProjectDiagnosticRefDto, nullable: true })
  latestDiagnostic: ProjectDiagnosticRefDto | null;
  @ApiProperty({ type: ProjectCaseRefDto, nullable: true }) case: ProjectCaseRefDto | null;
}
