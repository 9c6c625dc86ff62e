import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { availableMoves } from '@essaim/domain';
import type { DataSource } from 'typeorm';
import { ProjectMember } from '../projects/project-member.entity';
import type { Project } from '../projects/project.entity';
import type { PersonDto } from '../users/person.dto';
import { User } from '../users/user.entity';
import { CaseEvent } from './case-event.entity';
import { CaseFile } from './case-file.entity';
import { accessCase, lockCaseForWrite, requireCaseAdvisor } from './case-access';
import type {
  CaseDto,
  CaseEventDto,
  CaseProjectDetailsDto,
  CaseSummaryDto,
  UpdateCaseDto,
} from './dto/case.dto';

@Injectable()
export class CasesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The cases of the projects the holder holds or co-holds, newest first. */
  async listForHolder(user: User): Promise<CaseSummaryDto[]> {
    const cases = await this.dataSource
      .getRepository(CaseFile)
      .createQueryBuilder('case')
      .innerJoin(ProjectMember, 'member', 'member.projectId = case.projectId AND member.userId = :userId', {
        userId: user.id,
      })
      .innerJoinAndSelect('case.project', 'project')
      .orderBy('case.submittedAt', 'DESC')
      .addOrderBy('case.reference', 'DESC')
      .getMany();
    return cases.map((caseFile) => ({
      id: caseFile.id,
      reference: caseFile.reference,
      stage: caseFile.stage,
      submittedAt: caseFile.submittedAt.toISOString(),
      project: { id: caseFile.projectId, name: caseFile.project?.name ?? '' },
    }));
  }

  /** Holders see the shared timeline; staff who may see the case see all of it. */
  async get(user: User, caseId: string): Promise<CaseDto> {
    const { caseFile, reader, actor } = await accessCase(this.dataSource.manager, user, caseId);
    const staff = reader === 'staff';
    const { holders, advisors: people, events } = await this.pageContents(caseFile, staff);
    const followers = staff ? people.filter((person) => person.id !== caseFile.leadAdvisorId) : [];
    return {
      id: caseFile.id,
      reference: caseFile.reference,
      stage: caseFile.stage,
      stageEnteredAt: caseFile.stageEnteredAt,
      submittedAt: caseFile.submittedAt.toISOString(),
      lastEventAt: caseFile.lastEventAt.toISOString(),
      priority: caseFile.priority,
      project: projectDetails(caseFile.project!),
      holders,
      diagnosticId: caseFile.diagnosticId,
      events,
      version: caseFile.version,
      leadAdvisorId: caseFile.leadAdvisorId,
      leadAdvisor: people.find((person) => person.id === caseFile.leadAdvisorId) ?? null,
      followerIds: followers.map((person) => person.id),
      followers,
      closureOutcome: caseFile.closureOutcome,
      caseAdvisor: staff && actor.caseAdvisor,
      moves: staff ? availableMoves(caseFile, actor) : [],
    };
  }

  /** Sets the case's priority (its advisors and the operator's staff), version checked. */
  async update(user: User, caseId: string, request: UpdateCaseDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const access = await lockCaseForWrite(manager, user, caseId, request.version);
      if (!access.actor.operatorStaff) requireCaseAdvisor(access);
      const { caseFile } = access;
      if (caseFile.priority === request.priority) return;
      await manager.update(CaseFile, caseFile.id, {
        priority: request.priority,
        version: caseFile.version + 1,
      });
      await manager.insert(CaseEvent, {
        caseId: caseFile.id,
        territoryId: caseFile.territoryId,
        kind: 'priority_changed',
        visibility: 'internal',
        actorId: user.id,
        payload: { from: caseFile.priority, to: request.priority },
      });
    });
  }

  /**
   * The project's holders (owner first), the case's advisors (lead first) and the timeline, in one
   * statement: on this page every round trip to PostgreSQL costs more than the rows it brings.
   */
  private async pageContents(
    caseFile: CaseFile,
    staff: boolean,
  ): Promise<{ holders: PersonDto[]; advisors: PersonDto[]; events: CaseEventDto[] }> {
    const [row]: { holders: PersonDto[]; advisors: PersonDto[]; events: EventRow[] }[] =
      await this.dataSource.query(
        `SELECT
           (SELECT coalesce(json_agg(json_build_object('id', u.id, 'firstName', u.first_name, 'lastName', u.last_name)
                                     ORDER BY (m.role = 'owner') DESC, m.created_at, u.id), '[]')
              FROM project_member m JOIN app_user u ON u.id = m.user_id
             WHERE m.project_id = $1) AS holders,
           (SELECT coalesce(json_agg(json_build_object('id', u.id, 'firstName', u.first_name, 'lastName', u.last_name)
                                     ORDER BY (u.id = $3) DESC, u.last_name, u.first_name, u.id), '[]')
              FROM app_user u
              -- One IN over a union, not an OR: the OR made PostgreSQL scan every user.
             WHERE u.id IN (SELECT $3::uuid UNION ALL SELECT f.user_id FROM case_follower f WHERE f.case_id = $2)
           ) AS advisors,
           (SELECT coalesce(json_agg(json_build_object(
                     'id', e.id, 'kind', e.kind, 'visibility', e.visibility, 'createdAt', e.created_at,
                     'payload', e.payload, 'actorId', a.id, 'actorFirstName', a.first_name,
                     'actorLastName', a.last_name) ORDER BY e.created_at, e.id), '[]')
              FROM case_event e LEFT JOIN app_user a ON a.id = e.actor_id
             WHERE e.case_id = $2 AND ($4 OR e.visibility = 'shared')) AS events`,
        [caseFile.projectId, caseFile.id, caseFile.leadAdvisorId, staff],
      );
    return {
      holders: row.holders,
      advisors: row.advisors,
      events: row.events.map((event) => ({
        id: event.id,
        kind: event.kind,
        visibility: event.visibility,
        createdAt: new Date(event.createdAt).toISOString(),
        actor: event.actorId
          ? { id: event.actorId, firstName: event.actorFirstName ?? '', lastName: event.actorLastName ?? '' }
          : null,
        payload: staff ? event.payload : withoutStaffOnly(event.payload),
      })),
    };
  }
}

/** A timeline event as `pageContents` reads it (JSON: the time is a string). */
interface EventRow {
  id: string;
  kind: CaseEventDto['kind'];
  visibility: CaseEventDto['visibility'];
  createdAt: string;
  payload: Record<string, unknown>;
  actorId: string | null;
  actorFirstName: string | null;
  actorLastName: string | null;
}

/** A stage change's reason is for the staff; the holder sees the move itself. */
function withoutStaffOnly(payload: Record<string, unknown>): Record<string, unknown> {
  const { reason: _reason, ...shared } = payload;
  return shared;
}

/** The project as the case page shows it (`accessCase` loads it with its commune). */
function projectDetails(project: Project): CaseProjectDetailsDto {
  return {
    id: project.id,
    name: project.name,
    summary: project.summary,
    legalForm: project.legalForm,
    sector: project.sector,
    stage: project.stage,
    commune: project.commune ? { code: project.commune.code, name: project.commune.name } : null,
  };
}
