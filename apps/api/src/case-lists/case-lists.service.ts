import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_INACTIVITY_DAYS, DEFAULT_SLA_DAYS } from '@essaim/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { User } from '../users/user.entity';
import { CaseListFilter, caseListScope, type CaseOrder, TODAY_IN_PARIS } from './case-list-query';
import type { CaseListQueryDto } from './dto/case-list-query.dto';
import type { CaseListPageDto, QueueDto, QueueTaskDto, StaffAdvisorDto } from './dto/case-list.dto';

const SECTION_SIZE = 20;
const MY_TASKS_SIZE = 50;
const DEFAULT_PAGE_SIZE = 25;

const NEWEST_ACTIVITY: CaseOrder = { sort: 'lastEventAt', order: 'desc' };
const OLDEST_SUBMITTED: CaseOrder = { sort: 'submittedAt', order: 'asc' };
const OLDEST_ACTIVITY: CaseOrder = { sort: 'lastEventAt', order: 'asc' };

const UNASSIGNED = `c.stage = 'submitted' AND c.lead_advisor_id IS NULL`;
const OPEN = `c.stage <> 'closed'`;

/** The staff's case list and home queue; every case through `staffScope`. */
@Injectable()
export class CaseListsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: User, query: CaseListQueryDto): Promise<CaseListPageDto> {
    const manager = this.dataSource.manager;
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const offset = (page - 1) * pageSize;
    const filter = (await CaseListFilter.visibleTo(manager, user)).apply(query, user);
    const order: CaseOrder = { sort: query.sort ?? 'submittedAt', order: query.order ?? 'desc' };
    return { ...(await filter.page(manager, order, pageSize, offset)), page, pageSize };
  }

  async queue(user: User): Promise<QueueDto> {
    const manager = this.dataSource.manager;
    const [{ slaDays, inactivityDays }, scope] = await Promise.all([
      this.thresholds(manager, user),
      caseListScope(manager, user),
    ]);
    const visible = () => CaseListFilter.within(scope);
    const pastSla = visible();
    pastSla
      .add(UNASSIGNED)
      .add(`c.submitted_at < now() - make_interval(days => ${pastSla.sql.param(slaDays)})`);
    const inactive = visible();
    inactive
      .add(`c.stage NOT IN ('closed', 'on_hold')`)
      .add(`c.last_event_at < now() - make_interval(days => ${inactive.sql.param(inactivityDays)})`);
    const [myCases, myTasks, unassigned, unassignedPastSla, inactiveCases, orientationsToAnswer] =
      await Promise.all([
        visible()
          .ledOrFollowedBy(user.id)
          .add(OPEN)
          .page(manager, NEWEST_ACTIVITY, SECTION_SIZE)
          .then(({ items }) => items),
        this.myTasks(manager, visible(), user),
        visible().add(UNASSIGNED).page(manager, OLDEST_SUBMITTED, SECTION_SIZE),
        pastSla.page(manager, OLDEST_SUBMITTED, SECTION_SIZE),
        inactive.page(manager, OLDEST_ACTIVITY, SECTION_SIZE),
        this.orientationsToAnswer(manager, user),
      ]);
    return {
      myCases,
      myTasks,
      unassigned,
      alerts: { unassignedPastSla, inactive: inactiveCases, slaDays, inactivityDays },
      orientationsToAnswer,
    };
  }

  /** Active advisors and territory admins of the caller's territory, by name. */
  async advisors(user: User): Promise<StaffAdvisorDto[]> {
    const rows = await this.dataSource.query<
      (Omit<StaffAdvisorDto, 'organisation'> & {
        organisationId: string | null;
        organisationName: string | null;
      })[]
    >(
      `SELECT u.id, u.first_name AS "firstName", u.last_name AS "lastName", u.role,
              org.id AS "organisationId", org.name AS "organisationName"
         FROM app_user u LEFT JOIN organisation org ON org.id = u.organisation_id
        WHERE u.territory_id = $1 AND u.role IN ('advisor', 'territory_admin') AND u.status = 'active'
        ORDER BY lower(u.last_name), lower(u.first_name), u.id`,
      [user.territoryId],
    );
    return rows.map(({ organisationId, organisationName, ...person }) => ({
      ...person,
      organisation: organisationId ? { id: organisationId, name: organisationName ?? '' } : null,
    }));
  }

  private async thresholds(
    manager: EntityManager,
    user: User,
  ): Promise<{ slaDays: number; inactivityDays: number }> {
    const [row] = await manager.query<{ sla_days: number | null; inactivity_days: number | null }[]>(
      `SELECT (settings ->> 'slaDays')::int AS sla_days, (settings ->> 'inactivityDays')::int AS inactivity_days
         FROM territory WHERE id = $1`,
      [user.territoryId],
    );
    return {
      slaDays: row?.sla_days ?? DEFAULT_SLA_DAYS,
      inactivityDays: row?.inactivity_days ?? DEFAULT_INACTIVITY_DAYS,
    };
  }

  /** My open tasks on cases I may see, overdue first (they are due first), then by due date. */
  private async myTasks(manager: EntityManager, filter: CaseListFilter, user: User): Promise<QueueTaskDto[]> {
    filter.add(`t.assignee_id = ${filter.sql.param(user.id)} AND t.done_at IS NULL`);
    const rows = await manager.query<TaskRow[]>(
      `SELECT t.id, t.case_id, t.title, to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.version,
              t.due_date < ${TODAY_IN_PARIS} AS overdue,
              t.assignee_id, assignee.first_name AS assignee_first_name, assignee.last_name AS assignee_last_name,
              t.created_by_id, author.first_name AS author_first_name, author.last_name AS author_last_name,
              c.reference, p.name AS project_name
         FROM case_task t
         JOIN case_file c ON c.id = t.case_id
         JOIN project p ON p.id = c.project_id
         JOIN app_user assignee ON assignee.id = t.assignee_id
         JOIN app_user author ON author.id = t.created_by_id
         ${filter.sql.where}
        ORDER BY t.due_date, t.created_at, t.id
        LIMIT ${MY_TASKS_SIZE}`,
      filter.sql.params,
    );
    return rows.map((row) => ({
      id: row.id,
      caseId: row.case_id,
      title: row.title,
      dueDate: row.due_date,
      assignee: { id: row.assignee_id, firstName: row.assignee_first_name, lastName: row.assignee_last_name },
      createdBy: { id: row.created_by_id, firstName: row.author_first_name, lastName: row.author_last_name },
      done: false,
      doneAt: null,
      overdue: row.overdue,
      version: row.version,
      case: { id: row.case_id, reference: row.reference, projectName: row.project_name },
    }));
  }

  /** Orientations proposed to the caller's organisation and not answered yet. */
  private async orientationsToAnswer(manager: EntityManager, user: User): Promise<number> {
    if (!user.organisationId) return 0;
    const [row] = await manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM orientation
        WHERE organisation_id = $1 AND territory_id = $2 AND status = 'proposed'`,
      [user.organisationId, user.territoryId],
    );
    return row?.count ?? 0;
  }
}

interface TaskRow {
  id: string;
  case_id: string;
  title: string;
  due_date: string;
  version: number;
  overdue: boolean;
  assignee_id: string;
  assignee_first_name: string;
  assignee_last_name: string;
  created_by_id: string;
  author_first_name: string;
  author_last_name: string;
  reference: string;
  project_name: string;
}
