import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Answers,
  type AnswerValue,
  answerProblem,
  findQuestion,
  missingRequired,
  type QuestionnaireDefinition,
  sectionProgress,
} from '@essaim/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { CaseFile } from '../cases/case-file.entity';
import { AppError, notFound } from '../common/app-error';
import { ProjectAccessService } from '../projects/project-access.service';
import { Project } from '../projects/project.entity';
import { QuestionnaireVersion } from '../questionnaires/questionnaire-version.entity';
import { QuestionnairesService, toVersionDto } from '../questionnaires/questionnaires.service';
import type { User } from '../users/user.entity';
import { Diagnostic } from './diagnostic.entity';
import type {
  AnswersStateDto,
  DiagnosticDto,
  DiagnosticResultsDto,
  DiagnosticSummaryDto,
} from './dto/diagnostic.dto';
import { matchesWithOffers } from './matched-offers';

const ANSWER_MESSAGES: Record<NonNullable<ReturnType<typeof answerProblem>>, string> = {
  wrong_type: 'value is not the kind of answer this question takes',
  unknown_option: 'value is not one of the options of this question',
  out_of_range: 'value is outside the range this question allows',
  too_long: 'value is too long',
  empty: 'value must not be empty',
};

@Injectable()
export class DiagnosticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProjectAccessService,
    private readonly questionnaires: QuestionnairesService,
  ) {}

  /**
   * A draft on the territory's latest published version; the project's existing draft when
   * there is one (the project row is locked so that two starts make one draft).
   */
  async start(user: User, projectId: string): Promise<{ created: boolean; diagnostic: DiagnosticDto }> {
    await this.access.held(user, projectId);
    const { created, diagnostic } = await this.dataSource.transaction(async (manager) => {
      const project = await manager
        .getRepository(Project)
        .createQueryBuilder('project')
        .setLock('pessimistic_write')
        .where('project.id = :projectId', { projectId })
        .getOneOrFail();
      const draft = await manager.findOneBy(Diagnostic, { projectId, status: 'draft' });
      if (draft) return { created: false, diagnostic: draft };
      const version = await this.questionnaires.latest(project.territoryId, manager);
      if (!version) throw notFound('Published questionnaire');
      const saved = await manager.save(
        manager.create(Diagnostic, {
          territoryId: project.territoryId,
          projectId,
          questionnaireVersionId: version.id,
          startedById: user.id,
        }),
      );
      return { created: true, diagnostic: saved };
    });
    return { created, diagnostic: await this.dto(this.dataSource.manager, diagnostic.id) };
  }

  /** Newest first; staff see only the submitted ones. */
  async listForProject(user: User, projectId: string): Promise<DiagnosticSummaryDto[]> {
    const role = await this.access.readable(user, projectId);
    const rows = await this.dataSource
      .getRepository(Diagnostic)
      .createQueryBuilder('diagnostic')
      .innerJoinAndSelect('diagnostic.questionnaireVersion', 'version')
      .select(['diagnostic', 'version.id', 'version.number'])
      .where('diagnostic.projectId = :projectId', { projectId })
      .andWhere(role === 'staff' ? "diagnostic.status = 'submitted'" : 'TRUE')
      .orderBy('diagnostic.createdAt', 'DESC')
      .getMany();
    return rows.map((diagnostic) => ({
      id: diagnostic.id,
      status: diagnostic.status,
      questionnaireNumber: diagnostic.questionnaireVersion?.number ?? 0,
      createdAt: diagnostic.createdAt.toISOString(),
      submittedAt: diagnostic.submittedAt?.toISOString() ?? null,
      needProfile: diagnostic.needProfile,
    }));
  }

  async get(user: User, diagnosticId: string): Promise<DiagnosticDto> {
    const diagnostic = await this.find(diagnosticId);
    await this.access.diagnosticReader(user, diagnostic);
    return this.dto(this.dataSource.manager, diagnosticId);
  }

  /**
   * Checks the value against the question of the diagnostic's own version, then merges it
   * into the answers in one statement: nothing else is touched, a lost race with submit is a 409.
   */
  async saveAnswer(user: User, diagnosticId: string, key: string, value: unknown): Promise<AnswersStateDto> {
    const definition = await this.writableDefinition(user, diagnosticId);
    const question = findQuestion(definition, key);
    if (!question) throw unknownQuestion();
    const problem = answerProblem(question, value as AnswerValue);
    if (problem) throw AppError.invalidField('value', problem, ANSWER_MESSAGES[problem]);
    // An UPDATE through TypeORM's query() answers [rows, rowCount].
    const [rows] = await this.dataSource.query<[AnswersRow[], number]>(
      `UPDATE diagnostic
          SET answers = answers || jsonb_build_object($2::text, $3::jsonb), updated_at = now()
        WHERE id = $1 AND status = 'draft'
        RETURNING answers, updated_at`,
      [diagnosticId, key, JSON.stringify(value)],
    );
    return answersState(definition, rows);
  }

  async clearAnswer(user: User, diagnosticId: string, key: string): Promise<AnswersStateDto> {
    const definition = await this.writableDefinition(user, diagnosticId);
    if (!findQuestion(definition, key)) throw unknownQuestion();
    const [rows] = await this.dataSource.query<[AnswersRow[], number]>(
      `UPDATE diagnostic
          SET answers = answers - $2::text, updated_at = now()
        WHERE id = $1 AND status = 'draft'
        RETURNING answers, updated_at`,
      [diagnosticId, key],
    );
    return answersState(definition, rows);
  }

  /** The need profile and matches of a submitted diagnostic, with its case; 409 for a draft. */
  async results(user: User, diagnosticId: string): Promise<DiagnosticResultsDto> {
    const diagnostic = await this.find(diagnosticId);
    await this.access.diagnosticReader(user, diagnostic);
    if (diagnostic.status !== 'submitted') {
      throw new AppError('conflict', 'This diagnostic is not submitted yet: it has no results.');
    }
    return this.resultsOf(this.dataSource.manager, diagnostic);
  }

  async resultsOf(manager: EntityManager, diagnostic: Diagnostic): Promise<DiagnosticResultsDto> {
    const caseFile = await manager.findOneByOrFail(CaseFile, { diagnosticId: diagnostic.id });
    if (!diagnostic.needProfile) throw new Error(`submitted diagnostic ${diagnostic.id} has no profile`);
    return {
      needProfile: diagnostic.needProfile,
      matches: await matchesWithOffers(manager, diagnostic.matches ?? []),
      case: {
        id: caseFile.id,
        reference: caseFile.reference,
        stage: caseFile.stage,
        submittedAt: caseFile.submittedAt.toISOString(),
      },
    };
  }

  async dto(manager: EntityManager, diagnosticId: string): Promise<DiagnosticDto> {
    const diagnostic = await manager.findOneByOrFail(Diagnostic, { id: diagnosticId });
    const version = await this.questionnaires.version(diagnostic.questionnaireVersionId, manager);
    const caseFile =
      diagnostic.status === 'submitted'
        ? await manager.findOne(CaseFile, { select: { id: true }, where: { diagnosticId } })
        : null;
    return toDiagnosticDto(diagnostic, version, caseFile?.id ?? null);
  }

  async find(diagnosticId: string): Promise<Diagnostic> {
    const diagnostic = await this.dataSource.getRepository(Diagnostic).findOneBy({ id: diagnosticId });
    if (!diagnostic) throw notFound('Diagnostic');
    return diagnostic;
  }

  /** The definition a holder answers against; 409 once the diagnostic is submitted. */
  private async writableDefinition(user: User, diagnosticId: string): Promise<QuestionnaireDefinition> {
    const diagnostic = await this.find(diagnosticId);
    await this.access.held(user, diagnostic.projectId);
    if (diagnostic.status !== 'draft') throw submitted();
    return (await this.questionnaires.version(diagnostic.questionnaireVersionId)).definition;
  }
}

