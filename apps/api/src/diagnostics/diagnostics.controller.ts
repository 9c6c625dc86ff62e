import { Body, Controller, Delete, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditStaffRead } from '../audit/audit';
import { Authenticated, RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import type { User } from '../users/user.entity';
import { DiagnosticSubmissionService } from './diagnostic-submission.service';
import { DiagnosticsService } from './diagnostics.service';
import {
  AnswersStateDto,
  DiagnosticDto,
  DiagnosticResultsDto,
  DiagnosticSummaryDto,
  SaveAnswerDto,
  SubmitResultDto,
} from './dto/diagnostic.dto';

@ApiTags('diagnostics')
@Controller()
export class DiagnosticsController {
  constructor(
    private readonly diagnostics: DiagnosticsService,
    private readonly submission: DiagnosticSubmissionService,
  ) {}

  /** 201 with a new draft on the latest published version, or 200 with the project's existing draft. */
  @Post('projects/:id/diagnostics')
  @RequirePermission('project:manage-own')
  @ApiCreatedResponse({ type: DiagnosticDto })
  @ApiOkResponse({ type: DiagnosticDto, description: 'The project already had a draft: here it is.' })
  async start(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DiagnosticDto> {
    const { created, diagnostic } = await this.diagnostics.start(user, id);
    if (!created) response.status(200);
    return diagnostic;
  }

  @Get('projects/:id/diagnostics')
  @AuditStaffRead('project')
  @Authenticated()
  @ApiOkResponse({ type: [DiagnosticSummaryDto] })
  list(@CurrentUser() user: User, @UuidParam() id: string): Promise<DiagnosticSummaryDto[]> {
    return this.diagnostics.listForProject(user, id);
  }

  /** Holders of the project; staff of the territory once it is submitted. */
  @Get('diagnostics/:id')
  @AuditStaffRead('diagnostic')
  @Authenticated()
  @ApiOkResponse({ type: DiagnosticDto })
  get(@CurrentUser() user: User, @UuidParam() id: string): Promise<DiagnosticDto> {
    return this.diagnostics.get(user, id);
  }

  @Put('diagnostics/:id/answers/:questionKey')
  @RequirePermission('project:manage-own')
  @ApiOkResponse({ type: AnswersStateDto })
  saveAnswer(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Param('questionKey') questionKey: string,
    @Body() body: SaveAnswerDto,
  ): Promise<AnswersStateDto> {
    return this.diagnostics.saveAnswer(user, id, questionKey, body.value);
  }

  @Delete('diagnostics/:id/answers/:questionKey')
  @RequirePermission('project:manage-own')
  @ApiOkResponse({ type: AnswersStateDto })
  clearAnswer(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Param('questionKey') questionKey: string,
  ): Promise<AnswersStateDto> {
    return this.diagnostics.clearAnswer(user, id, questionKey);
  }

  /** Idempotent: 201 when this call opened the case, 200 with the same body when it was already open. */
  @Post('diagnostics/:id/submit')
  @RequirePermission('project:manage-own')
  @ApiCreatedResponse({ type: SubmitResultDto })
  @ApiOkResponse({ type: SubmitResultDto, description: 'Already submitted: the same result.' })
  async submit(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmitResultDto> {
    const { created, result } = await this.submission.submit(user, id);
    if (!created) response.status(200);
    return result;
  }

  @Get('diagnostics/:id/results')
  @AuditStaffRead('diagnostic')
  @Authenticated()
  @ApiOkResponse({ type: DiagnosticResultsDto })
  results(@CurrentUser() user: User, @UuidParam() id: string): Promise<DiagnosticResultsDto> {
    return this.diagnostics.results(user, id);
  }
}
