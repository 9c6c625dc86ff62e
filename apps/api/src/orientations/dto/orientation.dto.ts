import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_STAGES,
  type CaseStage,
  LEGAL_FORMS,
  type LegalForm,
  ORIENTATION_STATUSES,
  type OrientationStatus,
  PROJECT_STAGES,
  type ProjectStage,
  SECTORS,
  type Sector,
} from '@essaim/domain';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { CaseCommuneDto } from '../../cases/dto/case.dto';
import { PersonDto } from '../../users/person.dto';

const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class OrientationRefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class OrientationDto {
  @ApiProperty() id: string;
  @ApiProperty() caseId: string;
  @ApiProperty({ enum: ORIENTATION_STATUSES }) status: OrientationStatus;
  @ApiProperty({ type: OrientationRefDto, description: 'The partner organisation the case is oriented to.' })
  organisation: OrientationRefDto;
  @ApiProperty({ type: OrientationRefDto }) offer: OrientationRefDto;
  @ApiProperty({ description: 'What the proposing advisor wrote to the partner.' }) message: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why the partner declined; staff only.' })
  declineReason: string | null;
  @ApiProperty({ type: PersonDto }) proposedBy: PersonDto;
  @ApiProperty({ type: PersonDto, nullable: true }) answeredBy: PersonDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
  @ApiProperty({ description: 'Send it back with an answer: a stale one is a 409.' }) version: number;
}

/** The project as a partner sees it before deciding: no holder, no diagnostic. */
export class OrientationProjectDto {
  @ApiProperty() name: string;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: LEGAL_FORMS }) legalForm: LegalForm;
  @ApiProperty({ enum: SECTORS }) sector: Sector;
  @ApiProperty({ enum: PROJECT_STAGES }) stage: ProjectStage;
  @ApiProperty({ type: CaseCommuneDto, nullable: true }) commune: CaseCommuneDto | null;
}

export class OrientationCaseDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'PDL-2026-00042' }) reference: string;
  @ApiProperty({ enum: CASE_STAGES }) stage: CaseStage;
  @ApiProperty({ type: OrientationProjectDto }) project: OrientationProjectDto;
}

export class OrientationInboxItemDto extends OrientationDto {
  @ApiProperty({ type: OrientationCaseDto, description: 'Enough to decide before accepting.' })
  case: OrientationCaseDto;
}

export class ProposeOrientationDto {
  @ApiProperty({
    description:
      'A published accompaniment offer of a partner support organisation of the case’s territory (not the operator’s).',
  })
  @IsUUID()
  offerId: string;

  @ApiProperty({ minLength: 1, maxLength: 5000, description: 'Why this partner, for them to decide.' })
  @Trim()
  @IsString()
  @Matches(/\S/, { message: 'message must not be empty' })
  @MaxLength(5000)
  message: string;
}

export class AnswerOrientationDto {
  @ApiProperty({ type: 'integer', description: 'The version of the orientation the answer was decided on.' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version: number;
}

export class DeclineOrientationDto extends AnswerOrientationDto {
  @ApiProperty({ maxLength: 2000, description: 'Why the partner declines; the holder does not see it.' })
  @Trim()
  @IsString()
  @MaxLength(2000)
  reason: string;
}

export class OrientationInboxQueryDto {
  @ApiPropertyOptional({ enum: ORIENTATION_STATUSES, description: 'Only the orientations in this status.' })
  @IsOptional()
  @IsIn(ORIENTATION_STATUSES)
  status?: OrientationStatus;
}
