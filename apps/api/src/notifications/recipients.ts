import type { EntityManager } from 'typeorm';
import type { CaseFile } from '../cases/case-file.entity';

/**
 * Who a notification goes to (docs/contracts/notifications.md, "Who is notified"): active
 * accounts only; NotificationsService.notify leaves out the actor.
 */

async function ids(manager: EntityManager, sql: string, params: unknown[]): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(sql, params);
  return rows.map((row) => row.id);
}

/** The case's lead advisor and followers. */
export function caseAdvisors(manager: EntityManager, caseId: string): Promise<string[]> {
  return ids(
    manager,
    `SELECT u.id FROM case_file c JOIN app_user u ON u.id = c.lead_advisor_id
      WHERE c.id = $1 AND u.status = 'active'
     UNION
     SELECT u.id FROM case_follower f JOIN app_user u ON u.id = f.user_id
      WHERE f.case_id = $1 AND u.status = 'active'`,
    [caseId],
  );
}

/** The case's lead advisor, if any and active. */
export function caseLead(manager: EntityManager, caseId: string): Promise<string[]> {
  return ids(
    manager,
    `SELECT u.id FROM case_file c JOIN app_user u ON u.id = c.lead_advisor_id
      WHERE c.id = $1 AND u.status = 'active'`,
    [caseId],
  );
}

/** The holders of the case's project. */
export function caseHolders(manager: EntityManager, caseId: string): Promise<string[]> {
  return ids(
    manager,
    `SELECT u.id FROM case_file c
       JOIN project_member m ON m.project_id = c.project_id
       JOIN app_user u ON u.id = m.user_id
      WHERE c.id = $1 AND u.status = 'active' AND u.role = 'holder'`,
    [caseId],
  );
}

/** The territory's active admins. */
export function territoryAdmins(manager: EntityManager, territoryId: string): Promise<string[]> {
  return ids(
    manager,
    `SELECT id FROM app_user WHERE territory_id = $1 AND role = 'territory_admin' AND status = 'active'`,
    [territoryId],
  );
}

/** The active users of a role in an organisation (partner advisors, funders). */
export function organisationMembers(
  manager: EntityManager,
  organisationId: string,
  role: 'advisor' | 'funder',
): Promise<string[]> {
  return ids(
    manager,
    `SELECT id FROM app_user WHERE organisation_id = $1 AND role = $2 AND status = 'active'`,
    [organisationId, role],
  );
}

/**
 * What a case's notifications say about it: its reference and its project's name. A case whose
 * project is loaded already (`accessCase` loads it) costs no query.
 */
export async function caseLabel(
  manager: EntityManager,
  caseFile: string | Pick<CaseFile, 'id' | 'reference' | 'project'>,
): Promise<{ reference: string; projectName: string }> {
  if (typeof caseFile !== 'string' && caseFile.project) {
    return { reference: caseFile.reference, projectName: caseFile.project.name };
  }
  const [row]: { reference: string; project_name: string }[] = await manager.query(
    `SELECT c.reference, p.name AS project_name FROM case_file c JOIN project p ON p.id = c.project_id
      WHERE c.id = $1`,
    [typeof caseFile === 'string' ? caseFile : caseFile.id],
  );
  return { reference: row?.reference ?? '', projectName: row?.project_name ?? '' };
}

/** The web app's page of a case (holders who open it land on their project's page). */
export function caseLink(caseId: string): string {
  return `/app/cases/${caseId}`;
}
