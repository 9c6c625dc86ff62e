import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  computeNeedProfile,
  formatCaseReference,
  type MatchableOffer,
  missingRequired,
  rankOffers,
} from '@essaim/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { CaseEvent } from '../cases/case-event.entity';
import { CaseFile } from '../cases/case-file.entity';
import { AppError } from '../common/app-error';
import { Offer } from '../directory/offer.entity';
import { ProjectAccessService } from '../projects/project-access.service';
import { Project } from '../projects/project.entity';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { Territory } from '../territories/territory.entity';
import type { User } from '../users/user.entity';
import { Diagnostic } from './diagnostic.entity';
import { DiagnosticsService } from './diagnostics.service';
import type { SubmitResultDto } from './dto/diagnostic.dto';

/** Case references count per calendar year in France. */
const yearInFrance = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', year: 'numeric' });

@Injectable()
export class DiagnosticSubmissionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProjectAccessService,
    private readonly questionnaires: QuestionnairesService,
    private readonly diagnostics: DiagnosticsService,
  ) {}

  /**
   * Scores the diagnostic, ranks the offers and opens its case, in one transaction with the
   * diagnostic row locked. Idempotent: a retried (or concurrent) submit finds the diagnostic
   * submitted and answers with the same result; `created` says whether this call opened the case.
   */
  async submit(user: User, diagnosticId: string): Promise<{ created: boolean; result: SubmitResultDto }> {
    const found = await this.diagnostics.find(diagnosticId);
    await this.access.held(user, found.projectId);
    let created = false;
    if (found.status === 'draft') {
      if (!user.emailConfirmedAt) {
        throw new AppError(
          'email_unconfirmed',
          'Confirm your email address before sending your diagnostic: click the link we mailed you when you signed up (you can have it sent again).',
        );
      }
      try {
        created = await this.dataSource.transaction((manager) =>
          this.submitLocked(manager, user, diagnosticId),
        );
      } catch (error) {
        // Only a writer that bypassed the row lock could get here: its case is the one to return.
        if (!isUniqueViolation(error, 'diagnostic_id')) throw error;
      }
    }
    const diagnostic = await this.diagnostics.find(diagnosticId);
    const manager = this.dataSource.manager;
    return {
      created,
      result: {
        diagnostic: await this.diagnostics.dto(manager, diagnosticId),
        ...(await this.diagnostics.resultsOf(manager, diagnostic)),
      },
    };
  }

  private async submitLocked(manager: EntityManager, user: User, diagnosticId: string): Promise<boolean> {
    const diagnostic = await manager
      .getRepository(Diagnostic)
      .createQueryBuilder('diagnostic')
      .setLock('pessimistic_write')
      .where('diagnostic.id = :diagnosticId', { diagnosticId })
      .getOneOrFail();
    if (diagnostic.status !== 'draft') return false;

    const { definition } = await this.questionnaires.version(diagnostic.questionnaireVersionId, manager);
    const missing = missingRequired(definition, diagnostic.answers);
    if (missing.length > 0) {
      throw new AppError(
        'validation_failed',
        'Some required questions are not answered.',
        missing.map((key) => ({
          field: `answers.${key}`,
          reason: 'required',
          message: `${key} is required`,
        })),
      );
    }
    const needProfile = computeNeedProfile(definition, diagnostic.answers);
    const project = await manager.findOneOrFail(Project, {
      where: { id: diagnostic.projectId },
      relations: { commune: true },
    });
    const matches = rankOffers(
      needProfile,
      {
        stage: project.stage,
        legalForm: project.legalForm,
        communeCode: project.communeCode,
        departementCode: project.commune?.departementCode ?? '',
      },
      await matchableOffers(manager, diagnostic.territoryId),
    );

    // Last, so that the counter row (which queues every submission of the territory) is held briefly.
    // The transaction's time, which the rows' default timestamps (the case event's) also take.
    const [{ now }] = await manager.query<[{ now: Date }]>('SELECT now() AS now');
    const year = Number(yearInFrance.format(now));
    const territory = await manager.findOneByOrFail(Territory, { id: diagnostic.territoryId });
    const [counter] = await manager.query<[{ last_value: number }]>(
      `INSERT INTO case_counter (territory_id, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (territory_id, year) DO UPDATE SET last_value = case_counter.last_value + 1
       RETURNING last_value`,
      [diagnostic.territoryId, year],
    );
    const caseFile = await manager.save(
      manager.create(CaseFile, {
        territoryId: diagnostic.territoryId,
        reference: formatCaseReference(territory.code, year, counter.last_value),
        projectId: diagnostic.projectId,
        diagnosticId,
        stage: 'submitted',
        stageEnteredAt: { submitted: now.toISOString() },
        submittedAt: now,
      }),
    );
    await manager.insert(CaseEvent, {
      caseId: caseFile.id,
      territoryId: diagnostic.territoryId,
      kind: 'submitted',
      visibility: 'shared',
      actorId: user.id,
      payload: { diagnosticId, reference: caseFile.reference },
    });
    await manager.update(Diagnostic, diagnosticId, {
      status: 'submitted',
      submittedAt: now,
      needProfile,
      matches,
    });
    return true;
  }
}

/** The territory's published offers of published organisations, with the places they serve. */
async function matchableOffers(manager: EntityManager, territoryId: string): Promise<MatchableOffer[]> {
  const offers = await manager.find(Offer, {
    where: { territoryId, published: true, organisation: { published: true } },
    relations: { organisation: true },
  });
  return offers.map((offer) => ({
    id: offer.id,
    name: offer.name,
    needCategories: offer.needCategories,
    stages: offer.stages,
    legalForms: offer.legalForms,
    communes: offer.organisation?.communes ?? [],
    departements: offer.organisation?.departements ?? [],
  }));
}

function isUniqueViolation(error: unknown, column: string): boolean {
  const driverError = (error as { driverError?: { code?: string; detail?: string } } | null)?.driverError;
  return driverError?.code === '23505' && (driverError.detail ?? '').includes(column);
}
