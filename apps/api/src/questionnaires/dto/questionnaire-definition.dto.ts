import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AnswerOption,
  type NeedWeights,
  type Question,
  type QuestionCondition,
  type QuestionnaireDefinition,
  type QuestionnaireSection,
  QUESTION_TYPES,
  type QuestionType,
} from '@essaim/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/**
 * The shape of a questionnaire definition, checked field by field when an admin saves the
 * draft (a 400 names the path, e.g. `definition.sections.0.questions.2.type`). Whether it can
 * be published (unique keys, conditions on earlier questions…) is `definitionProblems()`.
 */

/** Keys travel in URLs (`/answers/:questionKey`): letters, digits, `_` and `-`. */
const KEY_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const Key = () =>
  applyDecorators(
    ApiProperty({ pattern: KEY_PATTERN.source }),
    IsString(),
    Matches(KEY_PATTERN, { message: '$property must be 1 to 64 letters, digits, _ or -' }),
  );
const IfPresent = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
const Nested = (type: () => new () => object) => applyDecorators(IsObject(), ValidateNested(), Type(type));
const OptionalNested = (type: () => new () => object) =>
  applyDecorators(IfPresent(), IsObject(), ValidateNested(), Type(type));
const NestedArray = (type: () => new () => object, max: number, min = 0) =>
  applyDecorators(
    IsArray(),
    ArrayMinSize(min),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(type),
  );

export class LocalisedTextDto {
  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @MaxLength(1000)
  fr: string;

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @MaxLength(1000)
  en: string;
}

const Weight = () =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 0, maximum: 100 }),
    IsOptional(),
    IsNumber(),
    Min(0),
    Max(100),
  );

/** What an answer adds to each need category (see NEED_CATEGORIES). */
export class NeedWeightsDto implements NeedWeights {
  @Weight() funding?: number;
  @Weight() business_model?: number;
  @Weight() legal_structure?: number;
  @Weight() governance?: number;
  @Weight() employment_hr?: number;
  @Weight() premises?: number;
  @Weight() market_sales?: number;
  @Weight() partnerships?: number;
  @Weight() impact?: number;
  @Weight() digital?: number;
}

export class AnswerOptionDto implements AnswerOption {
  @Key() key: string;

  @ApiProperty({ type: LocalisedTextDto })
  @Nested(() => LocalisedTextDto)
  label: LocalisedTextDto;

  @ApiPropertyOptional({ type: NeedWeightsDto })
  @OptionalNested(() => NeedWeightsDto)
  weights?: NeedWeightsDto;
}

export class QuestionConditionDto implements QuestionCondition {
  @Key() question: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  equals: string[];
}

export class QuestionDto implements Question {
  @Key() key: string;

  @ApiProperty({ enum: QUESTION_TYPES })
  @IsIn(QUESTION_TYPES)
  type: QuestionType;

  @ApiProperty({ type: LocalisedTextDto })
  @Nested(() => LocalisedTextDto)
  label: LocalisedTextDto;

  @ApiPropertyOptional({ type: LocalisedTextDto })
  @OptionalNested(() => LocalisedTextDto)
  help?: LocalisedTextDto;

  @ApiProperty()
  @IsBoolean()
  required: boolean;

  @ApiPropertyOptional({ type: [AnswerOptionDto] })
  @IfPresent()
  @NestedArray(() => AnswerOptionDto, 50)
  options?: AnswerOptionDto[];

  @ApiPropertyOptional()
  @IfPresent()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  min?: number;

  @ApiPropertyOptional()
  @IfPresent()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  max?: number;

  @ApiPropertyOptional({
    type: NeedWeightsDto,
    description: 'Scale questions: the weights added in full at 5.',
  })
  @OptionalNested(() => NeedWeightsDto)
  weights?: NeedWeightsDto;

  @ApiPropertyOptional({ description: 'Scale questions: full weights at 1 instead of 5.' })
  @IfPresent()
  @IsBoolean()
  invert?: boolean;

  @ApiPropertyOptional({ type: QuestionConditionDto })
  @OptionalNested(() => QuestionConditionDto)
  condition?: QuestionConditionDto;
}

export class QuestionnaireSectionDto implements QuestionnaireSection {
  @Key() key: string;

  @ApiProperty({ type: LocalisedTextDto })
  @Nested(() => LocalisedTextDto)
  title: LocalisedTextDto;

  @ApiProperty({ type: [QuestionDto] })
  @NestedArray(() => QuestionDto, 200)
  questions: QuestionDto[];
}

export class QuestionnaireDefinitionDto implements QuestionnaireDefinition {
  @ApiProperty({ type: [QuestionnaireSectionDto] })
  @NestedArray(() => QuestionnaireSectionDto, 30)
  sections: QuestionnaireSectionDto[];
}
