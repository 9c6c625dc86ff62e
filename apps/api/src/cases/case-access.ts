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
  if (isOperatorStaff(user, await operatorOf(manager, user.territoryId))) {
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
  const query = manager
    .getRepository(CaseFile)
    .createQueryBuilder('locked_case')
    .leftJoinAndSelect('locked_case.project', 'project')
    .leftJoinAndSelect('project.commune', 'commune')
    .where('locked_case.id = :caseId', { caseId });
  if (options.lock) query.setLock('pessimistic_write', undefined, ['locked_case']);
  const caseFile = await query.getOne();
  if (!caseFile) throw notFound('Case');

  const nobody: WorkflowActor = { id: user.id, operatorStaff: false, caseAdvisor: false, mayReopen: false };
  if (can(user.role, 'case:read-own')) {
    const [{ member }]: { member: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM project_member WHERE project_id = $1 AND user_id = $2) AS member`,
      [caseFile.projectId, user.id],
    );
    if (member) return { caseFile, reader: 'holder', actor: nobody };
    throw notFound('Case');
  }
  if (!can(user.role, 'case:work') || user.territoryId !== caseFile.territoryId) throw notFound('Case');

  const operatorStaff = isOperatorStaff(user, await operatorOf(manager, caseFile.territoryId));
  const [{ follower, partner }]: { follower: boolean; partner: 'accepted' | 'completed' | null }[] =
    await manager.query(
      `SELECT EXISTS (SELECT 1 FROM case_follower WHERE case_id = $1 AND user_id = $2) AS follower,
              (SELECT o.status FROM orientation o
                WHERE o.case_id = $1 AND o.organisation_id = $3 AND o.status IN ('accepted', 'completed')
                ORDER BY (o.status = 'accepted') DESC LIMIT 1) AS partner`,
      [caseFile.id, user.id, user.organisationId],
    );
  const admin = user.role === 'territory_admin';
  const lead = caseFile.leadAdvisorId === user.id;
  if (!operatorStaff && !lead && !follower && partner === null) throw notFound('Case');
  return {
    caseFile,
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
