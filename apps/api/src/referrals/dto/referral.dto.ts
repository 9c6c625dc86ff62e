import { type ApiBodyOptions, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DOCUMENT_CATEGORIES,
  type DocumentCategory,
  FUNDING_INSTRUMENTS,
  type FundingInstrument,
  LEGAL_FORMS,
  PROJECT_STAGES,
  REFERRAL_ACTIONS,
  REFERRAL_STATUSES,
  type ReferralAction,
  type ReferralStatus,
  SECTORS,
} from '@essaim/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { isCalendarDay } from '../../case-content/dto/task.dto';
import { CaseCommuneDto } from '../../cases/dto/case.dto';
import { NeedProfileDto } from '../../diagnostics/dto/diagnostic.dto';
import { PersonDto } from '../../users/person.dto';

const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A query string value that may be given once or repeated (`status=a&status=b`). */
const toArray = ({ value }: { value: unknown }): unknown => (Array.isArray(value) ? value : [value]);

/** Integer cents: a safe integer, at least `min`. */
const Cents = (min: number) => [IsInt(), Min(min), Max(Number.MAX_SAFE_INTEGER)];

function applyAll(decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorator) => decorator(target, key));
}

const VersionField = (description: string) =>
  applyAll([ApiProperty({ type: 'integer', minimum: 1, description }), Type(() => Number), IsInt(), Min(1)]);

const NonEmptyText = (name: string, max: number) =>
  applyAll([Trim(), IsString(), Matches(/\S/, { message: `${name} must not be empty` }), MaxLength(max)]);

export const REFERRAL_DECISIONS = ['approved', 'declined'] as const;
export type ReferralDecision = (typeof REFERRAL_DECISIONS)[number];
export const REFERRAL_SORTS = ['createdAt'] as const;
export const REFERRAL_SORT_ORDERS = ['asc', 'desc'] as const;
export const MAX_REFERRAL_PAGE_SIZE = 100;

// ─── Responses ──────────────────────────────────────────────────────────────

export class ReferralRefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

/** A published funding offer of the territory the case may be sent to. */
export class ReferralOfferOptionDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: FUNDING_INSTRUMENTS, nullable: true }) instrument: FundingInstrument | null;
  @ApiProperty({ type: Number, nullable: true }) amountMinCents: number | null;
  @ApiProperty({ type: Number, nullable: true }) amountMaxCents: number | null;
  @ApiProperty({ type: ReferralRefDto, description: 'The funder.' }) organisation: ReferralRefDto;
}

/** A document of the case at its current version: what would be sent. */
export class ReferralDocumentOptionDto {
  @ApiProperty({ description: 'The document id (send it in `documentIds`).' }) id: string;
  @ApiProperty({ description: 'Its current version.' }) versionId: string;
  @ApiProperty({ enum: DOCUMENT_CATEGORIES }) category: DocumentCategory;
  @ApiProperty() fileName: string;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ReferralOptionsDto {
  @ApiProperty({ type: [ReferralOfferOptionDto] }) offers: ReferralOfferOptionDto[];
  @ApiProperty({ type: [ReferralDocumentOptionDto], description: 'Newest first.' })
  documents: ReferralDocumentOptionDto[];
}

export class ExchangeDocumentDto {
  @ApiProperty() versionId: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: DOCUMENT_CATEGORIES }) category: DocumentCategory;
}

/** A funder's question or an answer to it; never edited. */
export class ExchangeDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['question', 'answer'] }) kind: 'question' | 'answer';
  @ApiProperty() body: string;
  @ApiProperty({ type: PersonDto }) author: PersonDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [ExchangeDocumentDto], description: 'Files sent with an answer.' })
  documents: ExchangeDocumentDto[];
}

