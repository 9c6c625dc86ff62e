import { ApiProperty } from '@nestjs/swagger';
import {
  CASE_PRIORITIES,
  CASE_STAGES,
  type CasePriority,
  type CaseStage,
  LEGAL_FORMS,
  type LegalForm,
  SECTORS,
  type Sector,
} from '@essaim/domain';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { isCalendarDay } from '../../case-content/dto/task.dto';
import { COMMUNE_CODE, DEPARTEMENT_CODE } from '../../directory/dto/directory-query.dto';

export const CASE_SORTS = ['submittedAt', 'lastEventAt', 'reference', 'stageEnteredAt'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
export const MAX_CASE_PAGE_SIZE = 100;

/** A query string value that may be given once or repeated (`stage=a&stage=b`). */
const toArray = ({ value }: { value: unknown }): unknown => (Array.isArray(value) ? value : [value]);

const CalendarDay = (name: string) =>
  ValidateBy({
    name: 'isCalendarDay',
    validator: {
      validate: isCalendarDay,
      defaultMessage: () => `${name} must be a calendar day written YYYY-MM-DD`,
    },
  });

/**
 * The case list's parameters. Saved filters store an object of these same keys, checked by this
 * class too, so a saved filter always replays as a valid list query.
 */
export class CaseListQueryDto {
  @ApiProperty({
    required: false,
    enum: CASE_STAGES,
    isArray: true,
    description: 'Repeatable: any of these.',
  })
  @IsOptional()
  @Transform(toArray)
  @IsIn(CASE_STAGES, { each: true })
  stage?: CaseStage[];

  @ApiProperty({
    required: false,
    description: '`me`, `none` (no lead advisor) or a user id: cases they lead or follow.',
    example: 'me',
  })
  @IsOptional()
  @IsString()
  @ValidateIf((_query, value) => value !== 'me' && value !== 'none')
  @IsUUID('all', { message: 'advisor must be me, none or the id of an advisor' })
  advisor?: string;

  @ApiProperty({
    required: false,
    description:
      'An organisation id: cases whose lead advisor belongs to it, or that it accepted through an orientation.',
  })
  @IsOptional()
  @IsUUID()
  organisation?: string;

  @ApiProperty({ required: false, enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiProperty({ required: false, enum: LEGAL_FORMS })
  @IsOptional()
  @IsIn(LEGAL_FORMS)
  legalForm?: LegalForm;

  @ApiProperty({ required: false, description: 'INSEE code of the project’s commune.', example: '44109' })
  @IsOptional()
  @Matches(COMMUNE_CODE, { message: 'commune must be the INSEE code of a commune' })
  commune?: string;

  @ApiProperty({ required: false, description: 'INSEE code of the project’s département.', example: '44' })
  @IsOptional()
  @Matches(DEPARTEMENT_CODE, { message: 'departement must be the INSEE code of a département' })
  departement?: string;

  @ApiProperty({ required: false, enum: CASE_PRIORITIES })
  @IsOptional()
  @IsIn(CASE_PRIORITIES)
  priority?: CasePriority;

  @ApiProperty({ required: false, format: 'date', description: 'Submitted on or after this day (Paris).' })
  @IsOptional()
  @CalendarDay('submittedFrom')
  submittedFrom?: string;

  @ApiProperty({ required: false, format: 'date', description: 'Submitted on or before this day (Paris).' })
  @IsOptional()
  @CalendarDay('submittedTo')
  submittedTo?: string;

  @ApiProperty({ required: false, enum: ['true'], description: 'Only cases with an open task past its day.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === true ? 'true' : value))
  @IsIn(['true'], { message: 'overdueTask can only be true' })
  overdueTask?: 'true';

  @ApiProperty({
    required: false,
    description: 'Reference, project name or holders’ names; accent- and case-insensitive.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiProperty({ required: false, enum: CASE_SORTS, default: 'submittedAt' })
  @IsOptional()
  @IsIn(CASE_SORTS)
  sort?: CaseSort;

  @ApiProperty({ required: false, enum: SORT_ORDERS, default: 'desc' })
  @IsOptional()
  @IsIn(SORT_ORDERS)
  order?: SortOrder;

  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: 10_000, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: MAX_CASE_PAGE_SIZE, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_CASE_PAGE_SIZE)
  pageSize?: number;
}
