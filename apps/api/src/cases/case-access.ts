import { can, type WorkflowActor } from '@essaim/domain';
import type { EntityManager } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { Territory } from '../territories/territory.entity';
import type { User } from '../users/user.entity';
import { CaseFile } from './case-file.entity';

/**
 * Who may see and work a case, in one place (PRODUCT.md, "People"):
 * - its project's holders read it (`case:read-own`), shared events only;
 * - the territory's admins and the advisors of its operator (the CRESS) see every case of the
 *   territory;
 * - an advisor of a partner organisation sees the cases assigned to them (lead or follower)
 *   and those oriented to their organisation and accepted by it (or completed);
 * - nobody else: someone else's case is a 404, as if it did not exist.
 */

export interface StaffScope {
  /** A SQL condition on the case alias given to `staffScope`, with `$n` parameters from `params`. */
  sql: string;
  params: unknown[];
}

/** A territory admin, or an advisor of the territory's operator (the CRESS's staff). */
export function isOperatorStaff(user: User, operatorOrganisationId: string | null): boolean {
  return (
    user.role === 'territory_admin' ||
    (user.role === 'advisor' &&
      user.organisationId !== null &&
      user.organisationId === operatorOrganisationId)
  );
}

/** The territory's operator organisation (the CRESS), if it has one. */
export async function operatorOf(manager: EntityManager, territoryId: string): Promise<string | null> {
  const territory = await manager.findOne(Territory, {
    where: { id: territoryId },
    select: { id: true, operatorOrganisationId: true },
  });
  return territory?.operatorOrganisationId ?? null;
}

/** Whether the caller is operator staff of their own territory (no query when the guard loaded it). */
async function callerIsOperatorStaff(manager: EntityManager, user: User): Promise<boolean> {
  if (!user.territoryId) return false;
  const operator =
    user.territory?.id === user.territoryId
      ? user.territory.operatorOrganisationId
      : await operatorOf(manager, user.territoryId);
  return isOperatorStaff(user, operator);
}

/**
 * The cases a staff caller may see, as a SQL condition on `alias` (a `case_file` alias), its
 * parameters numbered from `firstParam`. Callers without `case:work` see none (`false`).
 */
export async function staffScope(
  manager: EntityManager,
  user: User,
  alias: string,
  firstParam = 1,
): Promise<StaffScope> {
  if (!can(user.role, 'case:work') || !user.territoryId) return { sql: 'false', params: [] };
  const territory = `$${firstParam}`;
  if (await callerIsOperatorStaff(manager, user)) {
    return { sql: `${alias}.territory_id = ${territory}`, params: [user.territoryId] };
  }
  const me = `$${firstParam + 1}`;
  const organisation = `$${firstParam + 2}`;
  return {
    sql: `(${alias}.territory_id = ${territory} AND (
            ${alias}.lead_advisor_id = ${me}
         OR EXISTS (SELECT 1 FROM case_follower f WHERE f.case_id = ${alias}.id AND f.user_id = ${me})
         OR EXISTS (SELECT 1 FROM orientation o WHERE o.case_id = ${alias}.id
                       AND o.organisation_id = ${organisation} AND o.status IN ('accepted', 'completed'))))`,
    params: [user.territoryId, user.id, user.organisationId],
  };
}

/** How the caller stands towards a case they may see. */
export interface CaseAccess {
  caseFile: CaseFile;
  reader: 'holder' | 'staff';
  /** For the workflow's rules; every flag is false for holders. */
  actor: WorkflowActor;
}

/** How the caller stands towards a case, as `standingColumns` selects it. */
export interface CaseStanding {
  caller_member: boolean;
  caller_follower: boolean;
  caller_partner: 'accepted' | 'completed' | null;
}

/**
 * The columns of `CaseStanding` for the case `alias`, given the placeholders of the caller's id and
 * organisation (`$2` in raw SQL, `:userId` in a query builder).
 */
