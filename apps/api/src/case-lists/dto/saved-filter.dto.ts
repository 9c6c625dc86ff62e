import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsObject } from 'class-validator';
import { TextField } from '../../case-content/dto/fields';

export const SAVED_FILTER_NAME_MAX_LENGTH = 80;

export class SavedFilterDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Parameters of GET /api/staff/cases, as they were saved.',
  })
  query: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CreateSavedFilterDto {
  @TextField({
    required: true,
    maxLength: SAVED_FILTER_NAME_MAX_LENGTH,
    description: 'Unique among my filters.',
  })
  name: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Parameters of GET /api/staff/cases (stage, advisor, q, sort…); unknown keys are refused.',
    example: { stage: ['submitted'], advisor: 'none', sort: 'submittedAt', order: 'asc' },
  })
  @IsDefined()
  @IsObject()
  query: Record<string, unknown>;
}
