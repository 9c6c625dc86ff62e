import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { availableMoves, can } from '@essaim/domain';
import type { DataSource } from 'typeorm';
import { ProjectMember } from '../projects/project-member.entity';
import { AUDIT_ENTRY_COLUMNS, auditEntryPlaceholders, type ReadAudit } from '../audit/audit';
import { notFound } from '../common/app-error';
import { poolOf, preparedQuery } from '../database/prepared-statement';
import type { PersonDto } from '../users/person.dto';
import { User } from '../users/user.entity';
import { CaseEvent } from './case-event.entity';
import { CaseFile } from './case-file.entity';
import {
  type CaseStanding,
  lockCaseForWrite,
  requireCaseAdvisor,
  staffScope,
  standingAccess,
  standingColumns,
} from './case-access';
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

  /**
   * Holders see the shared timeline; staff who may see the case see all of it. With `audit` (the
   * page's own route), a staff read's audit entry is written by the same statement.
   */
  async get(user: User, caseId: string, audit?: ReadAudit): Promise<CaseDto> {
    const row = await this.pageRow(user, caseId, audit);
    if (!row) throw notFound('Case');
    const caseFile = row.case;
    const { reader, actor } = await standingAccess(this.dataSource.manager, user, caseFile, row);
    if (row.audit_written) audit?.written();
    const staff = reader === 'staff';
    const people = row.advisors;
    const followers = staff ? people.filter((person) => person.id !== caseFile.leadAdvisorId) : [];
    return {
      id: caseFile.id,
      reference: caseFile.reference,
      stage: caseFile.stage,
      stageEnteredAt: caseFile.stageEnteredAt,
      submittedAt: caseFile.submittedAt,
      lastEventAt: caseFile.lastEventAt,
      priority: caseFile.priority,
      project: row.project,
      holders: row.holders,
      diagnosticId: caseFile.diagnosticId,
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
   * The case page in one statement (on this page every round trip to PostgreSQL costs more than the
   * rows it brings): the case and its project, how the caller stands towards it (`standingAccess`
   * decides from that), the project's holders (owner first), the case's advisors (lead first), the
   * timeline (shared events only unless the caller is staff) and, with `audit`, the audit entry of
   * a staff read, written only when `staffScope` lets the caller see the case.
   */
  private async pageRow(user: User, caseId: string, audit?: ReadAudit): Promise<PageRow | undefined> {
    const holderReader = can(user.role, 'case:read-own');
    const params: unknown[] = [caseId, user.id, user.organisationId, !holderReader];
    let audited = { cte: '', written: 'false' };
    if (audit && !holderReader) {
      const values = params.length + 1;
      params.push(...audit.values(caseId));
      const scope = await staffScope(this.dataSource.manager, user, 'c', params.length + 1);
      params.push(...scope.params);
      audited = {
        cte: `, audited AS (
           INSERT INTO audit_entry (${AUDIT_ENTRY_COLUMNS})
           SELECT ${auditEntryPlaceholders(values)} FROM c WHERE ${scope.sql}
           RETURNING 1)`,
        written: 'EXISTS (SELECT 1 FROM audited)',
      };
    }
    // Prepared: its plan (lookups by key) never depends on the values, and planning it cost twice
    // as much as running it.
    const [row] = await preparedQuery<PageRow>(
      poolOf(this.dataSource),
      `WITH c AS MATERIALIZED (SELECT * FROM case_file WHERE id = $1)${audited.cte}
       SELECT
         json_build_object(
           'id', c.id, 'territoryId', c.territory_id, 'reference', c.reference, 'projectId', c.project_id,
           'diagnosticId', c.diagnostic_id, 'stage', c.stage, 'stageEnteredAt', c.stage_entered_at,
           'leftStage', c.left_stage, 'closureOutcome', c.closure_outcome, 'priority', c.priority,
           'leadAdvisorId', c.lead_advisor_id, 'version', c.version,
           'submittedAt', to_char(c.submitted_at AT TIME ZONE 'UTC', ${ISO_INSTANT}),
           'lastEventAt', to_char(c.last_event_at AT TIME ZONE 'UTC', ${ISO_INSTANT})) AS case,
         ${standingColumns('c', '$2', '$3')},
         ${audited.written} AS audit_written,
         json_build_object(
           'id', p.id, 'name', p.name, 'summary', p.summary, 'legalForm', p.legal_form, 'sector', p.sector,
           'stage', p.stage,
           'commune', CASE WHEN cm.code IS NULL THEN NULL ELSE json_build_object('code', cm.code, 'name', cm.name) END
         ) AS project,
         (SELECT coalesce(json_agg(json_build_object('id', u.id, 'firstName', u.first_name, 'lastName', u.last_name)
                                   ORDER BY (m.role = 'owner') DESC, m.created_at, u.id), '[]')
            FROM project_member m JOIN app_user u ON u.id = m.user_id
           WHERE m.project_id = c.project_id) AS holders,
         (SELECT coalesce(json_agg(json_build_object('id', u.id, 'firstName', u.first_name, 'lastName', u.last_name)
                                   ORDER BY (u.id = c.lead_advisor_id) DESC, u.last_name, u.first_name, u.id), '[]')
            FROM app_user u
            -- One IN over a union, not an OR: the OR made PostgreSQL scan every user.
           WHERE u.id IN (SELECT c.lead_advisor_id UNION ALL SELECT f.user_id FROM case_follower f WHERE f.case_id = c.id)
         ) AS advisors,
         (SELECT coalesce(json_agg(json_build_object(
                   'id', e.id, 'kind', e.kind, 'visibility', e.visibility, 'createdAt', e.created_at,
                   'payload', e.payload, 'actorId', a.id, 'actorFirstName', a.first_name,
                   'actorLastName', a.last_name) ORDER BY e.created_at, e.id), '[]')
            FROM case_event e LEFT JOIN app_user a ON a.id = e.actor_id
           WHERE e.case_id = c.id AND ($4 OR e.visibility = 'shared')) AS events
       FROM c
       JOIN project p ON p.id = c.project_id
       LEFT JOIN commune cm ON cm.code = p.commune_code`,
      params,
    );
    return row;
  }
}

/** An instant as JSON carries it (`toISOString`'s format), from a UTC timestamp. */
const ISO_INSTANT = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** The case page's statement's row (`pageRow`). */
interface PageRow extends CaseStanding {
  audit_written: boolean;
  case: Pick<
    CaseFile,
    | 'id'
    | 'territoryId'
    | 'reference'
    | 'projectId'
    | 'diagnosticId'
    | 'stage'
    | 'stageEnteredAt'
    | 'leftStage'
    | 'closureOutcome'
    | 'priority'
    | 'leadAdvisorId'
    | 'version'
  > & { submittedAt: string; lastEventAt: string };
  project: CaseProjectDetailsDto;
  holders: PersonDto[];
  advisors: PersonDto[];
  events: EventRow[];
}

/** A timeline event as `pageRow` reads it (JSON: the time is a string). */
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
