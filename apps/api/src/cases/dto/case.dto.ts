import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import {
  CASE_PRIORITIES,
  CASE_STAGES,
  type CasePriority,
  type CaseStage,
  CLOSURE_OUTCOMES,
  type ClosureOutcome,
  LEGAL_FORMS,
  type LegalForm,
  type MoveKind,
  PROJECT_STAGES,
  type ProjectStage,
  SECTORS,
  type Sector,
} from '@essaim/domain';
import { PersonDto } from '../../users/person.dto';

export class CaseProjectDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class CaseSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'PDL-2026-00042' }) reference: string;
  @ApiProperty({ enum: CASE_STAGES }) stage: CaseStage;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: CaseProjectDto }) project: CaseProjectDto;
}

/** When the case entered each stage it has been in. */
export class StageEnteredAtDto implements Partial<Record<CaseStage, string>> {
  @ApiPropertyOptional({ format: 'date-time' }) submitted?: string;
  @ApiPropertyOptional({ format: 'date-time' }) orientation?: string;
  @ApiPropertyOptional({ format: 'date-time' }) accompaniment?: string;
  @ApiPropertyOptional({ format: 'date-time' }) funding?: string;
  @ApiPropertyOptional({ format: 'date-time' }) on_hold?: string;
  @ApiPropertyOptional({ format: 'date-time' }) closed?: string;
}

export class CaseCommuneDto {
  @ApiProperty({ example: '44109' }) code: string;
  @ApiProperty({ example: 'Nantes' }) name: string;
}

/** The project as the case page shows it. */
export class CaseProjectDetailsDto extends CaseProjectDto {
  @ApiProperty() summary: string;
  @ApiProperty({ enum: LEGAL_FORMS }) legalForm: LegalForm;
  @ApiProperty({ enum: SECTORS }) sector: Sector;
  @ApiProperty({ enum: PROJECT_STAGES }) stage: ProjectStage;
  @ApiProperty({ type: CaseCommuneDto, nullable: true }) commune: CaseCommuneDto | null;
}

export class CaseEventDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: PersonDto, nullable: true, description: 'Who did it; null for the system.' })
  actor: PersonDto | null;
  @ApiProperty({ example: 'submitted' }) kind: string;
  @ApiProperty({ enum: ['internal', 'shared'], description: 'Holders only ever get shared events.' })
  visibility: 'internal' | 'shared';
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload: Record<string, unknown>;
}

export class CaseDto {
  @ApiProperty() id: string;
  @ApiProperty() reference: string;
  @ApiProperty({ enum: CASE_STAGES }) stage: CaseStage;
  @ApiProperty({ type: StageEnteredAtDto }) stageEnteredAt: StageEnteredAtDto;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: CaseProjectDetailsDto }) project: CaseProjectDetailsDto;
  @ApiProperty({ type: [PersonDto], description: 'The project’s holders, owner first.' })
  holders: PersonDto[];
  @ApiProperty() diagnosticId: string;
  @ApiProperty({ enum: CASE_PRIORITIES }) priority: CasePriority;
  @ApiProperty({ format: 'date-time', description: 'When the latest event was written.' })
  lastEventAt: string;
  @ApiProperty({ type: [CaseEventDto], description: 'Oldest first.' }) events: CaseEventDto[];
  @ApiProperty({ description: 'Send it back with a move: a stale one is a 409.' }) version: number;
  @ApiProperty({ type: String, nullable: true }) leadAdvisorId: string | null;
  @ApiProperty({ type: PersonDto, nullable: true }) leadAdvisor: PersonDto | null;
  @ApiProperty({ type: [String], description: 'The advisors following the case; staff only.' })
  followerIds: string[];
  @ApiProperty({ type: [PersonDto], description: 'The advisors following the case; staff only.' })
  followers: PersonDto[];
  @ApiProperty({
    description:
      'Whether the caller is one of the case’s advisors (lead, follower, accepted partner, territory admin): they write notes, tasks, orientations and make moves.',
  })
  caseAdvisor: boolean;
  @ApiProperty({ enum: CLOSURE_OUTCOMES, nullable: true }) closureOutcome: ClosureOutcome | null;
  @ApiProperty({
    type: () => [CaseMoveDto],
    description: 'The moves the caller can make now; none for holders.',
  })
  moves: CaseMoveDto[];
}

export class CaseMoveDto {
  @ApiProperty({ enum: ['take', 'advance', 'back', 'hold', 'resume', 'close', 'reopen'] }) kind: MoveKind;
  @ApiProperty({ enum: CASE_STAGES }) to: CaseStage;
  @ApiProperty() needsReason: boolean;
  @ApiProperty() needsOutcome: boolean;
}

export class MoveCaseDto {
  @ApiProperty({ enum: CASE_STAGES })
  @IsIn(CASE_STAGES)
  to: CaseStage;

  @ApiPropertyOptional({ description: 'Required to go back, hold, close or reopen.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ enum: CLOSURE_OUTCOMES, description: 'Required to close.' })
  @IsOptional()
  @IsIn(CLOSURE_OUTCOMES)
  outcome?: ClosureOutcome;

  @ApiProperty({ description: 'The version of the case the move was decided on.' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version: number;
}

export class AssignCaseDto {
  @ApiProperty({ description: 'An active advisor of the territory: yourself or a colleague.' })
  @IsUUID()
  leadAdvisorId: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Advisors following the case; replaces the current list.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  followerIds?: string[];

  @ApiProperty({ description: 'The version of the case the assignment was decided on.' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version: number;
}

export class UpdateCaseDto {
  @ApiProperty({ enum: CASE_PRIORITIES })
  @IsIn(CASE_PRIORITIES)
  priority: CasePriority;

  @ApiProperty({ description: 'The version of the case the change was decided on.' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version: number;
}
