import { ApiProperty } from '@nestjs/swagger';
import {
  type AnswerValue,
  type Answers,
  CASE_STAGES,
  type CaseStage,
  NEED_CATEGORIES,
  type NeedCategory,
  type NeedProfile,
} from '@essaim/domain';
import { IsDefined } from 'class-validator';
import { OfferSummaryDto } from '../../directory/dto/directory.dto';
import { QuestionnaireVersionDto } from '../../questionnaires/dto/questionnaire.dto';

const ANSWER_VALUE_SCHEMA = {
  oneOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: { type: 'string' } },
  ],
};
const ANSWERS_SCHEMA = {
  type: 'object',
  additionalProperties: ANSWER_VALUE_SCHEMA,
  description: 'Answers by question key.',
} as const;

export class SaveAnswerDto {
  @ApiProperty({
    ...ANSWER_VALUE_SCHEMA,
    description:
      'An option key (single choice), option keys (multiple choice), 1–5 (scale), a number, a text, or true/false (yes/no).',
  })
  @IsDefined()
  value: AnswerValue;
}

export class SectionProgressDto {
  @ApiProperty() key: string;
  @ApiProperty() answered: number;
  @ApiProperty() total: number;
}

/** 0 (no need) to 100 (pressing need) per category. */
export class NeedProfileDto implements NeedProfile {
  @ApiProperty() funding: number;
  @ApiProperty() business_model: number;
  @ApiProperty() legal_structure: number;
  @ApiProperty() governance: number;
  @ApiProperty() employment_hr: number;
  @ApiProperty() premises: number;
  @ApiProperty() market_sales: number;
  @ApiProperty() partnerships: number;
  @ApiProperty() impact: number;
  @ApiProperty() digital: number;
}

export class AnswersStateDto {
  @ApiProperty(ANSWERS_SCHEMA) answers: Answers;
  @ApiProperty({ type: [SectionProgressDto] }) progress: SectionProgressDto[];
  @ApiProperty({ type: [String], description: 'Keys of the required questions shown and not answered.' })
  missingRequired: string[];
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class DiagnosticDto extends AnswersStateDto {
  @ApiProperty() id: string;
  @ApiProperty() projectId: string;
  @ApiProperty({ enum: ['draft', 'submitted'] }) status: 'draft' | 'submitted';
  @ApiProperty({ type: QuestionnaireVersionDto }) questionnaire: QuestionnaireVersionDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) caseId: string | null;
}

export class DiagnosticSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['draft', 'submitted'] }) status: 'draft' | 'submitted';
  @ApiProperty() questionnaireNumber: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: NeedProfileDto, nullable: true }) needProfile: NeedProfileDto | null;
}

export class MatchDto {
  @ApiProperty({ description: '0–100: how much of the offer’s needs the project has.' }) score: number;
  @ApiProperty({ enum: NEED_CATEGORIES, isArray: true, description: 'Strongest first.' })
  needs: NeedCategory[];
  @ApiProperty({ description: 'The offer serves the project’s commune or département specifically.' })
  local: boolean;
  @ApiProperty({ type: OfferSummaryDto }) offer: OfferSummaryDto;
}

export class DiagnosticCaseDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'PDL-2026-00042' }) reference: string;
  @ApiProperty({ enum: CASE_STAGES }) stage: CaseStage;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
}

export class DiagnosticResultsDto {
  @ApiProperty({ type: NeedProfileDto }) needProfile: NeedProfileDto;
  @ApiProperty({ type: [MatchDto], description: 'Most relevant first; unpublished offers left out.' })
  matches: MatchDto[];
  @ApiProperty({ type: DiagnosticCaseDto }) case: DiagnosticCaseDto;
}

export class SubmitResultDto extends DiagnosticResultsDto {
  @ApiProperty({ type: DiagnosticDto }) diagnostic: DiagnosticDto;
}