export function standingColumns(alias: string, userId: string, organisationId: string): string {
  return `EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = ${alias}.project_id AND m.user_id = ${userId}) AS caller_member,
    EXISTS (SELECT 1 FROM case_follower f WHERE f.case_id = ${alias}.id AND f.user_id = ${userId}) AS caller_follower,
    (SELECT o.status FROM orientation o
      WHERE o.case_id = ${alias}.id AND o.organisation_id = ${organisationId}
        AND o.status IN ('accepted', 'completed')
      ORDER BY (o.status = 'accepted') DESC LIMIT 1) AS caller_partner`;
}

/**
 * The case as the caller may see it, or a 404. With `lock`, the row is locked for the rest of
 * the transaction (`manager` must then be a transaction's).
 */
export async function accessCase(
  manager: EntityManager,
  user: User,
  caseId: string,
  options: { lock?: boolean } = {},
): Promise<CaseAccess> {
  // One statement: the case, its project and commune, and how the caller stands towards it.
  const query = manager
    .getRepository(CaseFile)
    .createQueryBuilder('locked_case')
    .leftJoinAndSelect('locked_case.project', 'project')
    .leftJoinAndSelect('project.commune', 'commune')
    .addSelect(standingColumns('locked_case', ':userId', ':organisationId'))
    .where('locked_case.id = :caseId', { caseId, userId: user.id, organisationId: user.organisationId });
  if (options.lock) query.setLock('pessimistic_write', undefined, ['locked_case']);
  const {
    entities: [caseFile],
    raw: [standing],
  } = await query.getRawAndEntities<CaseStanding>();
  if (!caseFile || !standing) throw notFound('Case');
  return { caseFile, ...(await standingAccess(manager, user, caseFile, standing)) };
}

/** What the caller may do with a case, from how they stand towards it; a 404 when nothing. */
export async function standingAccess(
  manager: EntityManager,
  user: User,
  caseFile: Pick<CaseFile, 'territoryId' | 'leadAdvisorId'>,
  standing: CaseStanding,
): Promise<Omit<CaseAccess, 'caseFile'>> {
  const nobody: WorkflowActor = { id: user.id, operatorStaff: false, caseAdvisor: false, mayReopen: false };
  if (can(user.role, 'case:read-own')) {
    if (standing.caller_member) return { reader: 'holder', actor: nobody };
    throw notFound('Case');
  }
  if (!can(user.role, 'case:work') || user.territoryId !== caseFile.territoryId) throw notFound('Case');

  const operatorStaff = await callerIsOperatorStaff(manager, user);
  const follower = standing.caller_follower;
  const partner = standing.caller_partner;
  const admin = user.role === 'territory_admin';
  const lead = caseFile.leadAdvisorId === user.id;
  if (!operatorStaff && !lead && !follower && partner === null) throw notFound('Case');
  return {
    reader: 'staff',
    actor: {
      id: user.id,
      operatorStaff,
      caseAdvisor: admin || lead || follower || partner === 'accepted',
      mayReopen: admin || lead,
    },
  };
}

/**
 * For a write: the case locked for the rest of the transaction, 404 when the caller may not
 * see it, 409 when its version is not the one the caller decided on.
 */
export async function lockCaseForWrite(
  manager: EntityManager,
  user: User,
  caseId: string,
  version: number,
): Promise<CaseAccess> {
  const access = await accessCase(manager, user, caseId, { lock: true });
  if (access.caseFile.version !== version) throw staleCase();
  return access;
}

export function staleCase(): AppError {
  return new AppError(
    'conflict',
    'Someone changed this case since you opened it: reload it to see what changed.',
  );
}

/** Refuses a staff write by someone who is not one of "the case's advisors" (403). */
export function requireCaseAdvisor(access: CaseAccess): void {
  if (access.reader !== 'staff' || !access.actor.caseAdvisor) {
    throw new AppError('forbidden', 'Only the advisors of this case can do this.');
  }
}
