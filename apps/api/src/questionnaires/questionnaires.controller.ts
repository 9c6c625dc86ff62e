import { Body, Controller, Get, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../common/access';
import { AppError } from '../common/app-error';
import { CurrentUser } from '../common/current-user.decorator';
import type { User } from '../users/user.entity';
import {
  PublishDto,
  QuestionnaireAdminDto,
  QuestionnaireDraftDto,
  QuestionnaireVersionDto,
  SaveDraftDto,
} from './dto/questionnaire.dto';
import { QuestionnairesService } from './questionnaires.service';

@ApiTags('questionnaire')
@Controller()
export class QuestionnairesController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  /** The latest published version of the caller's territory; 404 when none is published. */
  @Get('questionnaire')
  @RequirePermission('project:manage-own')
  @ApiOkResponse({ type: QuestionnaireVersionDto })
  latest(@CurrentUser() user: User): Promise<QuestionnaireVersionDto> {
    return this.questionnaires.latestForHolder(user);
  }

  /** The draft (created from the latest version on first read) and the published versions. */
  @Get('admin/questionnaire')
  @RequirePermission('territory:manage')
  @ApiOkResponse({ type: QuestionnaireAdminDto })
  overview(@CurrentUser() user: User): Promise<QuestionnaireAdminDto> {
    return this.questionnaires.adminOverview(user);
  }

  @Put('admin/questionnaire/draft')
  @RequirePermission('territory:manage')
  @ApiOkResponse({ type: QuestionnaireDraftDto })
  saveDraft(@CurrentUser() user: User, @Body() body: SaveDraftDto): Promise<QuestionnaireDraftDto> {
    return this.questionnaires.saveDraft(user, body.revision, body.definition);
  }

  /** Freezes the draft as a new version; published versions are never edited. */
  @Post('admin/questionnaire/publish')
  @RequirePermission('territory:manage')
  @ApiCreatedResponse({ type: QuestionnaireVersionDto })
  publish(@CurrentUser() user: User, @Body() body: PublishDto): Promise<QuestionnaireVersionDto> {
    return this.questionnaires.publish(user, body.revision);
  }

  @Get('admin/questionnaire/versions/:number')
  @RequirePermission('territory:manage')
  @ApiOkResponse({ type: QuestionnaireVersionDto })
  version(
    @CurrentUser() user: User,
    @Param(
      'number',
      new ParseIntPipe({
        exceptionFactory: () => AppError.invalidField('number', 'isInt', 'number must be a version number'),
      }),
    )
    number: number,
  ): Promise<QuestionnaireVersionDto> {
    return this.questionnaires.versionByNumber(user, number);
  }
}