/** A referral as a line of the case's funding. */
export class ReferralSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: REFERRAL_STATUSES }) status: ReferralStatus;
  @ApiProperty({ type: ReferralRefDto, description: 'The funder.' }) organisation: ReferralRefDto;
  @ApiProperty({ type: ReferralRefDto }) offer: ReferralRefDto;
  @ApiProperty({ description: 'Integer cents.' }) askedCents: number;
  @ApiProperty({ enum: FUNDING_INSTRUMENTS }) askedInstrument: FundingInstrument;
  @ApiProperty({ type: Number, nullable: true, description: 'Integer cents.' }) grantedCents: number | null;
  @ApiProperty({ enum: FUNDING_INSTRUMENTS, nullable: true }) grantedInstrument: FundingInstrument | null;
  @ApiProperty({ type: String, nullable: true }) conditions: string | null;
  @ApiProperty({ type: String, nullable: true }) declineReason: string | null;
  @ApiProperty({ description: 'Integer cents paid so far.' }) paidCents: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: ExchangeDto, nullable: true, description: 'The question waiting for an answer.' })
  openQuestion: ExchangeDto | null;
  @ApiProperty({
    enum: REFERRAL_ACTIONS,
    isArray: true,
    description: 'The steps the caller may take (withdraw, answer for the case’s people).',
  })
  actions: ReferralAction[];
  @ApiProperty({ description: 'Send it back with a step: a stale one is a 409.' }) version: number;
}

export class FundingTotalsDto {
  @ApiProperty({ description: 'Asked over referrals neither withdrawn nor declined.' }) askedCents: number;
  @ApiProperty({ description: 'Granted over approved referrals.' }) grantedCents: number;
  @ApiProperty({ description: 'Paid over approved referrals.' }) paidCents: number;
  @ApiProperty({ description: 'Asked over referrals still undecided.' }) pendingAskedCents: number;
}

export class CaseFundingDto {
  @ApiProperty({ type: [ReferralSummaryDto], description: 'Newest first.' }) referrals: ReferralSummaryDto[];
  @ApiProperty({ type: FundingTotalsDto }) totals: FundingTotalsDto;
}

export class InboxItemDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'PDL-2026-00042' }) reference: string;
  @ApiProperty() projectName: string;
  @ApiProperty({ type: ReferralRefDto }) offer: ReferralRefDto;
  @ApiProperty({ enum: REFERRAL_STATUSES }) status: ReferralStatus;
  @ApiProperty() askedCents: number;
  @ApiProperty({ enum: FUNDING_INSTRUMENTS }) askedInstrument: FundingInstrument;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'Whole days since it was sent.' }) ageDays: number;
}

export class ReferralInboxDto {
  @ApiProperty({ type: [InboxItemDto] }) items: InboxItemDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class ReferralCountsDto {
  @ApiProperty() sent: number;
  @ApiProperty() in_review: number;
  @ApiProperty() info_requested: number;
  @ApiProperty() approved: number;
  @ApiProperty() declined: number;
  @ApiProperty() withdrawn: number;
}

export class SnapshotProjectDto {
  @ApiProperty() name: string;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: LEGAL_FORMS, nullable: true }) legalForm: string | null;
  @ApiProperty({ enum: SECTORS, nullable: true }) sector: string | null;
  @ApiProperty({ enum: PROJECT_STAGES, nullable: true }) stage: string | null;
  @ApiProperty({ type: CaseCommuneDto, nullable: true }) commune: CaseCommuneDto | null;
}

export class SnapshotHolderDto {
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
}

/** The dossier as it was sent: later edits of the case never change it. */
export class ReferralSnapshotDto {
  @ApiProperty() reference: string;
  @ApiProperty({ type: SnapshotProjectDto }) project: SnapshotProjectDto;
  @ApiProperty({ type: [SnapshotHolderDto] }) holders: SnapshotHolderDto[];
  @ApiProperty({ type: NeedProfileDto, nullable: true }) needProfile: NeedProfileDto | null;
  @ApiProperty({ description: 'The advisor’s summary for the funder; empty for holders.' }) summary: string;
}

export class ReferralDocumentDto {
  @ApiProperty() versionId: string;
  @ApiProperty() documentId: string;
  @ApiProperty({ enum: DOCUMENT_CATEGORIES }) category: DocumentCategory;
  @ApiProperty() fileName: string;
  @ApiProperty() contentType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time', description: 'When it was linked to the referral.' }) addedAt: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The answer it came with; null: sent with the referral.',
  })
  exchangeId: string | null;
}

export class ReferralCriterionDto {
  @ApiProperty() id: string;
  @ApiProperty() label: string;
  @ApiProperty() weight: number;
  @ApiProperty({ description: 'Scores go from 0 to it.' }) scale: number;
}