interface AnswersRow {
  answers: Answers;
  updated_at: Date;
}

function answersState(definition: QuestionnaireDefinition, rows: AnswersRow[]): AnswersStateDto {
  const row = rows[0];
  if (!row) throw submitted();
  return {
    answers: row.answers,
    progress: sectionProgress(definition, row.answers),
    missingRequired: missingRequired(definition, row.answers),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toDiagnosticDto(
  diagnostic: Diagnostic,
  version: QuestionnaireVersion,
  caseId: string | null,
): DiagnosticDto {
  return {
    id: diagnostic.id,
    projectId: diagnostic.projectId,
    status: diagnostic.status,
    questionnaire: toVersionDto(version),
    answers: diagnostic.answers,
    progress: sectionProgress(version.definition, diagnostic.answers),
    missingRequired: missingRequired(version.definition, diagnostic.answers),
    createdAt: diagnostic.createdAt.toISOString(),
    updatedAt: diagnostic.updatedAt.toISOString(),
    submittedAt: diagnostic.submittedAt?.toISOString() ?? null,
    caseId,
  };
}

function unknownQuestion(): AppError {
  return AppError.invalidField(
    'questionKey',
    'unknown_question',
    'questionKey names no question of this diagnostic’s questionnaire version',
  );
}

function submitted(): AppError {
  return new AppError('conflict', 'This diagnostic is submitted: its answers can no longer change.');
}
