import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_STAGES, type CaseStage } from '@essaim/domain';

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

export class CaseEventDto {
  @ApiProperty() id: string;
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
  @ApiProperty({ type: CaseProjectDto }) project: CaseProjectDto;
  @ApiProperty() diagnosticId: string;
  @ApiProperty({ type: [CaseEventDto], description: 'Oldest first.' }) events: CaseEventDto[];
}
