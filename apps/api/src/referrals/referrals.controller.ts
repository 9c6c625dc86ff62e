import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Post,
  Put,
  Query,
  StreamableFile,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { AuditStaffRead, AuditStep } from '../audit/audit';
import { Authenticated, RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import { attachmentDisposition } from '../documents/file-names';
import { type UploadedFileBytes, UploadTooLargeInterceptor } from '../documents/upload';
import type { User } from '../users/user.entity';
import {
  ANSWER_REFERRAL_BODY,
  AnswerReferralDto,
  AskQuestionDto,
  CaseFundingDto,
  DecideReferralDto,
  MAX_ANSWER_FILES,
  RecordDisbursementDto,
  ReferralCountsDto,
  ReferralDto,
  ReferralInboxDto,
  ReferralInboxQueryDto,
  ReferralOptionsDto,
  ReferralVersionDto,
  SaveReviewDto,
  SendReferralsDto,
  WithdrawReferralDto,
} from './dto/referral.dto';
import { ReferralStepsService } from './referral-steps.service';
import { ReferralsService } from './referrals.service';

/** Referrals of cases to funders (docs/contracts/funders-referrals.md). */
@ApiTags('referrals')
@Controller()
export class ReferralsController {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly steps: ReferralStepsService,
  ) {}

  /** The territory's published funding offers and the case's documents at their current version. */
  @Get('cases/:id/referral-options')
  @RequirePermission('case:work')
  @ApiOkResponse({ type: ReferralOptionsDto })
  options(@CurrentUser() user: User, @UuidParam() id: string): Promise<ReferralOptionsDto> {
    return this.referrals.options(user, id);
  }

  /** The case's advisors send it to one or more funders, each with a frozen snapshot. */
  @Post('cases/:id/referrals')
  @AuditStep('case', 'referrals_sent')
  @RequirePermission('case:work')
  @ApiCreatedResponse({ type: [ReferralDto] })
  send(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: SendReferralsDto,
  ): Promise<ReferralDto[]> {
    return this.referrals.send(user, id, body);
  }

  /** The case's funding: its referrals (newest first) and totals. Holders and staff who see the case. */
  @Get('cases/:id/referrals')
  @Authenticated()
  @ApiOkResponse({ type: CaseFundingDto })
  funding(@CurrentUser() user: User, @UuidParam() id: string): Promise<CaseFundingDto> {
    return this.referrals.funding(user, id);
  }

  /** The funder's inbox: referrals to their organisation, oldest first by default. */
  @Get('referrals')
  @RequirePermission('referral:review')
  @ApiOkResponse({ type: ReferralInboxDto })
  inbox(@CurrentUser() user: User, @Query() query: ReferralInboxQueryDto): Promise<ReferralInboxDto> {
    return this.referrals.inbox(user, query);
  }

  /** How many referrals of the funder's organisation are in each status. */
  @Get('referrals/counts')
  @RequirePermission('referral:review')
  @ApiOkResponse({ type: ReferralCountsDto })
  counts(@CurrentUser() user: User): Promise<ReferralCountsDto> {
    return this.referrals.counts(user);
  }

  /** One referral: funders of its organisation, and the staff who see its case. */
  @Get('referrals/:id')
  @AuditStaffRead('referral')
  @Authenticated()
  @ApiOkResponse({ type: ReferralDto })
  get(@CurrentUser() user: User, @UuidParam() id: string): Promise<ReferralDto> {
    return this.referrals.get(user, id);
  }

  /** A document version linked to the referral, to save (funder downloads are audited). */
  @Get('referrals/:id/documents/:versionId')
  @AuditStaffRead('referral')
  @Authenticated()
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The bytes, with the type read from them at upload.' })
  async download(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @UuidParam('versionId') versionId: string,
  ): Promise<StreamableFile> {
    const file = await this.referrals.download(user, id, versionId);
    return new StreamableFile(file.stream, {
      type: file.contentType.startsWith('text/') ? `${file.contentType}; charset=utf-8` : file.contentType,
      length: file.sizeBytes,
      disposition: attachmentDisposition(file.fileName),
    });
  }

  /** The funder starts reviewing: sent → in_review. */
  @Post('referrals/:id/open')
  @AuditStep('referral', 'referral_open')
  @RequirePermission('referral:review')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralDto })
  open(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: ReferralVersionDto,
  ): Promise<ReferralDto> {
    return this.steps.open(user, id, body);
  }

  /** The funder asks for information: in_review → info_requested. */
  @Post('referrals/:id/questions')
  @AuditStep('referral', 'referral_question')
  @RequirePermission('referral:review')
  @ApiCreatedResponse({ type: ReferralDto })
  ask(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: AskQuestionDto,
  ): Promise<ReferralDto> {
    return this.steps.ask(user, id, body);
  }

  /** The case's advisors or holders answer the open question, with files: info_requested → in_review. */
  @Post('referrals/:id/answers')
  @AuditStep('referral', 'referral_answer')
  @Authenticated()
  @UseInterceptors(UploadTooLargeInterceptor, FilesInterceptor('files', MAX_ANSWER_FILES))
  @ApiConsumes('multipart/form-data')
  @ApiBody(ANSWER_REFERRAL_BODY)
  @ApiCreatedResponse({ type: ReferralDto })
  answer(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: AnswerReferralDto,
    @UploadedFiles() files: UploadedFileBytes[] | undefined,
  ): Promise<ReferralDto> {
    return this.steps.answer(user, id, body, files ?? []);
  }

  /** The funder approves (with an amount) or declines (with a reason); once. */
  @Post('referrals/:id/decision')
  @AuditStep('referral', 'referral_decision')
  @RequirePermission('referral:review')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralDto })
  decide(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: DecideReferralDto,
  ): Promise<ReferralDto> {
    return this.steps.decide(user, id, body);
  }

  /** The case's advisors withdraw an undecided referral. */
  @Post('referrals/:id/withdraw')
  @AuditStep('referral', 'referral_withdraw')
  @RequirePermission('case:work')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralDto })
  withdraw(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: WithdrawReferralDto,
  ): Promise<ReferralDto> {
    return this.steps.withdraw(user, id, body);
  }

  /** The caller's scores and comment, while the referral is under review. */
  @Put('referrals/:id/reviews/mine')
  @AuditStep('referral', 'referral_review')
  @RequirePermission('referral:review')
  @ApiOkResponse({ type: ReferralDto })
  review(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: SaveReviewDto,
  ): Promise<ReferralDto> {
    return this.steps.review(user, id, body);
  }

  /** The funder records a payment on an approved referral. */
  @Post('referrals/:id/disbursements')
  @AuditStep('referral', 'referral_payment')
  @RequirePermission('referral:review')
  @ApiCreatedResponse({ type: ReferralDto })
  disburse(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: RecordDisbursementDto,
  ): Promise<ReferralDto> {
    return this.steps.disburse(user, id, body);
  }
}