export class ReferralReviewDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: PersonDto }) reviewer: PersonDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Score per criterion id.',
  })
  scores: Record<string, number>;
  @ApiProperty() comment: string;
  @ApiProperty({ description: '0–100, one decimal: Σ(score/scale × weight) / Σ weight × 100.' })
  weightedScore: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;
  @ApiProperty({ description: 'The caller’s own review.' }) mine: boolean;
}

export class DisbursementDto {
  @ApiProperty() id: string;
  @ApiProperty() amountCents: number;
  @ApiProperty({ format: 'date' }) paidOn: string;
  @ApiProperty({ type: PersonDto }) recordedBy: PersonDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** One referral, as its funder or the case's staff see it. */
export class ReferralDto extends ReferralSummaryDto {
  @ApiProperty({ type: String, nullable: true, description: 'For the case’s staff; null for funders.' })
  caseId: string | null;
  @ApiProperty({ example: 'PDL-2026-00042' }) reference: string;
  @ApiProperty({ description: 'The advisor’s cover message.' }) message: string;
  @ApiProperty({ type: ReferralSnapshotDto }) snapshot: ReferralSnapshotDto;
  @ApiProperty({ type: PersonDto }) sentBy: PersonDto;
  @ApiProperty({ format: 'date-time' }) sentAt: string;
  @ApiProperty({ type: [ReferralDocumentDto] }) documents: ReferralDocumentDto[];
  @ApiProperty({ type: [ExchangeDto], description: 'Oldest first.' }) exchanges: ExchangeDto[];
  @ApiProperty({ type: [ReferralCriterionDto], description: 'The offer’s grid.' })
  criteria: ReferralCriterionDto[];
  @ApiProperty({ type: [ReferralReviewDto] }) reviews: ReferralReviewDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Mean of the reviews’ weightedScore.' })
  weightedMean: number | null;
  @ApiProperty({ type: [DisbursementDto], description: 'Oldest first.' }) disbursements: DisbursementDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Granted minus paid; null until approved.' })
  remainingCents: number | null;
}

/** A line of an offer's scoring grid. */
export class FundingCriterionDto {
  @ApiProperty() id: string;
  @ApiProperty() label: string;
  @ApiProperty({ minimum: 1, maximum: 10 }) weight: number;
  @ApiProperty({ minimum: 2, maximum: 10 }) scale: number;
  @ApiProperty() position: number;
}

// ─── Requests ───────────────────────────────────────────────────────────────

export class ReferralRequestItemDto {
  @ApiProperty({ format: 'uuid', description: 'A published funding offer of the case’s territory.' })
  @IsUUID()
  offerId: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Integer cents.' })
  @applyAll(Cents(1))
  askedCents: number;

  @ApiProperty({ enum: FUNDING_INSTRUMENTS })
  @IsIn(FUNDING_INSTRUMENTS)
  askedInstrument: FundingInstrument;
}

export class SendReferralsDto {
  @VersionField('The version of the case the referrals were decided on.')
  version: number;

