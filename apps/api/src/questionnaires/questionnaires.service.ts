import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { definitionProblems, type QuestionnaireDefinition } from '@essaim/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import type { User } from '../users/user.entity';
import type { QuestionnaireDefinitionDto } from './dto/questionnaire-definition.dto';
import type {
  QuestionnaireAdminDto,
  QuestionnaireDraftDto,
  QuestionnaireVersionDto,
} from './dto/questionnaire.dto';
import { QuestionnaireDraft } from './questionnaire-draft.entity';
import { QuestionnaireVersion } from './questionnaire-version.entity';

/** Published versions never change, so they are kept once read. */
const VERSION_CACHE_SIZE = 200;
const MAX_INT = 2_147_483_647;

@Injectable()
export class QuestionnairesService {
  private readonly versionCache = new Map<string, QuestionnaireVersion>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The latest published version of a territory, or null when none is. */
  async latest(territoryId: string, manager?: EntityManager): Promise<QuestionnaireVersion | null> {
    return (manager ?? this.dataSource.manager).findOne(QuestionnaireVersion, {
      where: { territoryId },
      order: { number: 'DESC' },
    });
  }

  async latestForHolder(user: User): Promise<QuestionnaireVersionDto> {
    const version = user.territoryId ? await this.latest(user.territoryId) : null;
    if (!version) throw notFound('Published questionnaire');
    return toVersionDto(version);
  }

  /** A published version by id (the one a diagnostic was answered against). */
  async version(id: string, manager?: EntityManager): Promise<QuestionnaireVersion> {
    const cached = this.versionCache.get(id);
    if (cached) return cached;
    const version = await (manager ?? this.dataSource.manager).findOneByOrFail(QuestionnaireVersion, { id });
    if (this.versionCache.size >= VERSION_CACHE_SIZE) this.versionCache.clear();
    this.versionCache.set(id, version);
    return version;
  }

  async adminOverview(user: User): Promise<QuestionnaireAdminDto> {
    const territoryId = territoryOf(user);
    const draft = await this.draft(territoryId);
    const versions: { id: string; number: number; published_at: Date; question_count: string }[] =
      await this.dataSource.query(
        `SELECT v.id, v.number, v.published_at,
                (SELECT count(*) FROM jsonb_array_elements(v.definition->'sections') AS s,
                                      jsonb_array_elements(s->'questions') AS q) AS question_count
           FROM questionnaire_version v
          WHERE v.territory_id = $1
          ORDER BY v.number DESC`,
        [territoryId],
      );
    return {
      draft: toDraftDto(draft),
      versions: versions.map((row) => ({
        id: row.id,
        number: row.number,
        publishedAt: row.published_at.toISOString(),
        questionCount: Number(row.question_count),
      })),
    };
  }

  /** Replaces the draft's definition when `revision` is the current one; 409 otherwise. */
  async saveDraft(
    user: User,
    revision: number,
    definition: QuestionnaireDefinitionDto,
  ): Promise<QuestionnaireDraftDto> {
    const territoryId = territoryOf(user);
    await this.draft(territoryId);
    // TypeORM adds `revision = revision + 1` and `updated_at = now()` to the update.
    const result = await this.dataSource
      .createQueryBuilder()
      .update(QuestionnaireDraft)
      .set({ definition: plain(definition), updatedById: user.id })
      .where('territory_id = :territoryId AND revision = :revision', { territoryId, revision })
      .execute();
    if (result.affected !== 1) throw staleDraft();
    return toDraftDto(await this.draft(territoryId));
  }

  /** Freezes the draft as the next version number, in one transaction with the draft locked. */
  async publish(user: User, revision: number): Promise<QuestionnaireVersionDto> {
    const territoryId = territoryOf(user);
    await this.draft(territoryId);
    const version = await this.dataSource.transaction(async (manager) => {
      const draft = await manager
        .getRepository(QuestionnaireDraft)
        .createQueryBuilder('draft')
        .setLock('pessimistic_write')
        .where('draft.territoryId = :territoryId', { territoryId })
        .getOneOrFail();
      if (draft.revision !== revision) throw staleDraft();
      const problems = definitionProblems(draft.definition);
      if (problems.length > 0) {
        throw new AppError(
          'validation_failed',
          'The draft cannot be published yet.',
          problems.map((message) => ({ field: 'definition', reason: 'not_publishable', message })),
        );
      }
      const [{ next }] = await manager.query<[{ next: number }]>(
        `SELECT coalesce(max(number), 0) + 1 AS next FROM questionnaire_version WHERE territory_id = $1`,
        [territoryId],
      );
      return manager.save(
        manager.create(QuestionnaireVersion, {
          territoryId,
          number: next,
          definition: draft.definition,
          publishedById: user.id,
        }),
      );
    });
    return toVersionDto(version);
  }

  async versionByNumber(user: User, number: number): Promise<QuestionnaireVersionDto> {
    const territoryId = territoryOf(user);
    const version =
      number >= 1 && number <= MAX_INT
        ? await this.dataSource.getRepository(QuestionnaireVersion).findOneBy({ territoryId, number })
        : null;
    if (!version) throw notFound('Questionnaire version');
    return toVersionDto(version);
  }

  /** The territory's draft, created on first read from the latest version (or empty). */
  private async draft(territoryId: string): Promise<QuestionnaireDraft> {
    const repository = this.dataSource.getRepository(QuestionnaireDraft);
    const existing = await repository.findOneBy({ territoryId });
    if (existing) return existing;
    await this.dataSource.query(
      `INSERT INTO questionnaire_draft (territory_id, definition)
       SELECT $1, coalesce(
         (SELECT definition FROM questionnaire_version WHERE territory_id = $1 ORDER BY number DESC LIMIT 1),
         '{"sections": []}'::jsonb)
       ON CONFLICT (territory_id) DO NOTHING`,
      [territoryId],
    );
    return repository.findOneByOrFail({ territoryId });
  }
}

export function toVersionDto(version: QuestionnaireVersion): QuestionnaireVersionDto {
  return {
    id: version.id,
    number: version.number,
    publishedAt: version.publishedAt.toISOString(),
    definition: version.definition,
  };
}

function toDraftDto(draft: QuestionnaireDraft): QuestionnaireDraftDto {
  return {
    definition: draft.definition,
    revision: draft.revision,
    updatedAt: draft.updatedAt.toISOString(),
  };
}

/** The validated DTO as plain JSON: no class instances, no undefined keys. */
function plain(definition: QuestionnaireDefinitionDto): QuestionnaireDefinition {
  return JSON.parse(JSON.stringify(definition)) as QuestionnaireDefinition;
}

function territoryOf(user: User): string {
  if (!user.territoryId) throw new AppError('forbidden', 'Your account belongs to no territory.');
  return user.territoryId;
}

function staleDraft(): AppError {
  return new AppError('conflict', 'The draft changed since you read it: reload it and try again.');
}
