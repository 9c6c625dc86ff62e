import type { EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { type StaffScope, staffScope } from '../cases/case-access';
import { SqlConditions } from '../directory/sql-conditions';
import type { User } from '../users/user.entity';
import type { CaseListItemDto } from './dto/case-list.dto';
import type { CaseListQueryDto, CaseSort, SortOrder } from './dto/case-list-query.dto';

/**
 * The case lists (the list page, the queue's sections) as SQL: one statement for a page of rows
 * and, when the page cannot tell it, one for the total. Visibility comes from `staffScope`, every
 * filter is a parameter. `c` is the case, `p` its project (joined only when a filter needs it).
 */

/** The caller's `staffScope` on the alias `c`, numbered from $1 as `CaseListFilter.within` expects. */
export function caseListScope(manager: EntityManager, user: User): Promise<StaffScope> {
  return staffScope(manager, user, 'c', 1);
}

/** Today in France, where due dates are days. */
export const TODAY_IN_PARIS = `(now() AT TIME ZONE 'Europe/Paris')::date`;

/** Whether the case `alias` has an open task past its due date (a trigger keeps the column). */
const hasOverdueTask = (alias: string) => `${alias}.first_open_task_due < ${TODAY_IN_PARIS}`;

/**
 * Sort keys as columns of `c`. ISO strings in `stage_entered_at` sort as their instants do
 * (every writer uses toISOString), which keeps the expression immutable, hence indexable.
 */
const SORT_COLUMNS: Record<CaseSort, (alias: string) => string> = {
  submittedAt: (alias) => `${alias}.submitted_at`,
  lastEventAt: (alias) => `${alias}.last_event_at`,
  reference: (alias) => `${alias}.reference`,
  stageEnteredAt: (alias) => `(${alias}.stage_entered_at ->> ${alias}.stage)`,
};

export interface CaseOrder {
  sort: CaseSort;
  order: SortOrder;
}

/** The rows the caller may see and wants, as conditions on `c` (and `p`). */
export class CaseListFilter {
  readonly sql = new SqlConditions();
  /** Conditions on the project `p`, with their parameters in `sql`. */
  private readonly projectConditions: string[] = [];
  private searching = false;
  /** The placeholder of the advisor of `ledOrFollowedBy`. */
  private advisor: string | null = null;
  /** Only cases with an overdue task. */
  private overdue = false;

  private constructor() {}

  /** Only the cases `staffScope` lets the caller see. */
  static async visibleTo(manager: EntityManager, user: User): Promise<CaseListFilter> {
    return CaseListFilter.within(await caseListScope(manager, user));
  }

  /** Only the cases of a scope from `caseListScope`. */
  static within(scope: StaffScope): CaseListFilter {
    const filter = new CaseListFilter();
    filter.sql.params.push(...scope.params);
    filter.sql.add(scope.sql);
    return filter;
  }

  /** The list page's filters; `me` is the caller. */
  apply(query: CaseListQueryDto, me: User): this {
    const sql = this.sql;
    if (query.stage?.length) sql.add(`c.stage = ANY(${sql.param(query.stage)}::varchar[])`);
    if (query.advisor === 'none') sql.add('c.lead_advisor_id IS NULL');
    else if (query.advisor) this.ledOrFollowedBy(query.advisor === 'me' ? me.id : query.advisor);
    if (query.organisation) {
      const organisation = sql.param(query.organisation);
      sql.add(`EXISTS (SELECT 1 FROM app_user lead WHERE lead.id = c.lead_advisor_id AND lead.organisation_id = ${organisation})
            OR EXISTS (SELECT 1 FROM orientation o WHERE o.case_id = c.id AND o.organisation_id = ${organisation}
                          AND o.status IN ('accepted', 'completed'))`);
    }
    if (query.sector) this.onProject(`p.sector = ${sql.param(query.sector)}`);
    if (query.legalForm) this.onProject(`p.legal_form = ${sql.param(query.legalForm)}`);
    if (query.commune) this.onProject(`p.commune_code = ${sql.param(query.commune)}`);
    if (query.departement) sql.add(`c.departement_code = ${sql.param(query.departement)}`);
    if (query.priority) sql.add(`c.priority = ${sql.param(query.priority)}`);
    if (query.submittedFrom && query.submittedTo && query.submittedFrom > query.submittedTo) {
      throw AppError.invalidField(
        'submittedTo',
        'before_from',
        'submittedTo must not be before submittedFrom',
      );
    }
    // Days are French days: from midnight in Paris to the next midnight there.
    if (query.submittedFrom) {
      sql.add(
        `c.submitted_at >= (${sql.param(query.submittedFrom)}::date::timestamp AT TIME ZONE 'Europe/Paris')`,
      );
    }
    if (query.submittedTo) {
      sql.add(
        `c.submitted_at < ((${sql.param(query.submittedTo)}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')`,
      );
    }
    if (query.overdueTask === 'true') {
      this.overdue = true;
      sql.add(hasOverdueTask('c'));
    }
    // Every word, anywhere, in any order. ILIKE (not LIKE): under a C locale the triggers' lower()
    // leaves capitals such as "É", which unaccent turns into ASCII capitals. The trigram index
    // serves both.
    for (const pattern of searchPatterns(query.q)) {
      this.searching = true;
      sql.add(`c.search_text ILIKE essaim_unaccent(lower(${sql.param(pattern)}))`);
    }
    return this;
  }

  /** The cases someone leads or follows (one advisor per filter). */
  ledOrFollowedBy(userId: string): this {
    this.advisor = this.sql.param(userId);
    return this;
  }

  add(condition: string): this {
    this.sql.add(condition);
    return this;
  }

  private onProject(condition: string): void {
    this.projectConditions.push(`(${condition})`);
  }

  /**
   * SELECT `columns` of the matching cases (`c`, and `p` when a condition reads it). An advisor's
   * cases are two branches, those they lead and those they follow, each started from its own index
   * and its rows read once: an IN over the union of their ids looked every case up twice.
   */
  private select(columns: string): string {
    const advisor = this.advisor;
    if (advisor === null) return this.selectFrom(columns, 'case_file c', []);
    return `${this.selectFrom(columns, 'case_file c', [`c.lead_advisor_id = ${advisor}`])}
      UNION ALL
      ${this.selectFrom(columns, 'case_follower mine JOIN case_file c ON c.id = mine.case_id', [
        `mine.user_id = ${advisor}`,
        `c.lead_advisor_id IS DISTINCT FROM ${advisor}`,
        // The follower's copy of the case's column: the cases followed with an overdue task come
        // from the follower's partial index.
        ...(this.overdue ? [hasOverdueTask('mine')] : []),
      ])}`;
  }

  private selectFrom(columns: string, cases: string, more: string[]): string {
    const conditions = [...this.sql.clauses, ...more].map((condition) => `(${condition})`);
    if (this.projectConditions.length === 0) {
      return `SELECT ${columns} FROM ${cases} WHERE ${conditions.join(' AND ')}`;
    }
    const onProject = this.projectConditions.join(' AND ');
    // A text search finds few cases: their projects are checked one by one (OFFSET 0 keeps the
    // planner from starting from the projects, thousands of them for a département). Without
    // one, the project's indexes may well be the narrower start.
    if (this.searching) {
      conditions.push(`EXISTS (SELECT 1 FROM project p WHERE p.id = c.project_id AND ${onProject} OFFSET 0)`);
      return `SELECT ${columns} FROM ${cases} WHERE ${conditions.join(' AND ')}`;
    }
    return `SELECT ${columns} FROM ${cases} JOIN project p ON p.id = c.project_id AND p.territory_id = c.territory_id
             WHERE ${[...conditions, onProject].join(' AND ')}`;
  }

  /**
   * A page of cases, sorted with the id as tiebreaker so that pages never overlap, and how many
   * match: exactly up to COUNT_CAP (or to the end of the page asked for, past it), then "at least".
   */
  async page(manager: EntityManager, order: CaseOrder, limit: number, offset = 0): Promise<CasePage> {
    const { sql, params } = this.pageQuery(order, limit, offset);
    const rows = await manager.query<(CaseRow & { matched: number })[]>(sql, params);
    const enough = countLimit(limit, offset);
    // A page past the end has no row to carry the count.
    const matched = rows[0]?.matched ?? (offset > 0 ? await this.count(manager, enough) : 0);
    return { items: rows.map(toListItem), total: Math.min(matched, enough), totalCapped: matched > enough };
  }

  /**
   * The statement `page` runs (the benchmark explains it). It picks the matching cases on case_file
   * alone, in the sort's index order, stopping one past the count limit; pages and counts those;
   * then dresses the page's rows.
   */
  pageQuery(order: CaseOrder, limit: number, offset = 0): { sql: string; params: unknown[] } {
    const params = [...this.sql.params, countLimit(limit, offset) + 1, limit, offset];
    const [matchedLimit, pageLimit, pageOffset] = [params.length - 2, params.length - 1, params.length];
    const direction = order.order === 'asc' ? 'ASC' : 'DESC';
    const sortKey = SORT_COLUMNS[order.sort]('c');
    const sql = `WITH matched AS MATERIALIZED (
         SELECT m.id, m.sort_key FROM (${this.select(`c.id, ${sortKey} AS sort_key`)}) m
          ORDER BY m.sort_key ${direction}, m.id ${direction} LIMIT $${matchedLimit}),
       page AS MATERIALIZED (
         SELECT m.id, m.sort_key FROM matched m
          ORDER BY m.sort_key ${direction}, m.id ${direction} LIMIT $${pageLimit} OFFSET $${pageOffset})
       SELECT (SELECT count(*) FROM matched)::int AS matched,
              c.id, c.reference, c.stage, c.priority, c.submitted_at, c.stage_entered_at, c.last_event_at,
              c.version,
              -- Each part of a row as its own small query: a join of them all cost more to plan than to run.
              (SELECT json_build_object(
                        'id', p.id, 'name', p.name, 'sector', p.sector, 'legalForm', p.legal_form,
                        'commune', (SELECT json_build_object('code', cm.code, 'name', cm.name)
                                      FROM commune cm WHERE cm.code = p.commune_code),
                        'holder', (SELECT json_build_object('id', u.id, 'firstName', u.first_name, 'lastName', u.last_name)
                                     FROM project_member m JOIN app_user u ON u.id = m.user_id
                                    WHERE m.project_id = p.id AND m.role = 'owner' LIMIT 1))
                 FROM project p WHERE p.id = c.project_id) AS project,
              (SELECT json_build_object('id', lead.id, 'firstName', lead.first_name, 'lastName', lead.last_name)
                 FROM app_user lead WHERE lead.id = c.lead_advisor_id) AS lead_advisor,
              (SELECT count(*) FROM case_task t WHERE t.case_id = c.id AND t.done_at IS NULL
                  AND t.due_date < ${TODAY_IN_PARIS})::int AS overdue_tasks
         FROM page
         JOIN case_file c ON c.id = page.id
        ORDER BY page.sort_key ${direction}, page.id ${direction}`;
    return { sql, params };
  }

  /** How many cases match, counting no further than `enough + 1`. */
  private async count(manager: EntityManager, enough: number): Promise<number> {
    const [row] = await manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM (${this.select('1')} LIMIT ${enough + 1}) matched`,
      this.sql.params,
    );
    return row?.count ?? 0;
  }
}

/**
 * Counting every match of a broad filter (a territory's 50 000 cases) would cost more than the
 * page itself: totals are exact up to this, "at least" beyond.
 */
export const COUNT_CAP = 1000;

/** Where counting stops for a page: the cap, or the page's end when it lies further. */
function countLimit(limit: number, offset: number): number {
  return Math.max(COUNT_CAP, offset + limit);
}

export interface CasePage {
  items: CaseListItemDto[];
  total: number;
  /** More cases match than `total` says. */
  totalCapped: boolean;
}

/** One LIKE pattern per word of `q` (`PDL-2026-00042` is three words), at most five. */
export function searchPatterns(q: string | undefined): string[] {
  return (q ?? '')
    .split(/[\s'’-]+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, 5)
    .map((word) => `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
}

interface CaseRow {
  id: string;
  reference: string;
  stage: CaseListItemDto['stage'];
  priority: CaseListItemDto['priority'];
  submitted_at: Date;
  stage_entered_at: Partial<Record<CaseListItemDto['stage'], string>>;
  last_event_at: Date;
  version: number;
  project: CaseListItemDto['project'] & { holder: CaseListItemDto['holder'] };
  lead_advisor: CaseListItemDto['leadAdvisor'];
  overdue_tasks: number;
}

function toListItem(row: CaseRow): CaseListItemDto {
  const { project } = row;
  return {
    id: row.id,
    reference: row.reference,
    stage: row.stage,
    priority: row.priority,
    submittedAt: row.submitted_at.toISOString(),
    stageEnteredAt: row.stage_entered_at[row.stage] ?? row.submitted_at.toISOString(),
    lastEventAt: row.last_event_at.toISOString(),
    version: row.version,
    project: {
      id: project.id,
      name: project.name,
      sector: project.sector,
      legalForm: project.legalForm,
      commune: project.commune,
    },
    holder: project.holder,
    leadAdvisor: row.lead_advisor,
    overdueTasks: row.overdue_tasks,
  };
}