  @ApiProperty({ type: [ReferralRequestItemDto], minItems: 1, maxItems: 5, description: 'Distinct offers.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => ReferralRequestItemDto)
  referrals: ReferralRequestItemDto[];

  @ApiPropertyOptional({
    description:
      'Move the case to funding in the same step when it is not there yet (the workflow must allow it); otherwise a case not at funding is a 409.',
  })
  @IsOptional()
  @IsBoolean()
  moveToFunding?: boolean;

  @ApiProperty({ minLength: 1, maxLength: 5000, description: 'The cover message to the funders.' })
  @NonEmptyText('message', 5000)
  message: string;

  @ApiPropertyOptional({ maxLength: 10_000, description: 'The advisor’s summary of the dossier.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(10_000)
  summary?: string;

  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    description: 'Documents of this case, sent at their current version.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  documentIds?: string[];
}

export class ReferralInboxQueryDto {
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, isArray: true, description: 'Repeatable; default: all.' })
  @IsOptional()
  @Transform(toArray)
  @IsIn(REFERRAL_STATUSES, { each: true })
  status?: ReferralStatus[];

  @ApiPropertyOptional({ description: 'Reference or project name; accent- and case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: REFERRAL_SORTS, default: 'createdAt' })
  @IsOptional()
  @IsIn(REFERRAL_SORTS)
  sort?: (typeof REFERRAL_SORTS)[number];

  @ApiPropertyOptional({ enum: REFERRAL_SORT_ORDERS, default: 'asc', description: 'Default: oldest first.' })
  @IsOptional()
  @IsIn(REFERRAL_SORT_ORDERS)
  order?: (typeof REFERRAL_SORT_ORDERS)[number];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 10_000, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_REFERRAL_PAGE_SIZE, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_REFERRAL_PAGE_SIZE)
  pageSize?: number;
}

export class ReferralVersionDto {
  @VersionField('The version of the referral the step was decided on.')
  version: number;
}

export class AskQuestionDto extends ReferralVersionDto {
  @ApiProperty({ minLength: 1, maxLength: 5000 })
  @NonEmptyText('question', 5000)
  question: string;
}

/** The form fields of an answer; files come in `files` parts. */
export class AnswerReferralDto extends ReferralVersionDto {
  @ApiProperty({ minLength: 1, maxLength: 5000 })
  @NonEmptyText('body', 5000)
  body: string;
}

export const MAX_ANSWER_FILES = 5;

export const ANSWER_REFERRAL_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    required: ['version', 'body'],
    properties: {
      version: { type: 'integer', minimum: 1 },
      body: { type: 'string', minLength: 1, maxLength: 5000 },
      files: {
        type: 'array',
        maxItems: MAX_ANSWER_FILES,
        items: { type: 'string', format: 'binary' },
        description: 'Stored as case documents of category `other`.',
      },
    },
  },
};

export class DecideReferralDto extends ReferralVersionDto {
  @ApiProperty({ enum: REFERRAL_DECISIONS })
  @IsIn(REFERRAL_DECISIONS)
  decision: ReferralDecision;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'Integer cents; required to approve.' })
  @IsOptional()
  @applyAll(Cents(0))
  grantedCents?: number;

  @ApiPropertyOptional({ enum: FUNDING_INSTRUMENTS, description: 'Default: the instrument asked.' })
  @IsOptional()
  @IsIn(FUNDING_INSTRUMENTS)
  grantedInstrument?: FundingInstrument;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  conditions?: string;

  @ApiPropertyOptional({ description: 'Granting more than was asked must be confirmed.' })
  @IsOptional()
  @IsBoolean()
  confirmAboveAsked?: boolean;

  @ApiPropertyOptional({ maxLength: 5000, description: 'Why; required to decline (the holder sees it).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  reason?: string;
}

export class WithdrawReferralDto extends ReferralVersionDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class SaveReviewDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'Of my review, when it exists.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'A score from 0 to its scale for every criterion of the offer, by criterion id.',
  })
  @IsObject()
  @ValidateBy({
    name: 'isScores',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every((score) => Number.isInteger(score) && (score as number) >= 0),
      defaultMessage: () => 'scores must map criterion ids to whole numbers from 0',
    },
  })
  scores: Record<string, number>;

  @ApiProperty({ maxLength: 5000 })
  @Trim()
  @IsString()
  @MaxLength(5000)
  comment: string;
}

export class RecordDisbursementDto extends ReferralVersionDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Integer cents.' })
  @applyAll(Cents(1))
  amountCents: number;

  @ApiProperty({ format: 'date', example: '2026-06-30', description: 'Not in the future.' })
  @ValidateBy({
    name: 'isCalendarDay',
    validator: {
      validate: isCalendarDay,
      defaultMessage: () => 'paidOn must be a calendar day written YYYY-MM-DD',
    },
  })
  paidOn: string;
}

export class FundingCriterionInputDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @NonEmptyText('label', 200)
  label: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10 })
  @IsInt()
  @Min(1)
  @Max(10)
  weight: number;

  @ApiProperty({ type: 'integer', minimum: 2, maximum: 10 })
  @IsInt()
  @Min(2)
  @Max(10)
  scale: number;
}

export class SaveFundingCriteriaDto {
  @ApiProperty({ type: [FundingCriterionInputDto], maxItems: 20, description: 'In their order.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FundingCriterionInputDto)
  criteria: FundingCriterionInputDto[];
}
