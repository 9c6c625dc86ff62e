import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, Min, ValidateNested } from 'class-validator';
import { QuestionnaireDefinitionDto } from './questionnaire-definition.dto';

export class QuestionnaireVersionDto {
  @ApiProperty() id: string;
  @ApiProperty() number: number;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty({ type: QuestionnaireDefinitionDto }) definition: QuestionnaireDefinitionDto;
}

export class QuestionnaireDraftDto {
  @ApiProperty({ type: QuestionnaireDefinitionDto }) definition: QuestionnaireDefinitionDto;
  @ApiProperty({ description: 'Send it back with the next save or publish: a stale one gets a 409.' })
  revision: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class QuestionnaireVersionSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() number: number;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty() questionCount: number;
}

export class QuestionnaireAdminDto {
  @ApiProperty({ type: QuestionnaireDraftDto }) draft: QuestionnaireDraftDto;
  @ApiProperty({ type: [QuestionnaireVersionSummaryDto], description: 'Newest first.' })
  versions: QuestionnaireVersionSummaryDto[];
}

export class SaveDraftDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  revision: number;

  @ApiProperty({ type: QuestionnaireDefinitionDto })
  @IsObject()
  @ValidateNested()
  @Type(() => QuestionnaireDefinitionDto)
  definition: QuestionnaireDefinitionDto;
}

export class PublishDto {
  @ApiProperty({ description: 'The draft revision the admin reviewed.' })
  @IsInt()
  @Min(1)
  revision: number;
}
